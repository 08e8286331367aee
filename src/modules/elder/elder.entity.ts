import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CareLevel, ElderCategory } from '../../core/domain/enums.js';
import type { CategoryStatus, SelfCareClass, SupportForm } from './elder-category.policy.js';

/**
 * An elder (老人). The ID number is never stored in clear: `idNumberCipher` is AES-256-GCM, `idNumberHash` a keyed
 * HMAC used only to find duplicates (UNIQUE), `idNumberMasked` what clients see.
 */
@Entity('elders')
export class ElderEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName: string;

  @Column({ type: 'text' })
  gender: string;

  /** YYYY-MM-DD (TypeORM hydrates `date` columns as strings). */
  @Column({ name: 'birth_date', type: 'date' })
  birthDate: string;

  @Column({ name: 'id_number_cipher', type: 'bytea', select: false })
  idNumberCipher: Buffer;

  @Column({ name: 'id_number_hash', type: 'bytea', select: false })
  idNumberHash: Buffer;

  @Column({ name: 'id_number_masked', type: 'varchar' })
  idNumberMasked: string;

  @Column({ name: 'region_code', type: 'varchar' })
  regionCode: string;

  @Column({ type: 'text' })
  address: string;

  @Column({ type: 'double precision' })
  latitude: number;

  @Column({ type: 'double precision' })
  longitude: number;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  /** 特困 only: 集中供养 or 分散供养. */
  @Column({ name: 'support_form', type: 'text', nullable: true })
  supportForm: SupportForm | null;

  /** 特困 only: the self-care class of the 特困 file. */
  @Column({ name: 'self_care_class', type: 'text', nullable: true })
  selfCareClass: SelfCareClass | null;

  /** Final level of the latest capability assessment, kept by the assessment module in its transaction. */
  @Column({ name: 'care_level', type: 'text', nullable: true })
  careLevel: CareLevel | null;

  /** Diagnosed dementia, from the latest capability assessment. */
  @Column({ type: 'boolean' })
  dementia: boolean;

  @Column({ name: 'latest_assessment_id', type: 'uuid', nullable: true })
  latestAssessmentId: string | null;

  @Column({ name: 'latest_assessed_at', type: 'timestamptz', nullable: true })
  latestAssessedAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A category on an elder's record: declared by a family, or verified by civil affairs. ADVANCED_AGE is never stored. */
@Entity('elder_categories')
export class ElderCategoryEntity {
  @PrimaryColumn({ name: 'elder_id', type: 'uuid' })
  elderId: string;

  @PrimaryColumn({ type: 'text' })
  category: ElderCategory;

  @Column({ type: 'text' })
  status: CategoryStatus;

  @Column({ name: 'verified_by', type: 'uuid', nullable: true })
  verifiedBy: string | null;

  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A FAMILY account that is the elder's guardian (监护人); an elder may have several. */
@Entity('elder_guardians')
export class ElderGuardianEntity {
  @PrimaryColumn({ name: 'elder_id', type: 'uuid' })
  elderId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'added_by', type: 'uuid', nullable: true })
  addedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A provider that serves the elder (booked visit, bed reservation, consent): its staff may read the elder. */
@Entity('provider_elder_links')
export class ProviderElderLinkEntity {
  @PrimaryColumn({ name: 'provider_id', type: 'uuid' })
  providerId: string;

  @PrimaryColumn({ name: 'elder_id', type: 'uuid' })
  elderId: string;

  @Column({ type: 'text' })
  source: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
