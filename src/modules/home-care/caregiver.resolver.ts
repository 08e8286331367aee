import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { Roles } from '../../core/auth/roles.decorator.js';
import { Role } from '../../core/domain/enums.js';
import { SetCaregiverProfileInput } from './dto/caregiver.input.js';
import { CaregiverService, type CaregiverProfileView } from './caregiver.service.js';
import { CaregiverProfile } from './home-care.model.js';
import { formatClock } from './visit-slot.policy.js';

const toModel = (c: CaregiverProfileView): CaregiverProfile => ({
  ...c,
  workingHours: c.workingHours.map((p) => ({ weekday: p.weekday, startTime: formatClock(p.startMinute), endTime: formatClock(p.endMinute) })),
});

@Resolver(() => CaregiverProfile)
export class CaregiverResolver {
  constructor(private readonly caregiverService: CaregiverService) {}

  @Query(() => [CaregiverProfile], { description: 'A provider\'s caregivers with their qualifications and hours (its staff, officers in scope, admins).' })
  @Roles(Role.PROVIDER_STAFF, Role.CIVIL_AFFAIRS, Role.ADMIN)
  async caregivers(@CurrentActor() actor: Actor, @Args('providerId', { type: () => ID, description: 'The provider whose caregivers to list.' }) providerId: string) {
    return (await this.caregiverService.listForOverseer(actor, providerId)).map(toModel);
  }

  @Query(() => CaregiverProfile, { description: 'The signed-in caregiver\'s own qualifications and hours.' })
  @Roles(Role.CAREGIVER)
  async myCaregiverProfile(@CurrentActor() actor: Actor) {
    return toModel(await this.caregiverService.mine(actor));
  }

  @Mutation(() => CaregiverProfile, { description: 'Sets a caregiver\'s qualified services and weekly hours (staff of their provider).' })
  @Roles(Role.PROVIDER_STAFF)
  async setCaregiverProfile(
    @CurrentActor() actor: Actor,
    @Args('caregiverId', { type: () => ID, description: 'The CAREGIVER account (its user id, from `createUser` or `caregivers`).' }) caregiverId: string,
    @Args('input', { description: 'Services the caregiver is qualified for and weekly working hours (China time).' }) input: SetCaregiverProfileInput,
  ) {
    return toModel(await this.caregiverService.setProfile(actor, caregiverId, input));
  }
}
