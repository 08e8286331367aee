import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { CareLevel, ElderCategory } from '../../core/domain/enums.js';

@ObjectType({ description: 'One subsidy rule: all its conditions must hold; the first matching rule of the set applies.' })
export class SubsidyRuleModel {
  @Field(() => ID, { description: 'Row id, reported as ruleId with the figures.' })
  id: string;

  @Field(() => Int, { description: 'Order in the set, from 0; the first match wins.' })
  position: number;

  @Field({ description: 'Short code, e.g. default:extreme-poverty.' })
  code: string;

  @Field(() => [ElderCategory], { description: 'The elder must hold one of these verified categories (empty: no condition).' })
  anyOfCategories: ElderCategory[];

  @Field(() => Int, { nullable: true, description: 'Minimum age in completed years.' })
  minAge: number | null;

  @Field(() => CareLevel, { nullable: true, description: 'Minimum care level (this level or worse).' })
  minCareLevel: CareLevel | null;

  @Field(() => Int, { description: 'Monthly allowance in fen.' })
  monthlyAllowanceFen: number;

  @Field(() => Int, { description: 'Share of each visit covered, in basis points 0..10000.' })
  coverageRateBp: number;

  @Field(() => Float, { description: 'Share of each visit covered, 0 to 1.' })
  coverageRate: number;

  @Field({ description: 'The rule in words, shown with the figures.' })
  basis: string;

  @Field({ description: 'Funding source (资金来源) that pays this rule\'s subsidy: CITY, DISTRICT, STREET, LTCI or a region-defined code.' })
  fundingSource: string;
}

@ObjectType({ description: 'The subsidy rules of a region prefix from a date on. Sets are never changed: a change is a new set.' })
export class SubsidyRuleSetModel {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field({ description: 'Region prefix the set applies to ("" = national default); the most specific prefix wins.' })
  regionPrefix: string;

  @Field({ description: 'In force from this time until a later set of the same prefix.' })
  effectiveFrom: Date;

  @Field(() => [SubsidyRuleModel], { description: 'The rules in order.' })
  rules: SubsidyRuleModel[];
}
