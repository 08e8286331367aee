import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CareLevel, Role } from '../../core/domain/enums.js';

export enum AssessmentAdjustment {
  COMA = 'COMA',
  MENTAL_DISORDER = 'MENTAL_DISORDER',
  CARE_RISK_EVENTS = 'CARE_RISK_EVENTS',
}
registerEnumType(AssessmentAdjustment, {
  name: 'AssessmentAdjustment',
  description:
    'Adjustments of GB/T 42195 applied after the score: COMA (level TOTAL directly), MENTAL_DISORDER (diagnosed dementia or other mental disorder, up one), CARE_RISK_EVENTS (two or more in 30 days, up one).',
  valuesMap: {
    COMA: { description: 'The elder is in a coma: the final level is TOTAL whatever the score.' },
    MENTAL_DISORDER: { description: 'Diagnosed dementia or another diagnosed mental disorder: the final level is one above the score level.' },
    CARE_RISK_EVENTS: { description: 'Two or more care-risk events (fall, choking, wandering off, self-harm, suicide attempt) in the last 30 days: one level up.' },
  },
});

@ObjectType({ description: 'Points per dimension of GB/T 42195-2022.' })
export class DimensionScores {
  @Field(() => Int, { description: 'Self-care 自理能力, 0 to 32.' })
  selfCare: number;

  @Field(() => Int, { description: 'Basic mobility 基础运动能力, 0 to 15.' })
  mobility: number;

  @Field(() => Int, { description: 'Mental state 精神状态, 0 to 28.' })
  mentalState: number;

  @Field(() => Int, { description: 'Perception and social participation 感知觉与社会参与, 0 to 15.' })
  perceptionSocial: number;
}

@ObjectType({ description: 'The raw item scores as recorded, in the order of the standard.' })
export class ItemScores {
  @Field(() => [Int], { description: '8 items, 0-4 each: eating, grooming, bathing, dressing upper, dressing lower, bladder, bowel, toileting.' })
  selfCare: number[];

  @Field(() => [Int], { description: 'Bed position change 0-4, bed-chair transfer 0-4, walking 50 m 0-4, stairs 0-3.' })
  mobility: number[];

  @Field(() => [Int], {
    description: 'Orientation in time, place, person, memory, understanding, expression (0-4 each), aggression 0-1, depression 0-1, consciousness 0-2.',
  })
  mentalState: number[];

  @Field(() => [Int], { description: 'Vision 0-2, hearing 0-2, daily affairs 0-4, using transport 0-3, social contact 0-4.' })
  perceptionSocial: number[];
}

@ObjectType({ description: 'Who recorded an assessment.' })
export class Assessor {
  @Field(() => ID, { description: 'The assessor\'s user id.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Display name (null if the account is gone).' })
  displayName: string | null;

  @Field(() => Role, { description: 'CIVIL_AFFAIRS or PROVIDER_STAFF.' })
  role: Role;

  @Field(() => ID, { nullable: true, description: 'The provider the assessor worked for, when PROVIDER_STAFF.' })
  providerId: string | null;
}

@ObjectType('CapabilityAssessment', { description: 'An elder capability assessment after GB/T 42195-2022 (老年人能力评估). Never changed once recorded.' })
export class CapabilityAssessmentModel {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => ID, { description: 'The elder assessed.' })
  elderId: string;

  @Field(() => Int, { description: 'Total score 0 to 90; higher is more capable.' })
  totalScore: number;

  @Field(() => DimensionScores, { description: 'Points per dimension.' })
  dimensionScores: DimensionScores;

  @Field(() => ItemScores, { description: 'The 26 item scores as recorded.' })
  itemScores: ItemScores;

  @Field(() => CareLevel, { description: 'Level from the total score alone.' })
  scoreLevel: CareLevel;

  @Field(() => CareLevel, { description: 'Level after the adjustments: the elder\'s care level.' })
  finalLevel: CareLevel;

  @Field(() => [AssessmentAdjustment], { description: 'Adjustments that applied, in order.' })
  adjustments: AssessmentAdjustment[];

  @Field({ description: 'The person was in a coma.' })
  coma: boolean;

  @Field({ description: 'Dementia diagnosed.' })
  dementiaDiagnosed: boolean;

  @Field({ description: 'Another mental disorder diagnosed.' })
  otherMentalDisorderDiagnosed: boolean;

  @Field(() => Int, { description: 'Care-risk events (fall, choking, wandering off, self-harm, suicide attempt) in the 30 days before.' })
  careRiskEventsLast30Days: number;

  @Field({ description: 'When the assessment took place.' })
  assessedAt: Date;

  @Field({ description: 'When the next assessment is due (12 months later unless the region configures otherwise).' })
  nextAssessmentDue: Date;

  @Field({ description: 'When it was recorded on the platform.' })
  recordedAt: Date;
}
