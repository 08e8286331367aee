import { Injectable } from '@nestjs/common';
import type { Actor } from '../../core/auth/actor.js';
import { can, scopeSql } from '../../core/access/access-policy.js';
import { regionPrefixPattern } from '../../core/access/region-code.js';
import { actsOnRegion } from '../../core/access/region-scope.js';
import { queryRows } from '../../core/database/sql.js';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import { mapConstraintError } from '../../core/errors/database-errors.js';
import { badInput, forbidden, notFound } from '../../core/errors/domain-error.js';
import type { Connection, PageArgs } from '../../core/graphql/pagination.js';
import { pagedQuery, SqlParams } from '../../core/database/paged-query.js';
import type { ProviderEntity } from '../provider/provider.entity.js';
import { ProviderService } from '../provider/provider.service.js';
import type { SettlementFilter } from './dto/settlement.input.js';
import type { ChainCheck } from '../home-care/evidence-chain.policy.js';
import { chinaMonthOf, monthRange, parseMonth, type SettlementMonth } from './settlement-month.policy.js';
import { SETTLEMENT_ACTION_VERB as ACTION_VERB, SETTLEMENT_MACHINE, isOpen, type SettlementAction } from './settlement-workflow.state.js';
import { moneyOf, STATEMENT_OFFICER, STATEMENT_PREPARER, STATEMENT_VISIBILITY, type ProviderMoney } from './settlement-access.policy.js';
import { SettlementErrors } from './settlement.errors.js';
import { SettlementLinesBuilder } from './settlement-lines.builder.js';
import {
  LINE_COLUMNS,
  STATEMENT_COLUMNS,
  toLine,
  toStatement,
  type EventRecord,
  type LineRecord,
  type LineSpec,
  type StatementRecord,
} from './settlement.record.js';
import { SettlementRulesService } from './settlement.rules.js';
import { VisitEvidenceCheck } from './visit-evidence-check.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (id: string) => UUID.test(id);

export interface LedgerRow {
  fundingSource: string;
  providerId: string;
  month: string;
  totalFen: number;
}

export interface Ledger {
  regionCode: string;
  from: string;
  to: string;
  totalFen: number;
  approvedStatementsTotalFen: number;
  rows: LedgerRow[];
}


/**
 * Monthly settlement (结算) of what civil affairs pays providers: statements per provider, month and funding source,
 * their lines and integrity holds, the DRAFT -> SUBMITTED -> APPROVED -> PAID workflow with every step recorded, and
 * the immutable ledger written on approval. Races are settled by the database: one statement per key (unique), one
 * approval (conditional update), and approved rows refused by triggers.
 */
