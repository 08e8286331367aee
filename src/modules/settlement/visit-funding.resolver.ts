import { Int, ResolveField, Resolver } from '@nestjs/graphql';
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { requestLoader, type GraphQLContext } from '../../core/graphql/graphql-context.js';
import { HomeCareOrderReads } from '../home-care/home-care-order-reads.service.js';
import { HomeCareOrderModel } from '../home-care/home-care.model.js';

interface VisitMoneyFacts {
  fundingSource: string;
  bookedPriceFen: number | null;
}

/** The settlement facts of visits (DataLoader batch): who funds the subsidy, and the booked price of a repriced visit. */
@Injectable()
export class VisitFundingLoader {
  constructor(private readonly orders: HomeCareOrderReads) {}

  load(ctx: GraphQLContext): DataLoader<string, VisitMoneyFacts | null> {
    return requestLoader(ctx, 'settlement.visitFunding', () => new DataLoader((ids: readonly string[]) => this.orders.fundingFacts(ids)));
  }
}

/** Adds what settlement records about a visit to the home-care order type. */
@Resolver(() => HomeCareOrderModel)
export class VisitFundingResolver {
  constructor(private readonly loader: VisitFundingLoader) {}

  @ResolveField(() => String, { description: 'Funding source (资金来源) of the visit\'s subsidy: the source of the subsidy rule that paid it when it was booked.' })
  async subsidyFundingSource(order: { id: string }, _args: unknown, ctx: GraphQLContext): Promise<string> {
    return (await this.loader.load(ctx).load(order.id))?.fundingSource ?? 'CITY';
  }

  @ResolveField(() => Int, { description: 'The price as booked, fen: differs from priceFen when a visit ended early was repriced at check-out for the minutes worked.' })
  async bookedPriceFen(order: { id: string; priceFen: number }, _args: unknown, ctx: GraphQLContext): Promise<number> {
    return (await this.loader.load(ctx).load(order.id))?.bookedPriceFen ?? order.priceFen;
  }
}
