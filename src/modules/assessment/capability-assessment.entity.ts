import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CareLevel, Role } from '../../core/domain/enums.js';
import type { Adjustment } from './capability-assessment.policy.js';

/**
 * One GB/T 42195 capability assessment. Raw item scores, dimension totals, total, level from the score and
 * final level are all kept, because all four are audited; rows are never updated (history).
 */
@Entity('capability_assessments')
export class CapabilityAssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'elder_id', type: 'uuid' })
  elderId: string;

  @Column({ name: 'self_care', type: 'smallint', array: true })
  selfCare: number[];

  @Column({ type: 'smallint', array: true })
  mobility: number[];

  @Column({ name: 'mental_state', type: 'smallint', array: true })
  mentalState: number[];

  @Column({ name: 'perception_social', type: 'smallint', array: true })
  perceptionSocial: number[];

  @Column({ name: 'self_care_score', type: 'smallint' })
  selfCareScore: number;

  @Column({ name: 'mobility_score', type: 'smallint' })
  mobilityScore: number;

  @Column({ name: 'mental_state_score', type: 'smallint' })
  mentalStateScore: number;

  @Column({ name: 'perception_social_score', type: 'smallint' })
  perceptionSocialScore: number;

  @Column({ name: 'total_score', type: 'smallint' })
  totalScore: number;

  @Column({ name: 'score_level', type: 'text' })
  scoreLevel: CareLevel;

  @Column({ name: 'final_level', type: 'text' })
  finalLevel: CareLevel;

  @Column({ type: 'boolean' })
  coma: boolean;

  @Column({ name: 'dementia_diagnosed', type: 'boolean' })
  dementiaDiagnosed: boolean;

  @Column({ name: 'other_mental_disorder_diagnosed', type: 'boolean' })
  otherMentalDisorderDiagnosed: boolean;

  @Column({ name: 'care_risk_events', type: 'integer' })
  careRiskEvents: number;

  @Column({ type: 'text', array: true })
  adjustments: Adjustment[];

  @Column({ name: 'assessed_at', type: 'timestamptz' })
  assessedAt: Date;

  @Column({ name: 'next_due', type: 'timestamptz' })
  nextDue: Date;

  @Column({ name: 'assessor_id', type: 'uuid' })
  assessorId: string;

  @Column({ name: 'assessor_role', type: 'text' })
  assessorRole: Role;

  @Column({ name: 'assessor_provider_id', type: 'uuid', nullable: true })
  assessorProviderId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
