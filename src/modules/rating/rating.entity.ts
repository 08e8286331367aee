import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { ProviderKind } from '../../core/domain/enums.js';
import type { PrerequisiteRule } from './rating-rubric.policy.js';
import type { PrerequisiteResult } from './rating-star.policy.js';
import type { RatingStatusName } from './rating-assessment.state.js';

/** numeric columns arrive from pg as strings; points are kept to one decimal, well within a double. */
const numeric = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };
const numericArray = { to: (v: number[]) => v, from: (v: string[]) => v.map(Number) };

/** One version of a rubric for one provider kind. Immutable once published; newer versions supersede it for new assessments. */
@Entity('rating_rubrics')
export class RatingRubricEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: ProviderKind;

  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'max_points', type: 'integer' })
  maxPoints: number;

  @Column({ name: 'star_thresholds', type: 'numeric', array: true, transformer: numericArray })
  starThresholds: number[];

  @Column({ type: 'jsonb' })
  prerequisites: PrerequisiteRule[];

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt: Date;

  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy: string | null;
}

@Entity('rating_rubric_sections')
export class RatingRubricSectionEntity {
  @PrimaryColumn({ name: 'rubric_id', type: 'uuid' })
  rubricId: string;

  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'title_en', type: 'text' })
  titleEn: string;

  @Column({ name: 'max_points', type: 'integer' })
  maxPoints: number;
}

@Entity('rating_rubric_items')
export class RatingRubricItemEntity {
  @PrimaryColumn({ name: 'rubric_id', type: 'uuid' })
  rubricId: string;

  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ name: 'section_code', type: 'text' })
  sectionCode: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'title_en', type: 'text' })
  titleEn: string;

  @Column({ name: 'max_points', type: 'integer' })
  maxPoints: number;
}

/** A star-rating assessment of one provider against one rubric version. */
@Entity('rating_assessments')
export class RatingAssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId: string;

  @Column({ name: 'rubric_id', type: 'uuid' })
  rubricId: string;

  @Column({ type: 'text' })
  status: RatingStatusName;

  @Column({ name: 'started_by', type: 'uuid' })
  startedBy: string;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'caregiver_count', type: 'integer', nullable: true })
  caregiverCount: number | null;

  @Column({ name: 'fully_dependent_resident_count', type: 'integer', nullable: true })
  fullyDependentResidentCount: number | null;

  @Column({ name: 'room_count', type: 'integer', nullable: true })
  roomCount: number | null;

  @Column({ name: 'rooms_with_own_bathroom_count', type: 'integer', nullable: true })
  roomsWithOwnBathroomCount: number | null;

  /** Snapshot of the provider's live bed capacity taken when the grade was computed. */
  @Column({ name: 'occupied_beds', type: 'integer', nullable: true })
  occupiedBeds: number | null;

  @Column({ name: 'total_beds', type: 'integer', nullable: true })
  totalBeds: number | null;

  @Column({ name: 'total_points', type: 'numeric', nullable: true, transformer: numeric })
  totalPoints: number | null;

  @Column({ name: 'score_stars', type: 'smallint', nullable: true })
  scoreStars: number | null;

  @Column({ type: 'smallint', nullable: true })
  stars: number | null;

  @Column({ name: 'prerequisite_results', type: 'jsonb', nullable: true })
  prerequisiteResults: PrerequisiteResult[] | null;

  @Column({ name: 'failed_prerequisites', type: 'jsonb', nullable: true })
  failedPrerequisites: PrerequisiteResult[] | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy: string | null;

  @Column({ name: 'valid_until', type: 'timestamptz', nullable: true })
  validUntil: Date | null;

  @Column({ name: 'superseded_at', type: 'timestamptz', nullable: true })
  supersededAt: Date | null;

  @Column({ name: 'superseded_by', type: 'uuid', nullable: true })
  supersededBy: string | null;
}

@Entity('rating_item_scores')
export class RatingItemScoreEntity {
  @PrimaryColumn({ name: 'assessment_id', type: 'uuid' })
  assessmentId: string;

  @PrimaryColumn({ name: 'item_code', type: 'text' })
  itemCode: string;

  @Column({ name: 'rubric_id', type: 'uuid' })
  rubricId: string;

  @Column({ type: 'numeric', transformer: numeric })
  points: number;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'scored_by', type: 'uuid' })
  scoredBy: string;

  @Column({ name: 'scored_at', type: 'timestamptz' })
  scoredAt: Date;
}

export type RatingEventAction = 'START' | 'SCORE' | 'RECORD_FACTS' | 'FINALIZE' | 'SUPERSEDE' | 'PUBLISH_RUBRIC' | 'SET_SUBSIDY_TIERS';

/** One change of a field in an audit event; values are rendered as text so that any field fits. */
export interface RatingChangeRecord {
  field: string;
  before: string | null;
  after: string | null;
}

/** The audit trail: who did what to which assessment or rubric, when, and what changed. Append-only. */
@Entity('rating_events')
export class RatingEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'assessment_id', type: 'uuid', nullable: true })
  assessmentId: string | null;

  @Column({ name: 'rubric_id', type: 'uuid', nullable: true })
  rubricId: string | null;

  @Column({ name: 'provider_id', type: 'uuid', nullable: true })
  providerId: string | null;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_role', type: 'text', nullable: true })
  actorRole: string | null;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'text' })
  action: RatingEventAction;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: RatingStatusName | null;

  @Column({ name: 'to_status', type: 'text', nullable: true })
  toStatus: RatingStatusName | null;

  @Column({ type: 'jsonb' })
  changes: RatingChangeRecord[];
}

/** Operating subsidy by grade; the most specific region prefix wins, '' is the national default. */
@Entity('rating_subsidy_tiers')
export class RatingSubsidyTierEntity {
  @PrimaryColumn({ type: 'text' })
  kind: ProviderKind;

  @PrimaryColumn({ type: 'smallint' })
  stars: number;

  @PrimaryColumn({ name: 'region_prefix', type: 'varchar' })
  regionPrefix: string;

  @Column({ name: 'per_occupied_bed_monthly_fen', type: 'integer' })
  perOccupiedBedMonthlyFen: number;

  @Column({ name: 'flat_monthly_fen', type: 'integer' })
  flatMonthlyFen: number;

  @Column({ name: 'funding_source', type: 'text' })
  fundingSource: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;
}
