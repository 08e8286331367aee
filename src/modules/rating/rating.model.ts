import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ProviderKind, Role } from '../../core/domain/enums.js';
import { ConnectionType } from '../../core/graphql/pagination.js';

export enum RatingStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  SUPERSEDED = 'SUPERSEDED',
}
registerEnumType(RatingStatus, {
  name: 'RatingStatus',
  description: 'Lifecycle of a star-rating assessment: DRAFT while scored, PUBLISHED when it is the grade, SUPERSEDED by a later grade.',
  valuesMap: {
    DRAFT: { description: 'Being scored by civil affairs; not visible as a grade.' },
    PUBLISHED: { description: 'Finalized: the provider\'s grade in force until validUntil (3 years) or a later grade.' },
    SUPERSEDED: { description: 'Replaced by a later published grade of the same provider.' },
  },
});

export enum RatingPrerequisiteCode {
  CAREGIVER_RATIO = 'CAREGIVER_RATIO',
  OCCUPANCY = 'OCCUPANCY',
  OWN_BATHROOM_SHARE = 'OWN_BATHROOM_SHARE',
}
registerEnumType(RatingPrerequisiteCode, {
  name: 'RatingPrerequisiteCode',
  description:
    'A per-star prerequisite: CAREGIVER_RATIO (caregivers to fully dependent residents), OCCUPANCY (share of beds occupied), ' +
    'OWN_BATHROOM_SHARE (share of rooms with their own bathroom).',
  valuesMap: {
    CAREGIVER_RATIO: { description: 'Caregivers to fully dependent residents, at least 1:8 for 1★ up to 1:4 for 5★ by default.' },
    OCCUPANCY: { description: 'Share of beds occupied, at least 30% for 1★ up to 50% for 5★ by default.' },
    OWN_BATHROOM_SHARE: { description: 'Share of rooms with their own bathroom: 50% for 3★, 60% for 4★, 90% for 5★ by default.' },
  },
});

export enum RatingEventAction {
  START = 'START',
  SCORE = 'SCORE',
  RECORD_FACTS = 'RECORD_FACTS',
  FINALIZE = 'FINALIZE',
  SUPERSEDE = 'SUPERSEDE',
  PUBLISH_RUBRIC = 'PUBLISH_RUBRIC',
  SET_SUBSIDY_TIERS = 'SET_SUBSIDY_TIERS',
}
registerEnumType(RatingEventAction, {
  name: 'RatingEventAction',
  description: 'What a step of the rating audit trail did.',
  valuesMap: {
    START: { description: 'An officer started an assessment (DRAFT).' },
    SCORE: { description: 'Items were scored.' },
    RECORD_FACTS: { description: 'The facts behind the prerequisites (caregivers, residents, rooms) were recorded.' },
    FINALIZE: { description: 'The assessment was finalized: stars computed and published.' },
    SUPERSEDE: { description: 'This grade was superseded when a later one was published for the provider.' },
    PUBLISH_RUBRIC: { description: 'A new rubric version was published.' },
    SET_SUBSIDY_TIERS: { description: 'The subsidy tiers per star were set.' },
  },
});

@ObjectType({ description: 'One scored item of a rubric (评分细则条目).' })
export class RatingRubricItem {
  @Field({ description: 'Item code, unique within the rubric, used when scoring (e.g. S01).' })
  code: string;

  @Field({ description: 'Title in Chinese, as on the official form.' })
  title: string;

  @Field({ description: 'Title in English.' })
  titleEn: string;

  @Field(() => Int, { description: 'Most points the item can earn.' })
  maxPoints: number;
}

@ObjectType({ description: 'A section of a rubric (e.g. 安全 safety, 服务 service).' })
export class RatingRubricSection {
  @Field({ description: 'Section code, e.g. SAFETY.' })
  code: string;

  @Field({ description: 'Title in Chinese.' })
  title: string;

  @Field({ description: 'Title in English.' })
  titleEn: string;

  @Field(() => Int, { description: 'Points of the section: the sum of its items.' })
  maxPoints: number;

