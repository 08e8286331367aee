import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '../../core/domain/enums.js';

/** An account. PROVIDER_STAFF and CAREGIVER are bound to one provider, CIVIL_AFFAIRS to a region prefix. */
@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar' })
  phone: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ type: 'text' })
  role: Role;

  @Column({ name: 'provider_id', type: 'uuid', nullable: true })
  providerId: string | null;

  @Column({ name: 'region_scope', type: 'varchar', nullable: true })
  regionScope: string | null;

  /** Raised whenever the account's password, role or status changes: access tokens of an older version stop working. */
  /** DEVICE: the elder the device is bound to. */
  @Column({ name: 'elder_id', type: 'uuid', nullable: true })
  elderId: string | null;

  /** DEVICE: who created it (the elder's guardian or the serving provider's staff). */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'token_version', type: 'integer', default: 0 })
  tokenVersion: number;

  /** Set by an admin: the account cannot sign in and its tokens stop working. */
  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @Column({ name: 'disabled_reason', type: 'text', nullable: true })
  disabledReason: string | null;

  @Column({ name: 'password_changed_at', type: 'timestamptz', nullable: true })
  passwordChangedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
