import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { BedCategory, CareLevel, ProviderKind } from '../../core/domain/enums.js';

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

@ObjectType({ description: 'Figures of a region (a region-code prefix) for civil-affairs planning.' })
export class RegionStatistics {
  @Field({ description: 'The region-code prefix the figures cover.' }) regionCode: string;
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
  @Field(() => HomeCareOrderTotals, { description: 'Home-care visits of elders living in the region, by outcome.' }) homeCareOrders: HomeCareOrderTotals;
}
