import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { Actor } from '../../core/auth/actor.js';
import { actsOnRegion } from '../../core/access/region-scope.js';
import { Role } from '../../core/domain/enums.js';
import { badInput, notFound } from '../../core/errors/domain-error.js';
import { ELDER_COLUMNS, PROVIDER_COLUMNS } from '../import/import-columns.policy.js';
import { ImportFileKind } from '../import/import-job.model.js';
import { CapacityService } from '../capacity/capacity.service.js';
import { ElderService } from '../elder/elder.service.js';
import { HomeCareOrderReads } from '../home-care/home-care-order-reads.service.js';
import { ProviderService } from '../provider/provider.service.js';
import { RegionService } from '../region/region.service.js';
import type { RegionStatistics } from '../statistics/statistics.model.js';
import { monthWindow, type MonthWindow } from '../statistics/statistics.policy.js';
import { StatisticsService } from '../statistics/statistics.service.js';
import { ExportLinkSigner, type ExportClaims } from './export-link.js';
import { label } from './report-labels.js';
import { ExportFormat, ReportKind, type ExportFile } from './report.model.js';
import type { Cell, Sheet } from './sheet.writer.js';

const TEMPLATE = 'TEMPLATE_';
/** Rows read per query while a file is written: memory stays flat however large the region. */
const PAGE = 2000;

const TITLES: Record<string, { zh: string; en: string }> = {
  STATISTICS: { zh: '统计报表', en: 'statistics' },
  PROVIDERS: { zh: '机构名录', en: 'providers' },
  ELDERS: { zh: '老年人名册', en: 'elders' },
  HOME_CARE_ORDERS: { zh: '居家上门服务记录', en: 'home-care-orders' },
  CAPACITY_HISTORY: { zh: '床位变动记录', en: 'capacity-history' },
  TEMPLATE_PROVIDERS: { zh: '机构导入模板', en: 'provider-template' },
  TEMPLATE_ELDERS: { zh: '老年人导入模板', en: 'elder-template' },
};

export const CONTENT_TYPES: Record<string, string> = {
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  CSV: 'text/csv; charset=utf-8',
};

/** A file being served: its names, type and sheet. */
export interface RenderedReport {
  fileName: string;
  asciiFileName: string;
  format: ExportFormat;
  sheet: Sheet;
}

/**
 * An ID number in a file: that one is on record, none of its characters. Beside the birth date, gender and region a
 * report shows, even the last 4 would give the number away (the elder module shows them to guardians only).
 */
const hiddenIdNumber = (stored: string | null) => (stored ? '*'.repeat(stored.length) : null);
const yuan = (fen: number | null) => (fen == null ? null : Math.round(fen) / 100);
const chinaTime = (at: Date | null) =>
  at ? new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ') : null;
const chinaDate = (at: Date) => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * Exports for officers: statistics with the child breakdown, providers, elders (ID numbers masked), home-care visits
 * and capacity history of a region, and the import templates. `exportReport` checks the rights and signs a
 * short-lived link bound to the account; the download checks the link, the caller and the rights again (the account's
 * current role and scope, read from the database) and writes the file as the rows are read.
 */
@Injectable()
export class ReportService {
  private readonly signer: ExportLinkSigner;

  constructor(
    private readonly regions: RegionService,
    private readonly statistics: StatisticsService,
    private readonly providers: ProviderService,
    private readonly capacity: CapacityService,
    private readonly elders: ElderService,
    private readonly homeCare: HomeCareOrderReads,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.signer = new ExportLinkSigner(config.JWT_SECRET!);
  }

  /** `exportReport`: the same rights as reading the figures of the region; a link to the file. */
  async link(actor: Actor, kind: ReportKind, regionCode: string, from: string | null | undefined, to: string | null | undefined, format: ExportFormat): Promise<ExportFile> {
    const window = await this.authorize(actor, kind, regionCode, from ?? null, to ?? null);
    const name = await this.regions.nameOf(regionCode);
    const suffix = kind === ReportKind.STATISTICS || kind === ReportKind.PROVIDERS || kind === ReportKind.ELDERS ? chinaDate(new Date()) : `${window.months[0]}_${window.months.at(-1)}`;
    return this.signed(actor, { kind, regionCode, from: from ?? null, to: to ?? null, format }, `${name}_${TITLES[kind].zh}_${suffix}`);
  }

