import { Injectable } from '@nestjs/common';
import { can } from '../../core/access/access-policy.js';
import type { Actor } from '../../core/auth/actor.js';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import { Role } from '../../core/domain/enums.js';
import { violatedConstraint } from '../../core/errors/database-errors.js';
import { badInput, notFound } from '../../core/errors/domain-error.js';
import { BedReservationService } from '../bed/bed-reservation.service.js';
import { CapacityService } from '../capacity/capacity.service.js';
import { ElderService } from '../elder/elder.service.js';
import { HomeCareOrderReads } from '../home-care/home-care-order-reads.service.js';
import { ProviderService } from '../provider/provider.service.js';
import { moneyOf, STATEMENT_PREPARER } from './settlement-access.policy.js';
import { proratedByDays } from './settlement-amount.policy.js';
import { daysInMonth, parseMonth } from './settlement-month.policy.js';
import { SettlementErrors } from './settlement.errors.js';

export enum PaymentMethod {
  CASH = 'CASH',
  WECHAT = 'WECHAT',
  ALIPAY = 'ALIPAY',
  BANK = 'BANK',
  OTHER = 'OTHER',
}

export enum ElderStatementLineKind {
  VISIT_COPAY = 'VISIT_COPAY',
  BED_FEE = 'BED_FEE',
  PAYMENT = 'PAYMENT',
}

export interface PaymentRecord {
  id: string;
  elderId: string;
  providerId: string;
  amountFen: number;
  method: PaymentMethod;
  reference: string | null;
  paidAt: Date;
  channel: string;
  createdAt: Date;
}

export interface ElderStatementLine {
  kind: ElderStatementLineKind;
  at: Date;
  providerId: string;
  orderId: string | null;
  reservationId: string | null;
  paymentId: string | null;
  description: string;
  days: number | null;
  /** Effect on the balance: charges positive, payments negative (a refund, a negative payment, is positive). */
  amountFen: number;
}

export interface ElderStatement {
  elderId: string;
  month: string;
  providerId: string | null;
  copayFen: number;
  bedFeesFen: number;
  paymentsFen: number;
  balanceFen: number;
  lines: ElderStatementLine[];
}

/** A payment as an integration (or a person at the desk) reports it. */
export interface PaymentInput {
  elderId: string;
  providerId: string;
  amountFen: number;
  method: PaymentMethod;
  reference?: string | null;
  paidAt: Date;
}

/**
 * Where payments come from. The platform records them; online payment itself (WeChat Pay, Alipay) is out of scope,
 * and an integration implements this by calling `PaymentService.recordFromChannel` when its provider notifies it.
 * A channel's notification repeated with the same reference records the payment once.
 */
