import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import { requestLoader, type GraphQLContext } from '../../core/graphql/graphql-context.js';
import { HomeCareOrderModel } from '../home-care/home-care.model.js';

interface VisitMoneyFacts {
  fundingSource: string;
  bookedPriceFen: number | null;
}

/** The settlement facts of visits (DataLoader batch): who funds the subsidy, and the booked price of a repriced visit. */
@Injectable()
export class VisitFundingLoader {
  constructor(private readonly uow: UnitOfWork) {}

  load(ctx: GraphQLContext): DataLoader<string, VisitMoneyFacts | null> {
    return requestLoader(ctx, 'settlement.visitFunding', () => new DataLoader(async (ids: readonly string[]) => {
      const rows: Array<{ id: string; subsidy_funding_source: string; booked_price_fen: number | null }> = await this.uow.manager.query(
        `SELECT id, subsidy_funding_source, booked_price_fen FROM home_care_orders WHERE id = ANY($1::uuid[])`,
        [[...ids]],
      );
      const by = new Map(rows.map((r) => [r.id, { fundingSource: r.subsidy_funding_source, bookedPriceFen: r.booked_price_fen }]));
      return ids.map((id) => by.get(id) ?? null);
    }));
  }
}

/** Adds what settlement records about a visit to the home-care order type. */
@Resolver(() => HomeCareOrderModel)
export class VisitFundingResolver {
  constructor(private readonly loader: VisitFundingLoader) {}

  @ResolveField(() => String, { description: 'Funding source (资金来源) of the visit\'s subsidy: the source of the subsidy rule that paid it when it was booked.' })
  async subsidyFundingSource(@Parent() order: { id: string }, @Context() ctx: GraphQLContext): Promise<string> {
    return (await this.loader.load(ctx).load(order.id))?.fundingSource ?? 'CITY';
  }

  @ResolveField(() => Int, { description: 'The price as booked, fen: differs from priceFen when a visit ended early was repriced at check-out for the minutes worked.' })
  async bookedPriceFen(@Parent() order: { id: string; priceFen: number }, @Context() ctx: GraphQLContext): Promise<number> {
    return (await this.loader.load(ctx).load(order.id))?.bookedPriceFen ?? order.priceFen;
  }
}