  /** `importTemplate`: the empty template of an import, with notes on what each column takes. */
  templateLink(actor: Actor, kind: ImportFileKind): Promise<ExportFile> {
    return Promise.resolve(this.signed(actor, { kind: `${TEMPLATE}${kind}`, regionCode: '', from: null, to: null, format: ExportFormat.XLSX }, TITLES[`${TEMPLATE}${kind}`].zh));
  }

  private signed(actor: Actor, what: Omit<ExportClaims, 'userId' | 'exp'>, baseName: string): ExportFile {
    const exp = Math.floor(Date.now() / 1000) + this.config.EXPORT_LINK_TTL_SECONDS;
    const token = this.signer.sign({ ...what, userId: actor.userId, exp });
    return { url: `/exports?token=${token}`, fileName: `${baseName}.${what.format.toLowerCase()}`, expiresAt: new Date(exp * 1000) };
  }

  /** The claims of a valid link for this caller, or null (wrong, expired, or another account's). */
  claimsFor(token: string, caller: Actor): ExportClaims | null {
    const claims = this.signer.verify(token);
    return claims && claims.userId === caller.userId ? claims : null;
  }

  /** Refuses what the actor may not export (NOT_FOUND for a region outside the scope); the window of the period. */
  private async authorize(actor: Actor, kind: string, regionCode: string, from: string | null, to: string | null): Promise<MonthWindow> {
    if (actor.role !== Role.CIVIL_AFFAIRS && actor.role !== Role.ADMIN) throw notFound('Region');
    if (!/^\d{0,12}$/.test(regionCode)) throw badInput('regionCode must be up to 12 digits', [{ path: 'regionCode', message: 'a region-code prefix of digits' }]);
    const { window, problems } = monthWindow(from, to, new Date());
    if (problems.length) throw badInput('Invalid period', problems);
    await this.regions.requirePrefix(regionCode, 'regionCode', true);
    if (!actsOnRegion(actor, regionCode.padEnd(12, '0'))) throw notFound('Region');
    if (!Object.values(ReportKind).includes(kind as ReportKind)) throw badInput('Unknown report kind', [{ path: 'kind', message: 'unknown report kind' }]);
    return window!;
  }

  /** The file of a link, for the account as it is now (its rights are checked again). */
  async render(actor: Actor, claims: ExportClaims): Promise<RenderedReport> {
    const format = claims.format as ExportFormat;
    const names = (base: string, ascii: string) => ({ fileName: `${base}.${format.toLowerCase()}`, asciiFileName: `${ascii}.${format.toLowerCase()}` });
    if (claims.kind.startsWith(TEMPLATE)) {
      if (actor.role !== Role.CIVIL_AFFAIRS && actor.role !== Role.ADMIN) throw notFound('Export');
      const columns = claims.kind === `${TEMPLATE}${ImportFileKind.PROVIDERS}` ? PROVIDER_COLUMNS : ELDER_COLUMNS;
      const title = TITLES[claims.kind];
      return {
        ...names(title.zh, title.en),
        format,
        sheet: {
          name: title.zh,
          headers: columns.map((c) => c.header),
          notes: columns.map((c) => `${c.key}${c.required ? '（必填）' : ''}${c.hint ? `：${c.hint}` : ''}`),
          rows: (async function* () {})(),
        },
      };
    }
    const window = await this.authorize(actor, claims.kind, claims.regionCode, claims.from, claims.to);
    const kind = claims.kind as ReportKind;
    const regionName = await this.regions.nameOf(claims.regionCode);
    const title = TITLES[kind];
    const suffix = kind === ReportKind.STATISTICS || kind === ReportKind.PROVIDERS || kind === ReportKind.ELDERS ? chinaDate(new Date()) : `${window.months[0]}_${window.months.at(-1)}`;
    const base = names(`${regionName}_${title.zh}_${suffix}`, `${title.en}-${claims.regionCode || 'all'}-${suffix}`);
    const sheet = await this.sheet(actor, kind, claims.regionCode, window, claims);
    return { ...base, format, sheet };
  }