export interface PaymentChannel {
  /** Short code stored with each payment (capital letters), e.g. MANUAL, WECHAT_PAY. */
  readonly code: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const PAYMENT_COLUMNS = `id, elder_id, provider_id, amount_fen, method, reference, paid_at, channel, created_at`;
const toPayment = (r: Record<string, any>): PaymentRecord => ({
  id: r.id,
  elderId: r.elder_id,
  providerId: r.provider_id,
  amountFen: r.amount_fen,
  method: r.method,
  reference: r.reference,
  paidAt: r.paid_at,
  channel: r.channel,
  createdAt: r.created_at,
});

/** What families owe and pay: visits' co-pays, bed fees by days at the published price, payments recorded by providers. */
@Injectable()
export class FamilyStatementService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly elders: ElderService,
    private readonly providers: ProviderService,
    private readonly visits: HomeCareOrderReads,
    private readonly beds: BedReservationService,
    private readonly capacity: CapacityService,
  ) {}

  /**
   * The elder's month: guardians and officers in scope see every provider's part; a provider's staff only their own.
   * Bed fees: each stay's days in the month (arrival day counts, leaving day not) × the category's published monthly
   * price ÷ days of the month, half up; a category without a published price charges nothing and says so.
   */
  async statement(actor: Actor, elderId: string, monthText: string, providerId?: string | null): Promise<ElderStatement> {
    const month = parseMonth(monthText);
    if (!month) throw SettlementErrors.invalidMonth();
    await this.elders.requireReadable(actor, elderId);
    const only = actor.role === Role.PROVIDER_STAFF ? actor.providerId : (providerId ?? null);
    if (only && !UUID.test(only)) throw notFound('Provider');
    const visits = await this.visits.completedVisitsOfElder(elderId, month.start, month.end, only);
    const stays = await this.beds.staysOfElder(elderId, month.start, month.end, only);
    const prices = await this.monthlyPrices(stays.map((s) => s.providerId));
    const payments: Array<Record<string, any>> = await this.uow.manager.query(
      `SELECT ${PAYMENT_COLUMNS} FROM elder_payments WHERE elder_id = $1 AND paid_at >= $2 AND paid_at < $3 AND ($4::uuid IS NULL OR provider_id = $4)
        ORDER BY paid_at, id`,
      [elderId, month.start, month.end, only],
    );
    const lines: ElderStatementLine[] = [];
    for (const v of visits) {
      lines.push({
        kind: ElderStatementLineKind.VISIT_COPAY,
        at: v.startsAt,
        providerId: v.providerId,
        orderId: v.id,
        reservationId: null,
        paymentId: null,
        description: `上门服务 ${v.service}: 价格 ${v.priceFen} 分, 自付 ${v.copayFen} 分`,
        days: null,
        amountFen: v.copayFen,
      });
    }
    for (const s of stays) {
      const days = daysInMonth(month, s.admittedAt, s.endedAt);
      if (days === 0) continue;
      const price = prices.get(`${s.providerId}:${s.category}`) ?? null;
      lines.push({
        kind: ElderStatementLineKind.BED_FEE,
        at: s.admittedAt > month.start ? s.admittedAt : month.start,
        providerId: s.providerId,
        orderId: null,
        reservationId: s.id,
        paymentId: null,
        description: price === null ? `床位费 ${s.category}: ${days} 天, 未公布价格` : `床位费 ${s.category}: ${days}/${month.days} 天 × ${price} 分/月`,
        days,
        amountFen: price === null ? 0 : proratedByDays(price, days, month.days),
      });
    }
    for (const p of payments) {
      lines.push({
        kind: ElderStatementLineKind.PAYMENT,
        at: p.paid_at,
        providerId: p.provider_id,
        orderId: null,
        reservationId: null,
        paymentId: p.id,
        description: `${p.amount_fen < 0 ? '退款' : '缴费'} ${p.method}${p.reference ? ` ${p.reference}` : ''}`,
        days: null,
        amountFen: -p.amount_fen,
      });
    }
    lines.sort((a, b) => a.at.getTime() - b.at.getTime());
    const sum = (kind: ElderStatementLineKind) => lines.filter((l) => l.kind === kind).reduce((a, l) => a + l.amountFen, 0);
    const copayFen = sum(ElderStatementLineKind.VISIT_COPAY);
    const bedFeesFen = sum(ElderStatementLineKind.BED_FEE);
    const paymentsFen = -sum(ElderStatementLineKind.PAYMENT);
    return { elderId, month: month.month, providerId: only, copayFen, bedFeesFen, paymentsFen, balanceFen: copayFen + bedFeesFen - paymentsFen, lines };
  }

  /** Published monthly bed prices by `provider:category` (capacity owns them): one query for all the stays' providers. */
  private async monthlyPrices(providerIds: readonly string[]): Promise<Map<string, number | null>> {
    const ids = [...new Set(providerIds)];
    if (ids.length === 0) return new Map();
    const capacities = (await this.capacity.capacitiesFor(ids)).flat();
    return new Map(capacities.map((c) => [`${c.providerId}:${c.category}`, c.monthlyPriceFen]));
  }

  /** A payment recorded at the provider's desk by its staff (refunds are negative amounts). */
  async record(actor: Actor, input: PaymentInput): Promise<PaymentRecord> {
    const provider = UUID.test(input.providerId) ? await this.providers.findById(input.providerId) : null;
    if (!provider || !(await can(STATEMENT_PREPARER, actor, moneyOf(provider)))) throw notFound('Provider');
    await this.elders.requireReadable(actor, input.elderId);
    return this.recordFromChannel({ code: 'MANUAL' }, input, actor.userId);
  }

  /**
   * Records a payment from a channel (the desk, or later a payment integration). The same channel reference for the
   * same provider and method is one payment: repeating it returns the first record; reusing it for a different
   * payment is refused.
   */
  async recordFromChannel(channel: PaymentChannel, input: PaymentInput, recordedBy: string | null): Promise<PaymentRecord> {
    if (!Number.isInteger(input.amountFen) || input.amountFen === 0 || Math.abs(input.amountFen) > 1_000_000_000) {
      throw badInput('A payment is a whole, non-zero number of fen (refunds negative)', [{ path: 'input.amountFen', message: 'non-zero integer' }]);
    }
    const reference = input.reference?.trim() || null;
    return this.uow.run(async () => {
      const m = this.uow.manager;
      await m.query('SAVEPOINT elder_payment');
      try {
        const [row] = await m.query(
          `INSERT INTO elder_payments (elder_id, provider_id, amount_fen, method, reference, paid_at, recorded_by, channel)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${PAYMENT_COLUMNS}`,
          [input.elderId, input.providerId, input.amountFen, input.method, reference, input.paidAt, recordedBy, channel.code],
        );
        await m.query('RELEASE SAVEPOINT elder_payment');
        return toPayment(row);
      } catch (error) {
        await m.query('ROLLBACK TO SAVEPOINT elder_payment');
        if (violatedConstraint(error) !== 'elder_payments_reference_key') throw error;
        const [first] = await m.query(
          `SELECT ${PAYMENT_COLUMNS} FROM elder_payments WHERE provider_id = $1 AND method = $2 AND reference = $3`,
          [input.providerId, input.method, reference],
        );
        const same = first.elder_id === input.elderId && first.amount_fen === input.amountFen;
        if (!same) throw SettlementErrors.paymentReferenceReused();
        return toPayment(first);
      }
    });
  }
}
