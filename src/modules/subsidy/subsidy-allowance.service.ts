import { Injectable } from '@nestjs/common';
import { queryRows } from '../../core/database/sql.js';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import { splitVisitPrice, type PriceSplit } from './subsidy.policy.js';

/**
 * The monthly allowance ledger of government-purchased home care (政府购买服务): how much of an elder's allowance
 * each month has been spent on visits. Owns the home_care_allowances table. Always inside the caller's unit of work
 * (the booking, or the change that moves or returns the subsidy).
 */
/** An elder's allowance of one month and how much of it is spent (fen). */
export interface MonthAllowance {
  allowanceFen: number;
  spentFen: number;
}

/** The key of an elder's month in what allowancesOf returns. */
export const allowanceKey = (elderId: string, month: string): string => `${elderId}@${month}`;

@Injectable()
export class SubsidyAllowanceService {
  constructor(private readonly uow: UnitOfWork) {}

  /** Whether spend would take anything (and so write at all): a subsidy, for a price, from an allowance. */
  spends(priceFen: number, eligibility: { monthlyAllowanceFen: number; coverageRateBp: number }): boolean {
    return priceFen > 0 && eligibility.monthlyAllowanceFen > 0 && eligibility.coverageRateBp > 0;
  }

  /**
   * Takes the subsidy share out of the elder's monthly allowance. The row is created or refreshed with the current
   * allowance (never below what is spent), then spent by a conditional UPDATE: two bookings at once can never take
   * more than there is, and the CHECK on the table is the last line of defence.
   */
  async spend(
    elderId: string,
    month: string,
    priceFen: number,
    eligibility: { monthlyAllowanceFen: number; coverageRateBp: number },
  ): Promise<PriceSplit> {
    if (!this.spends(priceFen, eligibility)) return { subsidyFen: 0, copayFen: priceFen };
    for (let attempt = 0; attempt < 5; attempt++) {
      const [row] = await this.uow.manager.query(
        `INSERT INTO home_care_allowances (elder_id, month, allowance_fen) VALUES ($1, $2, $3)
         ON CONFLICT (elder_id, month) DO UPDATE
           SET allowance_fen = GREATEST(EXCLUDED.allowance_fen, home_care_allowances.spent_fen), updated_at = now()
         RETURNING allowance_fen, spent_fen`,
        [elderId, month, eligibility.monthlyAllowanceFen],
      );
      const split = splitVisitPrice(priceFen, eligibility.coverageRateBp, Math.max(0, row.allowance_fen - row.spent_fen));
      if (split.subsidyFen === 0) return split;
      const spent = await queryRows(
        this.uow.manager,
        `UPDATE home_care_allowances SET spent_fen = spent_fen + $3, updated_at = now()
          WHERE elder_id = $1 AND month = $2 AND spent_fen + $3 <= allowance_fen RETURNING spent_fen`,
        [elderId, month, split.subsidyFen],
      );
      if (spent.length > 0) return split;
    }
    return { subsidyFen: 0, copayFen: priceFen };
  }

  /**
   * Elders' allowances of a month each (YYYY-MM-DD, the month's first day) and how much of each is spent, in one query:
   * keyed by allowanceKey, absent when there is none yet.
   */
  async allowancesOf(wanted: ReadonlyArray<{ elderId: string; month: string }>): Promise<Map<string, MonthAllowance>> {
    if (wanted.length === 0) return new Map();
    const rows: Array<{ elder_id: string; month: string; allowance_fen: number; spent_fen: number }> = await this.uow.manager.query(
      `SELECT a.elder_id, to_char(a.month, 'YYYY-MM-DD') AS month, a.allowance_fen, a.spent_fen
         FROM home_care_allowances a JOIN unnest($1::uuid[], $2::date[]) AS w(elder_id, month) ON a.elder_id = w.elder_id AND a.month = w.month`,
      [wanted.map((w) => w.elderId), wanted.map((w) => w.month)],
    );
    return new Map(rows.map((r) => [allowanceKey(r.elder_id, r.month), { allowanceFen: r.allowance_fen, spentFen: r.spent_fen }]));
  }

  /** Gives a subsidy back to the month it was taken from (cancelled, no-show, or moved to another month). */
  async refund(elderId: string, month: string, subsidyFen: number): Promise<void> {
    if (subsidyFen <= 0) return;
    await this.uow.manager.query(
      `UPDATE home_care_allowances SET spent_fen = GREATEST(0, spent_fen - $3), updated_at = now() WHERE elder_id = $1 AND month = $2`,
      [elderId, month, subsidyFen],
    );
  }
}
