import { Injectable } from '@nestjs/common';
import type { Actor } from '../../core/auth/actor.js';
import { notFound } from '../../core/errors/domain-error.js';
import { FamilyStatementService } from './family-statement.service.js';
import { ExportFormat, fenToYuan, renderTable, type RenderedFile } from './settlement-export.js';
import { lineBasis } from './settlement.mapper.js';
import { SettlementService } from './settlement.service.js';

const LINE_KIND_ZH: Record<string, string> = {
  HOME_CARE_VISIT: '居家上门服务',
  INSTITUTIONAL_SUPPORT: '特困集中供养',
  STAR_SUBSIDY: '星级运营补贴',
  HOME_BED: '家庭养老床位',
  ADJUSTMENT: '调整',
};
const LINE_STATUS_ZH: Record<string, string> = { INCLUDED: '计入', HELD: '暂扣', REJECTED: '不予支付' };
const HOLD_ZH: Record<string, string> = {
  CHECK_IN_FLAGGED: '签到超出范围',
  CHECK_OUT_FLAGGED: '签退超出范围',
  CHECK_MISSING: '缺少签到或签退',
  SHORT_VISIT: '服务时长不足',
  IMPOSSIBLE_TRAVEL: '行程不可能',
  OVERLAPPING_VISITS: '服务时间重叠',
  CHECKED_OUT_BEFORE_START: '开始前签退',
};
const ELDER_LINE_ZH: Record<string, string> = { VISIT_COPAY: '上门服务自付', BED_FEE: '床位费', PAYMENT: '缴费' };
const iso = (v: unknown) => (v ? new Date(String(v)).toISOString() : '');

/** The statements, the family statement and the ledger as XLSX or CSV files with Chinese headers. */
@Injectable()
export class SettlementExportService {
  constructor(
    private readonly settlements: SettlementService,
    private readonly families: FamilyStatementService,
  ) {}

  async statement(actor: Actor, id: string, format: ExportFormat): Promise<RenderedFile> {
    const s = await this.settlements.getVisible(actor, id);
    if (!s) throw notFound('Settlement statement');
    const [lines] = await this.settlements.linesFor([s.id]);
    const rows = lines.map((l, i) => [
      i + 1,
      LINE_KIND_ZH[l.kind] ?? l.kind,
      LINE_STATUS_ZH[l.status] ?? l.status,
      l.holdReasons.map((r) => HOLD_ZH[r] ?? r).join('、'),
      fenToYuan(l.amountFen),
      l.amountFen,
      l.orderId,
      iso(l.details.bookedStartsAt),
      iso(l.details.bookedEndsAt),
      iso(l.details.checkedInAt),
      iso(l.details.checkedOutAt),
      l.details.actualMinutes == null ? '' : Math.round(l.details.actualMinutes),
      l.details.checkInDistanceMeters == null ? '' : Math.round(l.details.checkInDistanceMeters),
      l.details.checkOutDistanceMeters == null ? '' : Math.round(l.details.checkOutDistanceMeters),
      typeof l.details.days === 'number' ? l.details.days : '',
      l.decisionNote ?? '',
      lineBasis(l),
    ]);
    rows.push(['合计', '', '', '', fenToYuan(s.totalFen), s.totalFen, '', '', '', '', '', '', '', '', '', '', `${s.status} ${s.fundingSource}`]);
    return renderTable(format, `结算单-${s.month}-${s.fundingSource}-${s.id.slice(0, 8)}`, `结算单 ${s.month}`, [
      { header: '序号' }, { header: '类型' }, { header: '状态' }, { header: '暂扣原因', width: 24 }, { header: '金额（元）' }, { header: '金额（分）' },
      { header: '服务工单', width: 38 }, { header: '预约开始', width: 26 }, { header: '预约结束', width: 26 }, { header: '签到时间', width: 26 },
      { header: '签退时间', width: 26 }, { header: '实际时长（分钟）' }, { header: '签到距离（米）' }, { header: '签退距离（米）' }, { header: '天数' },
      { header: '审核意见', width: 24 }, { header: '计算依据', width: 60 },
    ], rows);
  }

  async elderStatement(actor: Actor, elderId: string, month: string, format: ExportFormat, providerId?: string | null): Promise<RenderedFile> {
    const st = await this.families.statement(actor, elderId, month, providerId);
    const rows: Array<Array<string | number | null>> = st.lines.map((l) => [
      l.at.toISOString(), ELDER_LINE_ZH[l.kind] ?? l.kind, l.description, l.days ?? '', fenToYuan(l.amountFen), l.amountFen, l.providerId,
    ]);
    rows.push(['', '自付合计', '', '', fenToYuan(st.copayFen), st.copayFen, '']);
    rows.push(['', '床位费合计', '', '', fenToYuan(st.bedFeesFen), st.bedFeesFen, '']);
    rows.push(['', '已缴合计', '', '', fenToYuan(st.paymentsFen), st.paymentsFen, '']);
    rows.push(['', '应缴余额', '', '', fenToYuan(st.balanceFen), st.balanceFen, '']);
    return renderTable(format, `家庭账单-${st.month}-${elderId.slice(0, 8)}`, `家庭账单 ${st.month}`, [
      { header: '时间', width: 26 }, { header: '项目' }, { header: '说明', width: 50 }, { header: '天数' }, { header: '金额（元）' }, { header: '金额（分）' },
      { header: '服务机构', width: 38 },
    ], rows);
  }

  async ledger(actor: Actor, regionCode: string, from: string, to: string, format: ExportFormat): Promise<RenderedFile> {
    const l = await this.settlements.ledger(actor, regionCode, from, to);
    const rows: Array<Array<string | number | null>> = l.rows.map((r) => [r.month, r.fundingSource, r.providerId, fenToYuan(r.totalFen), r.totalFen]);
    rows.push(['合计', '', '', fenToYuan(l.totalFen), l.totalFen]);
    return renderTable(format, `结算台账-${regionCode}-${from}-${to}`, `结算台账 ${from}~${to}`, [
      { header: '月份' }, { header: '资金来源' }, { header: '服务机构', width: 38 }, { header: '金额（元）' }, { header: '金额（分）' },
    ], rows);
  }
}