  private async sheet(actor: Actor, kind: ReportKind, regionCode: string, window: MonthWindow, claims: ExportClaims): Promise<Sheet> {
    const dates = { fromDate: window.fromDate, untilDate: window.untilDate };
    switch (kind) {
      case ReportKind.STATISTICS:
        return this.statisticsSheet(actor, regionCode, claims);
      case ReportKind.PROVIDERS:
        return {
          name: TITLES.PROVIDERS.zh,
          headers: ['行政区划代码', '行政区划名称', '机构名称', '统一社会信用代码', '机构类型', '性质', '地址', '电话', '星级', '自理床位', '自理床位已用',
            '护理型床位', '护理型床位已用', '失智床位', '失智床位已用', '服务半径公里', '失智照护'],
          rows: this.paged(
            (after) => this.providers.exportPage(regionCode, after, PAGE),
            (p) => [p.regionCode, p.id],
            ['', ''],
            async (page) => {
              const [names, counts] = await Promise.all([this.regions.namesOf(page.map((p) => p.regionCode)), this.capacity.storedCountsOf(page.map((p) => p.id))]);
              return page.map((p) => {
                const bed = (c: string, field: 'total' | 'occupied') => counts.get(p.id)?.get(c)?.[field] ?? null;
                return [p.regionCode, names.get(p.regionCode) ?? '', p.name, p.creditCode, label('kind', p.kind), label('ownership', p.ownership), p.address, p.phone, p.stars,
                  bed('SELF_CARE', 'total'), bed('SELF_CARE', 'occupied'), bed('NURSING', 'total'), bed('NURSING', 'occupied'), bed('DEMENTIA', 'total'),
                  bed('DEMENTIA', 'occupied'), p.serviceRadiusKm, p.dementiaCare ? '是' : '否'];
              });
            },
          ),
        };
      case ReportKind.ELDERS:
        return {
          name: TITLES.ELDERS.zh,
          headers: ['行政区划代码', '行政区划名称', '姓名', '性别', '出生日期', '身份证号（脱敏）', '能力等级', '类别（已核实）'],
          rows: this.paged(
            (after) => this.elders.exportPage(regionCode, after, PAGE),
            (e) => [e.regionCode, e.id],
            ['', ''],
            async (page) => {
              const names = await this.regions.namesOf(page.map((e) => e.regionCode));
              return page.map((e) => [e.regionCode, names.get(e.regionCode) ?? '', e.fullName, label('gender', e.gender), e.birthDate, hiddenIdNumber(e.idNumberMasked),
                label('careLevel', e.careLevel), e.verifiedCategories.map((c) => label('category', c)).join('、')]);
            },
          ),
        };
      case ReportKind.HOME_CARE_ORDERS:
        return {
          name: TITLES.HOME_CARE_ORDERS.zh,
          headers: ['服务开始', '服务结束', '服务项目', '状态', '机构名称', '统一社会信用代码', '老人姓名', '身份证号（脱敏）', '行政区划代码', '行政区划名称', '价格（元）', '补贴（元）', '自付（元）'],
          rows: this.paged(
            (after) => this.homeCare.exportPage(regionCode, dates, after, PAGE),
            (o) => o.key,
            ['-infinity', ''],
            async (page) => {
              const [names, providers, elders] = await Promise.all([
                this.regions.namesOf(page.map((o) => o.elderRegionCode)),
                this.providers.findByIds([...new Set(page.map((o) => o.providerId))]),
                this.elders.findByIds([...new Set(page.map((o) => o.elderId))]),
              ]);
              const provider = new Map(providers.map((p) => [p.id, p]));
              const elder = new Map(elders.map((e) => [e.id, e]));
              return page.map((o) => [chinaTime(o.startsAt), chinaTime(o.endsAt), label('service', o.service), label('orderStatus', o.status),
                provider.get(o.providerId)?.name ?? null, provider.get(o.providerId)?.creditCode ?? null, elder.get(o.elderId)?.fullName ?? null,
                hiddenIdNumber(elder.get(o.elderId)?.idNumberMasked ?? null), o.elderRegionCode, names.get(o.elderRegionCode) ?? '', yuan(o.priceFen),
                yuan(o.subsidyFen), yuan(o.copayFen)]);
            },
          ),
        };
      case ReportKind.CAPACITY_HISTORY:
        return {
          name: TITLES.CAPACITY_HISTORY.zh,
          headers: ['变更时间', '机构名称', '统一社会信用代码', '行政区划代码', '行政区划名称', '床位类别', '变更前总数', '变更前已用', '变更后总数', '变更后已用', '来源'],
          rows: this.paged(
            (after) => this.capacity.historyExportPage(regionCode, dates, after, PAGE),
            (h) => h.key,
            ['-infinity', '0'],
            async (page) => {
              const [names, providers] = await Promise.all([
                this.regions.namesOf(page.map((h) => h.regionCode)),
                this.providers.findByIds([...new Set(page.map((h) => h.providerId))]),
              ]);
              const provider = new Map(providers.map((p) => [p.id, p]));
              return page.map((h) => [chinaTime(h.changedAt), provider.get(h.providerId)?.name ?? null, provider.get(h.providerId)?.creditCode ?? null, h.regionCode,
                names.get(h.regionCode) ?? '', label('bed', h.category), h.totalBefore, h.occupiedBefore, h.totalAfter, h.occupiedAfter, label('source', h.source)]);
            },
          ),
        };
    }
  }

