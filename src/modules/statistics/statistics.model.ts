import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { BedCategory, CareLevel, ProviderKind } from '../../core/domain/enums.js';
import type { MonthWindow } from './statistics.policy.js';

@ObjectType({ description: 'How many providers of a kind.' })
export class ProviderKindCount {
  @Field(() => ProviderKind, { description: 'The provider kind.' }) kind: ProviderKind;
  @Field(() => Int, { description: 'Registered providers of this kind in the region.' }) count: number;
}

@ObjectType({ description: 'Beds of one category across the region\'s providers.' })
export class BedCategoryTotals {
  @Field(() => BedCategory, { description: 'The bed category.' }) category: BedCategory;
  @Field(() => Int, { description: 'Beds of the category across the region\'s providers.' }) total: number;
  @Field(() => Int, { description: 'Of those, beds with a resident.' }) occupied: number;
  @Field(() => Int, { description: 'Held for reservations.' }) reserved: number;
}

@ObjectType({ description: 'How many providers hold a current grade of this many stars.' })
export class StarCount {
  @Field(() => Int, { description: 'The star grade, 1 to 5.' }) stars: number;
  @Field(() => Int, { description: 'Providers whose grade in force has this many stars.' }) count: number;
}

@ObjectType({ description: 'How many elders have this care level (final level of their latest assessment).' })
export class CareLevelCount {
  @Field(() => CareLevel, { description: 'The GB/T 42195 capability level.' }) level: CareLevel;
  @Field(() => Int, { description: 'Elders whose latest assessment ended at this final level.' }) count: number;
}

@ObjectType({ description: 'Home-care visits of elders living in the region, by outcome.' })
export class HomeCareOrderTotals {
  @Field(() => Int, { description: 'Every visit booked for elders of the region, whatever its status.' }) total: number;
  @Field(() => Int, { description: 'Visits checked out (COMPLETED).' }) completed: number;
  @Field(() => Int, { description: 'Visits CANCELLED before they started.' }) cancelled: number;
  @Field(() => Int, { description: 'Visits recorded as NO_SHOW.' }) noShow: number;
}

@ObjectType({ description: 'Extreme-poverty elders (特困人员) and how many are supported in institutions (集中供养).' })
export class ExtremePovertySupport {
  @Field(() => Int, { description: 'Registered elders with the verified EXTREME_POVERTY category.' }) total: number;
  @Field(() => Int, { description: 'Of them, supported in an institution (CENTRALIZED).' }) centralized: number;
  @Field(() => Int, { description: 'Of them, unable to care for themselves (FULLY_DEPENDENT or care level SEVERE/TOTAL).' }) dependent: number;
  @Field(() => Int, { description: 'Of the dependent ones, supported in an institution.' }) dependentCentralized: number;
  @Field(() => Float, { nullable: true, description: 'dependentCentralized / dependent: the rate regions report; null without dependent elders.' })
  dependentCentralizedRate: number | null;
}

@ObjectType({ description: 'One month of a region\'s activity (China time).' })
export class MonthlyFigures {
  @Field({ description: 'The month, YYYY-MM.' }) month: string;
  @Field(() => HomeCareOrderTotals, { description: 'Home-care visits starting in the month, by outcome (elders living in the region).' }) homeCareOrders: HomeCareOrderTotals;
  @Field(() => Int, { description: 'Admissions (入住) to the region\'s institutions in the month.' }) admissions: number;
  @Field(() => Int, { description: 'Discharges (退住) from the region\'s institutions in the month.' }) discharges: number;
  @Field(() => Int, { description: 'Institution beds at the end of the month (or now, for the current month).' }) beds: number;
  @Field(() => Int, { description: 'Occupied beds at the end of the month (or now), from the capacity history.' }) occupiedBeds: number;
  @Field(() => Float, { nullable: true, description: 'occupiedBeds / beds, 0..1; null without beds.' }) occupancyRate: number | null;
  @Field(() => Int, { description: 'Capability assessments (能力评估) of the region\'s elders in the month.' }) assessments: number;
}