  @Field(() => [RatingRubricItem], { description: 'The items, in form order.' })
  items: RatingRubricItem[];
}

@ObjectType({ description: 'A prerequisite a star requires whatever the score: failing it caps the grade below that star.' })
export class RatingPrerequisite {
  @Field(() => Int, { description: 'The star (1 to 5) that requires it.' })
  star: number;

  @Field(() => RatingPrerequisiteCode, { description: 'Which prerequisite.' })
  code: RatingPrerequisiteCode;

  @Field(() => Float, {
    description: 'CAREGIVER_RATIO: most fully dependent residents per caregiver (8 means 1:8); OCCUPANCY and OWN_BATHROOM_SHARE: least percent.',
  })
  value: number;

  @Field({ description: 'The requirement in words, e.g. "caregivers : fully dependent residents at least 1:6".' })
  description: string;
}

@ObjectType('RatingRubric', { description: 'One version of the star-rating rubric for a provider kind (GB/T 37276 as adopted locally).' })
export class RatingRubricModel {
  @Field(() => ID, { description: 'Identifies this exact version.' })
  id: string;

  @Field(() => Int, { description: 'Version number within the kind, from 1; assessments keep the version they started on.' })
  version: number;

  @Field(() => ProviderKind, { description: 'The kind of provider graded with it.' })
  kind: ProviderKind;

  @Field(() => Int, { description: 'Total points of the rubric: the sum of its sections.' })
  maxPoints: number;

  @Field(() => [RatingRubricSection], { description: 'Sections and their items, in form order.' })
  sections: RatingRubricSection[];

  @Field(() => [Float], { description: 'Points needed for 1★ to 5★, in order.' })
  starThresholds: number[];

  @Field(() => [RatingPrerequisite], { description: 'Per-star prerequisites that cap the grade when they fail.' })
  prerequisites: RatingPrerequisite[];

  @Field({ description: 'When this version was published.' })
  publishedAt: Date;
}

@ObjectType({ description: 'The points given for one rubric item.' })
export class RatingItemScore {
  @Field({ description: 'The rubric item scored.' })
  itemCode: string;

  @Field(() => Float, { description: 'Points given, 0 to the item maximum, at most one decimal.' })
  points: number;

  @Field(() => String, { nullable: true, description: 'The assessor\'s note (evidence, shortcomings found).' })
  note: string | null;

  @Field({ description: 'When the item was last scored.' })
  scoredAt: Date;
}

@ObjectType({ description: 'Facts the prerequisites are checked against.' })
export class RatingFacts {
  @Field(() => Int, { nullable: true, description: 'Caregivers (护理员) serving fully dependent residents; entered by the assessor.' })
  caregiverCount: number | null;

  @Field(() => Int, { nullable: true, description: 'Fully dependent (完全失能) residents; entered by the assessor.' })
  fullyDependentResidentCount: number | null;

  @Field(() => Int, { nullable: true, description: 'Resident rooms; entered by the assessor.' })
  roomCount: number | null;

  @Field(() => Int, { nullable: true, description: 'Resident rooms with their own bathroom; entered by the assessor.' })
  roomsWithOwnBathroomCount: number | null;

  @Field(() => Int, { nullable: true, description: 'Occupied beds from the provider\'s live capacity, captured when finalized.' })
  occupiedBeds: number | null;

  @Field(() => Int, { nullable: true, description: 'Total beds from the provider\'s live capacity, captured when finalized.' })
  totalBeds: number | null;
}

@ObjectType({ description: 'How the facility did on one prerequisite of one star.' })
export class RatingPrerequisiteResult {
  @Field(() => Int, { description: 'The star that requires it.' })
  star: number;

  @Field(() => RatingPrerequisiteCode, { description: 'Which prerequisite.' })
  code: RatingPrerequisiteCode;

  @Field(() => Float, { description: 'What the rubric requires (see RatingPrerequisite.value).' })
  required: number;

  @Field(() => Float, { nullable: true, description: 'The facility\'s value in the same unit; null when it could not be computed.' })
  actual: number | null;

  @Field({ description: 'Whether the prerequisite holds.' })
  met: boolean;
}