  /**
   * Rows by keyset pages of PAGE from an owner's export page (`fetch(after)`, after the key of the last row of the page
   * before, `start` for the first); `toRows` turns a page into cells (region names and other owners' facts in bulk).
   */
  private async *paged<T>(
    fetch: (after: [string, string]) => Promise<T[]>,
    keyOf: (row: T) => [string, string],
    start: [string, string],
    toRows: (page: T[]) => Promise<Cell[][]>,
  ): AsyncGenerator<Cell[]> {
    let after: [string, string] = start;
    for (;;) {
      const page = await fetch(after);
      if (!page.length) return;
      yield* await toRows(page);
      if (page.length < PAGE) return;
      after = keyOf(page[page.length - 1]);
    }
  }

  private async statisticsSheet(actor: Actor, regionCode: string, claims: ExportClaims): Promise<Sheet> {
    const parent = await this.statistics.forRegion(actor, regionCode, claims.from, claims.to);
    const children = await this.statistics.children(parent);
    const line = (s: RegionStatistics, level: string): Cell[] => {
      const kind = (k: string) => s.providersByKind.find((x) => x.kind === k)?.count ?? 0;
      const beds = s.beds.reduce((a, b) => a + b.total, 0);
      const level4 = (l: string) => s.eldersByCareLevel.find((x) => x.level === l)?.count ?? 0;
      return [level, s.regionCode, s.name, kind('NURSING_HOME'), kind('DAY_CARE_CENTRE'), kind('RURAL_HAPPINESS_HOME'), kind('HOME_CARE_AGENCY'), beds,
        s.beds.find((b) => b.category === 'NURSING')?.total ?? 0, s.beds.reduce((a, b) => a + b.occupied, 0), s.nursingBedShare, s.occupancyRate, s.homeBeds,
        s.elders, level4('SEVERE'), level4('TOTAL'), s.eldersNotAssessed, s.extremePoverty.total, s.extremePoverty.dependentCentralized,
        s.extremePoverty.dependentCentralizedRate, s.homeCareOrders.total, s.homeCareOrders.completed, s.homeCareOrders.cancelled, s.homeCareOrders.noShow];
    };
    return {
      name: TITLES.STATISTICS.zh,
      headers: ['层级', '区划代码', '区划名称', '养老院', '日间照料中心', '农村幸福院', '居家养老服务中心', '床位总数', '护理型床位', '已用床位', '护理型床位占比', '入住率',
        '家庭养老床位', '老年人数', '重度失能', '完全失能', '未评估', '特困人员', '生活不能自理特困人员集中供养', '集中供养率', '上门服务', '已完成', '已取消', '未到场'],
      rows: (async function* () {
        yield line(parent, '合计');
        for (const child of children) yield line(child, child.unassigned ? '未分到下级' : '下级');
      })(),
    };
  }
}
