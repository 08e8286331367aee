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

@ObjectType({ description: 'An invitation to become co-guardian (监护人) of an elder, as its invitee sees it before accepting.' })
export class ElderGuardianInvitation {
  @Field(() => ID, { description: 'Give it to acceptElderGuardianInvitation.' })
  id: string;

  @Field({ description: 'The elder\'s surname initial (the full record once accepted).' })
  elderName: string;

  @Field({ description: 'Display name of the guardian who invited.' })
  invitedBy: string;

  @Field({ description: 'When the invitation was made.' })
  createdAt: Date;

  @Field({ description: 'When it lapses unless accepted.' })
  expiresAt: Date;
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

export enum ElderViewEnum {
  FULL = 'FULL',
  OVERVIEW = 'OVERVIEW',
  NONE = 'NONE',
}
registerEnumType(ElderViewEnum, {
  name: 'ElderView',
  description: 'How much of an elder the caller sees (one rule wherever an elder appears).',
  valuesMap: {
    FULL: {
      description:
        'The record: guardians, staff of a provider serving the elder, the caregiver of its visits, officers whose scope covers where it lives.',
    },
    OVERVIEW: {
      description:
        'Oversight only (surname initial, age band, gender, county, care level; the rest null): officers overseeing a provider that serves ' +
        'the elder from another region, and admins.',
    },
    NONE: {
      description:
        'Nothing (every personal field null or masked): only where an answer still holds an elder the caller no longer sees, e.g. after removing oneself as guardian.',
    },
  },
});

/**
 * An elder. The fields that hold personal data are resolved in ElderResolver through the visibility rule
 * (elder-visibility.policy.ts); only what every viewer may see is a plain field here.
 */
@ObjectType('Elder', {
  description: 'An elder (老人) registered on the platform. What a caller sees of one is given by `view`; hidden fields are null or masked.',
})
export class ElderModel {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field({ description: 'When the elder was registered.' })
  createdAt: Date;

  @Field({ description: 'When the record last changed.' })
  updatedAt: Date;

  // Resolved in ElderResolver through the visibility rule.
  gender: Gender;
  careLevel: CareLevel | null;
  fullName: string;
  birthDate: string;
  idNumberMasked: string;
  regionCode: string;
  supportForm: SupportFormEnum | null;
  selfCareClass: SelfCareClassEnum | null;
}

export const ElderConnection = ConnectionType(ElderModel, 'ElderConnection');