@ObjectType({ description: 'One field changed by a step of the audit trail.' })
export class RatingChange {
  @Field({ description: 'What changed: `item.S01`, `caregiverCount`, `status`, `stars`, …' })
  field: string;

  @Field(() => String, { nullable: true, description: 'Value before, as text; null when there was none.' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'Value after, as text.' })
  after: string | null;
}

@ObjectType({ description: 'One step of a rating\'s audit trail: who did what, when, and what changed.' })
export class RatingEvent {
  @Field({ description: 'When.' })
  at: Date;

  @Field(() => RatingEventAction, { description: 'What was done.' })
  action: RatingEventAction;

  @Field(() => ID, { nullable: true, description: 'The account that did it.' })
  actorId: string | null;

  @Field(() => Role, { nullable: true, description: 'The role it acted in.' })
  actorRole: Role | null;

  @Field(() => RatingStatus, { nullable: true, description: 'Status before the step, for lifecycle steps.' })
  fromStatus: RatingStatus | null;

  @Field(() => RatingStatus, { nullable: true, description: 'Status after the step, for lifecycle steps.' })
  toStatus: RatingStatus | null;

  @Field(() => [RatingChange], { description: 'The fields it changed.' })
  changes: RatingChange[];
}

@ObjectType('RatingAssessment', { description: 'A star-rating assessment (等级评定) of a provider by a civil-affairs officer.' })
export class RatingAssessmentModel {
  @Field(() => ID, { description: 'Identifies the assessment.' })
  id: string;

  @Field(() => RatingStatus, { description: 'DRAFT, PUBLISHED or SUPERSEDED.' })
  status: RatingStatus;

  @Field(() => ID, { description: 'The provider assessed.' })
  providerId: string;

  @Field({ description: 'When the assessment was started.' })
  startedAt: Date;

  @Field(() => Int, { nullable: true, description: 'Stars the points alone earn (before prerequisites); null while DRAFT.' })
  scoreStars: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The grade, 0 to 5 stars (0: below the 1★ threshold or capped to nothing); null while DRAFT.',
  })
  stars: number | null;

  @Field(() => Date, { nullable: true, description: 'When it was published.' })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'The grade is valid until then (3 years from publication by default).' })
  validUntil: Date | null;

  @Field(() => Date, { nullable: true, description: 'When a later grade superseded it.' })
  supersededAt: Date | null;
}

export const RatingAssessmentConnection = ConnectionType(RatingAssessmentModel, 'RatingAssessmentConnection');

@ObjectType({ description: 'Operating subsidy (奖补) for one grade of one provider kind.' })
export class RatingSubsidyTier {
  @Field(() => ProviderKind, { description: 'The provider kind the tier applies to.' })
  kind: ProviderKind;

  @Field(() => Int, { description: 'The grade, 1 to 5 stars.' })
  stars: number;

  @Field({ description: 'Region-code prefix the amounts apply to; empty for the national default.' })
  regionPrefix: string;

  @Field(() => Int, { description: 'Subsidy per occupied bed per month, fen.' })
  perOccupiedBedMonthlyFen: number;

  @Field(() => Int, { description: 'Flat subsidy per month, fen (community facilities with few or no beds).' })
  flatMonthlyFen: number;

  @Field({ description: 'Funding source (资金来源) that pays it: CITY, DISTRICT, STREET, LTCI (long-term care insurance 长护险) or a region-defined code (capital letters, digits, _).' })
  fundingSource: string;
}

@ObjectType({ description: 'What the provider\'s current grade is worth in operating subsidy.' })
export class ProviderRatingSubsidy {
  @Field(() => Int, { nullable: true, description: 'Stars of the current grade; null when ungraded or expired.' })
  stars: number | null;

  @Field(() => RatingSubsidyTier, { nullable: true, description: 'The tier that applies; null when there is none.' })
  tier: RatingSubsidyTier | null;

  @Field(() => Int, { description: 'Occupied beds now (live capacity).' })
  occupiedBeds: number;

  @Field(() => Int, { description: 'Monthly subsidy at today\'s occupancy, fen.' })
  monthlySubsidyFen: number;
}