@Injectable()
export class SettlementService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly providers: ProviderService,
    private readonly rules: SettlementRulesService,
    private readonly builder: SettlementLinesBuilder,
    private readonly evidence: VisitEvidenceCheck,
  ) {}

  // ---------------------------------------------------------------- access

  /** The caller's part in the provider's money: its staff prepare, an officer in scope decides; null for anyone else. */
  private async partIn(actor: Actor, money: ProviderMoney): Promise<'PROVIDER_STAFF' | 'OFFICER' | null> {
    if (await can(STATEMENT_PREPARER, actor, money)) return 'PROVIDER_STAFF';
    if (await can(STATEMENT_OFFICER, actor, money)) return 'OFFICER';
    return null;
  }

  private canRead(actor: Actor, money: ProviderMoney): Promise<boolean> {
    return can(STATEMENT_VISIBILITY, actor, money);
  }

  private async requireProvider(providerId: string, may: (p: ProviderEntity) => Promise<boolean>): Promise<ProviderEntity> {
    const provider = isUuid(providerId) ? await this.providers.findById(providerId) : null;
    if (!provider || !(await may(provider))) throw notFound('Provider');
    return provider;
  }

  private requireMonth(month: string, path = 'month'): SettlementMonth {
    const m = parseMonth(month);
    if (!m) throw SettlementErrors.invalidMonth(path);
    if (m.start.getTime() > Date.now()) throw SettlementErrors.futureMonth(path);
    return m;
  }

  // ---------------------------------------------------------------- generation

  /**
   * Builds the provider's statements for the month, one per funding source. Generating again rebuilds the DRAFT ones
   * (officers' decisions on held lines are kept while the line's hold reasons are the same) and leaves submitted,
   * approved and paid ones as they are; never a second statement for the same provider, month and source.
   */
  async generate(actor: Actor, providerId: string, monthText: string): Promise<StatementRecord[]> {
    const month = this.requireMonth(monthText);
    const provider = await this.requireProvider(providerId, async (p) => (await this.partIn(actor, moneyOf(p))) !== null);
    const rules = await this.rules.forRegion(provider.regionCode);
    return this.uow.run(async () => {
      const m = this.uow.manager;
      // Two generations of one provider's month queue here; the unique key is what guarantees one statement.
      await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`settlement:${provider.id}:${month.month}`]);
      const specs = await this.builder.build(provider, month, rules);
      const bySource = new Map<string, LineSpec[]>();
      for (const spec of specs) bySource.set(spec.fundingSource, [...(bySource.get(spec.fundingSource) ?? []), spec]);
      const existing: Array<{ funding_source: string }> = await m.query(
        `SELECT funding_source FROM settlement_statements WHERE provider_id = $1 AND month = $2 AND status = 'DRAFT'`,
        [provider.id, month.firstDay],
      );
      for (const e of existing) if (!bySource.has(e.funding_source)) bySource.set(e.funding_source, []);
      for (const [source, lines] of [...bySource.entries()].sort(([a], [b]) => a.localeCompare(b))) {
        await this.rebuild(actor, provider, month, source, lines);
      }
      const rows = await m.query(
        `SELECT ${STATEMENT_COLUMNS} FROM settlement_statements s WHERE s.provider_id = $1 AND s.month = $2 ORDER BY s.funding_source`,
        [provider.id, month.firstDay],
      );
      return rows.map(toStatement);
    });
  }

  private async rebuild(actor: Actor, provider: ProviderEntity, month: SettlementMonth, source: string, lines: LineSpec[]): Promise<void> {
    const m = this.uow.manager;
    const [row] = await m.query(
      `INSERT INTO settlement_statements AS s (provider_id, provider_region_code, month, funding_source, generated_by)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (provider_id, month, funding_source) DO UPDATE SET generated_at = now(), generated_by = EXCLUDED.generated_by, updated_at = now()
         WHERE s.status = 'DRAFT'
       RETURNING s.id, (xmax = 0) AS inserted`,
      [provider.id, provider.regionCode, month.firstDay, source, actor.userId],
    );
    if (!row) return; // submitted or later: left as it is
    const decided: Array<Record<string, unknown>> = row.inserted
      ? []
      : await m.query(
          `SELECT source_key, status, hold_reasons, decided_by, decided_at, decision_note FROM settlement_lines
            WHERE statement_id = $1 AND decided_at IS NOT NULL`,
          [row.id],
        );
    if (!row.inserted) await m.query(`DELETE FROM settlement_lines WHERE statement_id = $1`, [row.id]);
    if (lines.length > 0) {
      const payload = lines.map((l, position) => ({
        position,
        kind: l.kind,
        source_key: l.sourceKey,
        hold_reasons: l.holdReasons,
        amount_fen: l.amountFen,
        order_id: l.orderId ?? null,
        elder_id: l.elderId ?? null,
        reservation_id: l.reservationId ?? null,
        home_bed_id: l.homeBedId ?? null,
        rating_assessment_id: l.ratingAssessmentId ?? null,
        adjustment_id: l.adjustmentId ?? null,
        adjusts_line_id: l.adjustsLineId ?? null,
        details: l.details,
      }));
      await m.query(
        `INSERT INTO settlement_lines (statement_id, position, kind, source_key, status, hold_reasons, amount_fen, order_id, elder_id,
           reservation_id, home_bed_id, rating_assessment_id, adjustment_id, adjusts_line_id, details, decided_by, decided_at, decision_note)
         SELECT $1, x.position, x.kind, x.source_key,
                CASE WHEN cardinality(x.hold_reasons) = 0 THEN 'INCLUDED' WHEN p.source_key IS NOT NULL THEN p.status ELSE 'HELD' END,
                x.hold_reasons, x.amount_fen, x.order_id, x.elder_id, x.reservation_id, x.home_bed_id, x.rating_assessment_id,
                x.adjustment_id, x.adjusts_line_id, x.details, p.decided_by, p.decided_at, p.decision_note
           FROM jsonb_to_recordset($2::jsonb) AS x(position int, kind text, source_key text, hold_reasons text[], amount_fen int,
                  order_id uuid, elder_id uuid, reservation_id uuid, home_bed_id uuid, rating_assessment_id uuid, adjustment_id uuid,
                  adjusts_line_id uuid, details jsonb)
           LEFT JOIN jsonb_to_recordset($3::jsonb) AS p(source_key text, status text, hold_reasons text[], decided_by uuid,
                  decided_at timestamptz, decision_note text)
             ON p.source_key = x.source_key AND p.hold_reasons = x.hold_reasons AND cardinality(x.hold_reasons) > 0`,
        [row.id, JSON.stringify(payload), JSON.stringify(decided)],
      );
    }
    await this.recomputeTotals(row.id);
    const held = lines.filter((l) => l.holdReasons.length > 0).length;
    await this.recordEvent(row.id, null, row.inserted ? 'GENERATE' : 'REGENERATE', row.inserted ? null : 'DRAFT', 'DRAFT', actor, `${lines.length} line(s), ${held} held by integrity checks`);
  }

  private async recomputeTotals(statementId: string): Promise<void> {
    await this.uow.manager.query(
      `UPDATE settlement_statements s SET
         total_fen = COALESCE((SELECT sum(amount_fen) FROM settlement_lines WHERE statement_id = s.id AND status = 'INCLUDED'), 0),
         line_count = (SELECT count(*) FROM settlement_lines WHERE statement_id = s.id),
         held_count = (SELECT count(*) FROM settlement_lines WHERE statement_id = s.id AND status = 'HELD'),
         updated_at = now()
       WHERE s.id = $1`,
      [statementId],
    );
  }

  private async recordEvent(statementId: string, lineId: string | null, action: string, from: string | null, to: string, actor: Actor, note: string | null) {
    await this.uow.manager.query(
      `INSERT INTO settlement_events (statement_id, line_id, action, from_status, to_status, actor_id, actor_role, note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [statementId, lineId, action, from, to, actor.userId, actor.role, note],
    );
  }

  // ---------------------------------------------------------------- decisions and workflow

  /** An officer accepts (into the totals) or rejects (out of them) a line held by an integrity check, with a note. */
  async decideLine(actor: Actor, lineId: string, accept: boolean, note: string): Promise<LineRecord> {
    if (!note.trim()) throw SettlementErrors.noteRequired('note');
    return this.uow.run(async () => {
      const m = this.uow.manager;
      const rows = isUuid(lineId)
        ? await m.query(
            `SELECT ${LINE_COLUMNS}, s.status AS statement_status, s.provider_id, s.provider_region_code
               FROM settlement_lines l JOIN settlement_statements s ON s.id = l.statement_id WHERE l.id = $1 FOR UPDATE OF s, l`,
            [lineId],
          )
        : [];
      const row = rows[0];
      const money = row ? { providerId: row.provider_id, providerRegionCode: row.provider_region_code } : null;
      if (!money || !(await this.canRead(actor, money))) throw notFound('Settlement line');
      if (!(await can(STATEMENT_OFFICER, actor, money))) throw SettlementErrors.notYourRole('decide held lines');
      if (!isOpen(row.statement_status)) throw SettlementErrors.notOpen(row.statement_status);
      if (row.hold_reasons.length === 0) throw SettlementErrors.lineNotHeld();
      const [updated] = await queryRows(m,
        `UPDATE settlement_lines l SET status = $2, decided_by = $3, decided_at = now(), decision_note = $4 WHERE l.id = $1 RETURNING ${LINE_COLUMNS}`,
        [lineId, accept ? 'INCLUDED' : 'REJECTED', actor.userId, note.trim()],
      );
      await this.recomputeTotals(row.statement_id);
      await this.recordEvent(row.statement_id, lineId, 'DECIDE_LINE', row.statement_status, row.statement_status, actor,
        `${accept ? 'accepted' : 'rejected'} (${row.hold_reasons.join(', ')}): ${note.trim()}`);
      return toLine(updated);
    });
  }

  submit(actor: Actor, id: string): Promise<StatementRecord> {
    return this.transition(actor, id, 'SUBMIT', null, `submitted_at = now(), submitted_by = $3`);
  }

  approve(actor: Actor, id: string): Promise<StatementRecord> {
    return this.transition(actor, id, 'APPROVE', null, `approved_at = now(), approved_by = $3`, async (s) => {
      // The ledger: one immutable entry per included line, so the entries add up to the statement exactly.
      await this.uow.manager.query(
        `INSERT INTO settlement_ledger_entries (statement_id, line_id, provider_id, provider_region_code, funding_source, month, amount_fen)
         SELECT s.id, l.id, s.provider_id, s.provider_region_code, s.funding_source, s.month, l.amount_fen
           FROM settlement_statements s JOIN settlement_lines l ON l.statement_id = s.id
          WHERE s.id = $1 AND l.status = 'INCLUDED'`,
        [s.id],
      );
    });
  }

  reject(actor: Actor, id: string, reason: string): Promise<StatementRecord> {
    if (!reason.trim()) throw SettlementErrors.noteRequired('reason');
    return this.transition(actor, id, 'REJECT', reason.trim(), `submitted_at = NULL, submitted_by = NULL`);
  }

  markPaid(actor: Actor, id: string, reference: string, paidOn: string): Promise<StatementRecord> {
    if (!reference.trim() || reference.length > 100) throw badInput('Give the payment reference', [{ path: 'reference', message: '1 to 100 characters' }]);
    const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(paidOn);
    const day = parts ? new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3]))) : null;
    if (!day || day.toISOString().slice(0, 10) !== paidOn) throw badInput('paidOn is a date', [{ path: 'paidOn', message: 'must be YYYY-MM-DD' }]);
    return this.transition(actor, id, 'MARK_PAID', `reference ${reference.trim()}, paid on ${paidOn}`,
      `paid_at = now(), paid_by = $3, payment_reference = $4, paid_on = $5::date`, undefined, [reference.trim(), paidOn]);
  }

  /**
   * One workflow step: the caller's role and scope, then a conditional update from the expected status, so that of
   * two officers approving at once exactly one wins and the other is told the statement moved on.
   */
  private async transition(
    actor: Actor,
    id: string,
    action: SettlementAction,
    note: string | null,
    setSql: string,
    after?: (s: StatementRecord) => Promise<void>,
    extra: unknown[] = [],
  ): Promise<StatementRecord> {
    const current = await this.getVisible(actor, id);
    if (!current) throw notFound('Settlement statement');
    const kind = await this.partIn(actor, current);
    if (!kind) throw SettlementErrors.notYourRole(`${ACTION_VERB[action].replace('marked', 'mark')} this statement`);
    const decision = SETTLEMENT_MACHINE.assert(current.status, action, kind);
    const expected = decision.from;
    try {
      return await this.uow.run(async () => {
        const rows = await queryRows(this.uow.manager,
          `UPDATE settlement_statements s SET status = $2, ${setSql}, updated_at = now() WHERE s.id = $1 AND s.status = '${expected}'
           RETURNING ${STATEMENT_COLUMNS}`,
          setSql.includes('$3') ? [id, decision.to, actor.userId, ...extra] : [id, decision.to],
        );
        if (rows.length === 0) {
          const [now] = await this.uow.manager.query(`SELECT status FROM settlement_statements WHERE id = $1`, [id]);
          throw SettlementErrors.invalidTransition(now.status, ACTION_VERB[action]);
        }
        const updated = toStatement(rows[0]);
        await after?.(updated);
        await this.recordEvent(id, null, action, expected, decision.to, actor, note);
        return updated;
      });
    } catch (error) {
      mapConstraintError(error, {
        settlement_statements_approvable: () => SettlementErrors.linesHeld(current.heldCount),
        settlement_statements_immutable: () => SettlementErrors.immutable(),
      });
    }
  }

  // ---------------------------------------------------------------- adjustments

  /**
   * A correction of a line of an approved statement, booked as an adjustment line of a later month's statement of the
   * same funding source (the provider's staff or an officer in scope; the adjustment is approved with that statement).
   */
  async addAdjustment(actor: Actor, input: { lineId: string; amountFen: number; reason: string; month?: string | null }): Promise<LineRecord> {
    if (!input.reason.trim()) throw SettlementErrors.noteRequired('input.reason');
    if (!Number.isInteger(input.amountFen) || input.amountFen === 0) throw badInput('An adjustment is a whole, non-zero number of fen', [{ path: 'input.amountFen', message: 'non-zero integer' }]);
    const month = this.requireMonth(input.month ?? chinaMonthOf(Date.now()), 'input.month');
    return this.uow.run(async () => {
      const m = this.uow.manager;
      const [orig] = isUuid(input.lineId)
        ? await m.query(
            `SELECT ${LINE_COLUMNS}, s.status AS statement_status, s.provider_id, s.provider_region_code, s.funding_source, s.month AS statement_month
               FROM settlement_lines l JOIN settlement_statements s ON s.id = l.statement_id WHERE l.id = $1`,
            [input.lineId],
          )
        : [];
      const money = orig ? { providerId: orig.provider_id, providerRegionCode: orig.provider_region_code } : null;
      if (!money || !(await this.canRead(actor, money))) throw notFound('Settlement line');
      if (!(await this.partIn(actor, money))) throw SettlementErrors.notYourRole('adjust settlements');
      const provider = { id: orig.provider_id, regionCode: orig.provider_region_code };
      await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`settlement:${provider.id}:${month.month}`]);
      const [target] = await m.query(
        `SELECT status FROM settlement_statements WHERE provider_id = $1 AND month = $2 AND funding_source = $3`,
        [provider.id, month.firstDay, orig.funding_source],
      );
      const [{ later }] = await m.query(`SELECT $1::date > $2::date AS later`, [month.firstDay, orig.statement_month]);
      if (!['APPROVED', 'PAID'].includes(orig.statement_status) || !later || (target && !isOpen(target.status))) throw SettlementErrors.adjustmentTarget();
      const [adj] = await m.query(
        `INSERT INTO settlement_adjustments (provider_id, original_line_id, funding_source, month, amount_fen, reason, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [provider.id, orig.id, orig.funding_source, month.firstDay, input.amountFen, input.reason.trim(), actor.userId],
      );
      // The adjustment is a line of the month's statement at once (a DRAFT is rebuilt, or created).
      const statements = await this.generate(actor, provider.id, month.month);
      const line = (await this.linesFor(statements.map((st) => st.id))).flat().find((l) => l.adjustmentId === adj.id);
      if (!line) throw new Error('The adjustment line is missing after generation');
      return line;
    });
  }

  // ---------------------------------------------------------------- reads

  async getVisible(actor: Actor, id: string): Promise<StatementRecord | null> {
    if (!isUuid(id)) return null;
    const rows = await this.uow.manager.query(`SELECT ${STATEMENT_COLUMNS} FROM settlement_statements s WHERE s.id = $1`, [id]);
    const s = rows.length ? toStatement(rows[0]) : null;
    return s && (await this.canRead(actor, s)) ? s : null;
  }

  /** Statements the caller may see, filtered in SQL: staff their provider's, officers their region's, admins all. */
  async list(actor: Actor, filter: SettlementFilter | undefined | null, page: PageArgs): Promise<Connection<StatementRecord>> {
    const params = new SqlParams();
    const param = params.param;
    const where: string[] = [scopeSql(STATEMENT_VISIBILITY, actor, param)];
    if (filter?.providerId) where.push(`s.provider_id = ${param(isUuid(filter.providerId) ? filter.providerId : null)}`);
    if (filter?.regionCode) where.push(`s.provider_region_code LIKE ${param(regionPrefixPattern(filter.regionCode))}`);
    if (filter?.month) where.push(`s.month = ${param(this.requireMonth(filter.month, 'filter.month').firstDay)}`);
    if (filter?.status?.length) where.push(`s.status = ANY(${param(filter.status)})`);
    if (filter?.fundingSource) where.push(`s.funding_source = ${param(filter.fundingSource)}`);
    return pagedQuery<Record<string, any>, StatementRecord>(
      this.uow.manager,
      { select: STATEMENT_COLUMNS, from: 'settlement_statements s', where, orderBy: 's.month DESC, s.provider_id, s.funding_source', params, page },
      (rows) => rows.map(toStatement),
    );
  }

  /** Lines of many statements (DataLoader batch), in order. */
  async linesFor(statementIds: readonly string[]): Promise<LineRecord[][]> {
    const rows: Array<Record<string, any>> = await this.uow.manager.query(
      `SELECT ${LINE_COLUMNS} FROM settlement_lines l WHERE l.statement_id = ANY($1::uuid[]) ORDER BY l.statement_id, l.position`,
      [[...statementIds]],
    );
    const by = new Map<string, LineRecord[]>();
    for (const r of rows) by.set(r.statement_id, [...(by.get(r.statement_id) ?? []), toLine(r)]);
    return statementIds.map((id) => by.get(id) ?? []);
  }

  /** Workflow events of many statements (DataLoader batch), oldest first. */
  async eventsFor(statementIds: readonly string[]): Promise<EventRecord[][]> {
    const rows: Array<Record<string, any>> = await this.uow.manager.query(
      `SELECT id, statement_id, line_id, at, action, from_status, to_status, actor_id, actor_role, note
         FROM settlement_events WHERE statement_id = ANY($1::uuid[]) ORDER BY statement_id, id`,
      [[...statementIds]],
    );
    const by = new Map<string, EventRecord[]>();
    for (const r of rows) {
      by.set(r.statement_id, [
        ...(by.get(r.statement_id) ?? []),
        { id: String(r.id), statementId: r.statement_id, lineId: r.line_id, at: r.at, action: r.action, fromStatus: r.from_status, toStatus: r.to_status, actorId: r.actor_id, actorRole: r.actor_role, note: r.note },
      ]);
    }
    return statementIds.map((id) => by.get(id) ?? []);
  }

  /**
   * Ledger totals of a region over a range of months, by funding source, provider and month, from the immutable
   * entries; with the sum of the approved and paid statements of the same range, which it always equals.
   */
  async ledger(actor: Actor, regionCode: string, from: string, to: string): Promise<Ledger> {
    if (!/^\d{2,12}$/.test(regionCode)) throw badInput('regionCode is 2 to 12 digits', [{ path: 'regionCode', message: '2 to 12 digits' }]);
    const range = monthRange(from, to);
    if (!range) throw badInput('from and to are months "YYYY-MM", from not after to', [{ path: 'from', message: 'YYYY-MM, not after to' }], 'MONTH_INVALID');
    if (!actsOnRegion(actor, regionCode)) throw forbidden('The region is outside your scope');
    const pattern = regionPrefixPattern(regionCode);
    const rows: Array<{ funding_source: string; provider_id: string; month: string; total: string }> = await this.uow.manager.query(
      `SELECT funding_source, provider_id, to_char(month, 'YYYY-MM') AS month, sum(amount_fen) AS total
         FROM settlement_ledger_entries WHERE provider_region_code LIKE $1 AND month BETWEEN $2 AND $3
        GROUP BY funding_source, provider_id, month ORDER BY month, funding_source, provider_id`,
      [pattern, range.from.firstDay, range.to.firstDay],
    );
    const [statements] = await this.uow.manager.query(
      `SELECT COALESCE(sum(total_fen), 0) AS total FROM settlement_statements
        WHERE provider_region_code LIKE $1 AND month BETWEEN $2 AND $3 AND status IN ('APPROVED','PAID')`,
      [pattern, range.from.firstDay, range.to.firstDay],
    );
    const ledgerRows = rows.map((r) => ({ fundingSource: r.funding_source, providerId: r.provider_id, month: r.month, totalFen: Number(r.total) }));
    return {
      regionCode,
      from,
      to,
      totalFen: ledgerRows.reduce((a, r) => a + r.totalFen, 0),
      approvedStatementsTotalFen: Number(statements.total),
      rows: ledgerRows,
    };
  }

  /** Recomputes a provider's evidence chain for a month: its staff, officers in scope, admins. */
  async verifyEvidence(actor: Actor, providerId: string, monthText: string): Promise<ChainCheck> {
    const month = this.requireMonth(monthText);
    const provider = await this.requireProvider(providerId, (p) => this.canRead(actor, moneyOf(p)));
    return this.evidence.verify(provider.id, month);
  }
}
