import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CareLevel, ElderCategory } from '../../core/domain/enums.js';
import { ConnectionType } from '../../core/graphql/pagination.js';

export enum SupportFormEnum {
  CENTRALIZED = 'CENTRALIZED',
  DISPERSED = 'DISPERSED',
}
export enum SelfCareClassEnum {
  SELF_CARE = 'SELF_CARE',
  PARTLY_DEPENDENT = 'PARTLY_DEPENDENT',
  FULLY_DEPENDENT = 'FULLY_DEPENDENT',
}
/** Sex as recorded on the resident ID card (GB 11643: the 17th digit is odd for men, even for women). */
export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
registerEnumType(Gender, {
  name: 'Gender',
  description: 'Sex as on the resident ID card (GB 11643: the 17th digit is odd for men, even for women).',
  valuesMap: { MALE: { description: 'Male (男).' }, FEMALE: { description: 'Female (女).' } },
});
export enum CategoryStatusEnum {
  DECLARED = 'DECLARED',
  VERIFIED = 'VERIFIED',
}
registerEnumType(SupportFormEnum, {
  name: 'SupportForm',
  description: 'How an extreme-poverty elder (特困人员) is supported: CENTRALIZED in an institution (集中供养) or DISPERSED at home (分散供养).',
  valuesMap: {
    CENTRALIZED: { description: 'Lives in an institution that supports them (集中供养).' },
    DISPERSED: { description: 'Lives at home with support (分散供养).' },
  },
});
registerEnumType(SelfCareClassEnum, {
  name: 'SelfCareClass',
  description: 'Self-care class of an extreme-poverty elder: able to care for oneself, partly dependent, fully dependent.',
  valuesMap: {
    SELF_CARE: { description: 'Able to care for oneself (具备生活自理能力).' },
    PARTLY_DEPENDENT: { description: 'Partly unable to care for oneself (部分丧失生活自理能力).' },
    FULLY_DEPENDENT: { description: 'Fully unable to care for oneself (完全丧失生活自理能力); the highest support rate.' },
  },
});
registerEnumType(CategoryStatusEnum, {
  name: 'CategoryStatus',
  description: 'DECLARED by a family, or VERIFIED by civil affairs. Only verified categories count for eligibility.',
  valuesMap: {
    DECLARED: { description: 'Declared by a family; does not count for eligibility until verified.' },
    VERIFIED: { description: 'Verified by civil affairs; counts for eligibility and only civil affairs can change it.' },
  },
});

@ObjectType({ description: 'One category on an elder\'s record and whether civil affairs has verified it.' })
export class ElderCategoryDetail {
  @Field(() => ElderCategory, { description: 'The category.' })
  category: ElderCategory;

  @Field(() => CategoryStatusEnum, { description: 'DECLARED or VERIFIED. ADVANCED_AGE is derived from the age and always VERIFIED.' })
  status: CategoryStatusEnum;

  @Field(() => Date, { nullable: true, description: 'When civil affairs verified it (null when declared or derived).' })
  verifiedAt: Date | null;
}

@ObjectType({ description: 'A FAMILY account that is a guardian (监护人) of the elder.' })
export class ElderGuardian {
  @Field(() => ID, { description: 'The guardian\'s user id.' })
  userId: string;

  @Field({ description: 'The guardian\'s display name.' })
  displayName: string;

  @Field({ description: 'When the account became a guardian.' })
  since: Date;
}

@ObjectType({ description: 'The elder\'s home-care subsidy (政府购买服务) under the regional rules in force.' })
export class ElderSubsidy {
  @Field(() => Int, { description: 'Monthly allowance of service in fen (0 when none).' })
  monthlyAllowanceFen: number;

  @Field({ description: 'Share of each visit\'s price that the subsidy covers, 0 to 1.' })
  coverageRate: number;

  @Field(() => Int, { description: 'The same share in basis points, 0 to 10000 (exact).' })
  coverageRateBp: number;

  @Field({ description: 'The rule that applied, in words.' })
  basis: string;

  @Field(() => ID, { nullable: true, description: 'The rule that applied (null when none did).' })
  ruleId: string | null;

  @Field(() => String, { nullable: true, description: 'Short code of the rule that applied.' })
  ruleCode: string | null;

  @Field(() => String, { description: 'Region prefix of the rule set used ("" = national default).' })
  regionPrefix: string;

  @Field({ description: 'Since when the rule set used has been in force.' })
  effectiveFrom: Date;
}

/**
 * An elder. `idNumberMasked` is all that is ever shown of the ID number. Contact fields (phone, address, location,
 * guardians) are null for callers who may see the elder but not reach them.
 */
@ObjectType('Elder', { description: 'An elder (老人) registered on the platform.' })
export class ElderModel {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field({ description: 'Full name.' })
  fullName: string;

  @Field(() => Gender, { description: 'Sex as on the ID card.' })
  gender: Gender;

  @Field({ description: 'Birth date, YYYY-MM-DD (agrees with the ID number).' })
  birthDate: string;

  @Field({ description: 'The resident ID number with all but the first 4 and last 4 characters hidden.' })
  idNumberMasked: string;

  @Field({ description: 'Region code (行政区划代码) where the elder lives.' })
  regionCode: string;

  @Field(() => CareLevel, { nullable: true, description: 'Final level of the latest capability assessment; null before the first.' })
  careLevel: CareLevel | null;

  @Field(() => SupportFormEnum, { nullable: true, description: 'Extreme-poverty elders only: institution or home support.' })
  supportForm: SupportFormEnum | null;

  @Field(() => SelfCareClassEnum, { nullable: true, description: 'Extreme-poverty elders only: self-care class.' })
  selfCareClass: SelfCareClassEnum | null;

  @Field({ description: 'When the elder was registered.' })
  createdAt: Date;

  @Field({ description: 'When the record last changed.' })
  updatedAt: Date;
}

export const ElderConnection = ConnectionType(ElderModel, 'ElderConnection');
