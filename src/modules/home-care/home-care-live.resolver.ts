import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { Roles } from '../../core/auth/roles.decorator.js';
import { Role } from '../../core/domain/enums.js';
import type { GraphQLContext } from '../../core/graphql/graphql-context.js';
import { HomeCareLiveService } from './home-care-live.service.js';
import { HomeCareOrderModel } from './home-care.model.js';

@Resolver(() => HomeCareOrderModel)
export class HomeCareLiveResolver {
  constructor(private readonly live: HomeCareLiveService) {}

  @Subscription(() => HomeCareOrderModel, {
    description:
      'The order as it is after each change (booking, status change, assignment, check-in/out, reschedule, review), for the orders matching ' +
      'every given argument (none: every order the caller may see). Each change is shown only if the caller may see the order then; an id ' +
      'the caller cannot read is refused with NOT_FOUND. Over graphql-ws on /graphql, authenticated by connectionParams.authorization.',
    resolve: (order: unknown) => order,
  })
  @Roles(Role.FAMILY, Role.CAREGIVER, Role.PROVIDER_STAFF, Role.CIVIL_AFFAIRS, Role.ADMIN)
  homeCareOrderChanged(
    @CurrentActor() actor: Actor,
    @Context() ctx: GraphQLContext,
    @Args('orderId', { type: () => ID, nullable: true, description: 'Only this order.' }) orderId?: string | null,
    @Args('elderId', { type: () => ID, nullable: true, description: 'Only this elder\'s orders.' }) elderId?: string | null,
    @Args('providerId', { type: () => ID, nullable: true, description: 'Only this provider\'s orders.' }) providerId?: string | null,
  ) {
    return this.live.watch(actor, { orderId, elderId, providerId }, ctx);
  }
}
