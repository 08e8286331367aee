import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CareLevel, Ownership, ProviderKind, ServiceKind } from '../../core/domain/enums.js';

/** A registered provider: institution, community facility or home-care agency. */
@Entity('providers')
export class ProviderEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: ProviderKind;

  @Column({ type: 'text' })
  ownership: Ownership;

  @Column({ name: 'region_code', type: 'varchar' })
  regionCode: string;

  @Column({ type: 'text' })
  address: string;

  /** 统一社会信用代码 (GB 32100), unique; null for providers registered before it was asked for. */
  @Column({ name: 'credit_code', type: 'varchar', nullable: true })
  creditCode: string | null;

  @Column({ type: 'double precision' })
  latitude: number;

  @Column({ type: 'double precision' })
  longitude: number;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ name: 'service_radius_km', type: 'double precision', nullable: true })
  serviceRadiusKm: number | null;

  @Column({ name: 'accepts_care_levels', type: 'text', array: true })
  acceptsCareLevels: CareLevel[];

  @Column({ name: 'dementia_care', type: 'boolean' })
  dementiaCare: boolean;

  /** Denormalized current grade, kept by the rating module in the transaction that publishes a grade. */
  @Column({ name: 'current_stars', type: 'smallint', nullable: true })
  currentStars: number | null;

  @Column({ name: 'current_rating_id', type: 'uuid', nullable: true })
  currentRatingId: string | null;

  @Column({ name: 'current_rating_valid_until', type: 'timestamptz', nullable: true })
  currentRatingValidUntil: Date | null;

  /** Family reviews of completed visits, kept by the home-care module. */
  @Column({ name: 'review_count', type: 'integer' })
  reviewCount: number;

  @Column({ name: 'review_sum', type: 'integer' })
  reviewSum: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A service a provider offers at its own price. */
@Entity('provider_services')
export class ServiceOfferingEntity {
  @PrimaryColumn({ name: 'provider_id', type: 'uuid' })
  providerId: string;

  @PrimaryColumn({ type: 'text' })
  kind: ServiceKind;

  @Column({ name: 'price_fen', type: 'integer' })
  priceFen: number;

  @Column({ type: 'text' })
  unit: string;

  @Column({ name: 'duration_minutes', type: 'integer', nullable: true })
  durationMinutes: number | null;
}