@ObjectType({ description: 'The gap in care of one township (乡镇/街道): dependent elders at home against the care that reaches them.' })
export class CareGap {
  @Field({ description: 'Township code (9 digits); a county code for elders registered to no township.' }) regionCode: string;
  @Field({ description: 'Name of the township.' }) name: string;
  @Field(() => Int, { description: 'Elders at home (not admitted to an institution) whose care level is SEVERE or TOTAL.' }) dependentElders: number;
  @Field(() => Int, { description: 'Free nursing-type beds (total − occupied − reserved) within the reach distance of the dependent elders no agency reaches.' })
  nursingBedsInReach: number;
  @Field(() => Int, { description: 'Dependent elders whose home is inside the service radius of at least one home-care agency.' }) homeCareReach: number;
  @Field(() => Int, { description: 'max(0, dependentElders − homeCareReach − nursingBedsInReach): dependent elders neither home care nor a free nearby bed can take.' })
  unmetNeed: number;
  @Field(() => Int, { description: 'Place in the region\'s ranking by unmet need (1 = largest gap).' }) rank: number;
  @Field({ description: 'The figure spelled out, for reports.' }) explanation: string;
}

@ObjectType({ description: 'A policy indicator of the region beside its target (targets are settings per region).' })
export class PolicyIndicator {
  @Field({ description: 'NURSING_BED_SHARE, DEPENDENT_CENTRALIZED_RATE, GRADED_INSTITUTION_SHARE or THREE_STARS_OR_MORE_SHARE.' }) code: string;
  @Field({ description: 'The indicator\'s Chinese name.' }) title: string;
  @Field(() => Float, { nullable: true, description: 'The region\'s value, 0..1; null when there is nothing to measure.' }) value: number | null;
  @Field(() => Float, { nullable: true, description: 'The target, 0..1; null when none is set.' }) target: number | null;
  @Field(() => Boolean, { nullable: true, description: 'value >= target; null without a value or a target.' }) meetsTarget: boolean | null;
}

@ObjectType({ description: 'Figures of a region (a region-code prefix) for civil-affairs planning.' })
export class RegionStatistics {
  @Field({ description: 'The region-code prefix the figures cover.' }) regionCode: string;
  @Field({ description: 'The region\'s name (全国 for the whole country).' }) name: string;
  @Field({ description: 'True for the part of a parent\'s figures registered to the parent itself, not to any of its children (e.g. elders with a county code only).' })
  unassigned: boolean;
  @Field(() => [ProviderKindCount], { description: 'Registered providers by kind (every kind listed, zero included).' }) providersByKind: ProviderKindCount[];
  @Field(() => [BedCategoryTotals], { description: 'Institution beds by category.' }) beds: BedCategoryTotals[];
  @Field(() => Float, { nullable: true, description: 'Nursing-type beds (护理型床位) as a share of all beds, 0..1; null without beds. Policy target: at least 0.55.' })
  nursingBedShare: number | null;
  @Field(() => Float, { nullable: true, description: 'Occupied beds as a share of all beds, 0..1; null without beds.' }) occupancyRate: number | null;
  @Field(() => Int, { description: 'Active home beds (家庭养老床位) registered to the region\'s providers; they count as those providers\' own.' })
  homeBeds: number;
  @Field(() => [StarCount], { description: 'Providers by current star grade, 1 to 5 (expired grades excluded).' }) starDistribution: StarCount[];
  @Field(() => Int, { description: 'Providers without a current grade.' }) unrated: number;
  @Field(() => Int, { description: 'Registered elders living in the region.' }) elders: number;
  @Field(() => [CareLevelCount], { description: 'Assessed elders by care level (every level listed, zero included).' }) eldersByCareLevel: CareLevelCount[];
  @Field(() => Int, { description: 'Registered elders without an assessment.' }) eldersNotAssessed: number;
  @Field(() => ExtremePovertySupport, { description: 'Extreme-poverty elders (特困人员) of the region and how many are supported in institutions (集中供养率).' }) extremePoverty: ExtremePovertySupport;
  @Field(() => HomeCareOrderTotals, { description: 'Home-care visits of the region\'s elders; only those starting in the from/to window when one is given.' })
  homeCareOrders: HomeCareOrderTotals;

  /** Institutions (nursing homes) and how many hold a current grade, of 3 stars or more: for the policy indicators. */
  institutions: number;
  gradedInstitutions: number;
  threeStarsOrMore: number;
  /** The window of the query, for the monthly series and the children. */
  window: MonthWindow;
  /** For an unassigned entry: the known children whose records are not part of it. */
  excludedChildren?: string[];
}
