import { BedCategory, ElderCategory, Ownership, ProviderKind } from '../../core/domain/enums.js';

/**
 * The published templates (Chinese headers, or the English field names) and how a cell's text becomes an API value.
 * Pure: the import service validates the result with the API's own input classes and the services' rules.
 */

export interface CellProblem {
  /** The column's header as the template names it (Chinese); null for a problem of the whole row. */
  column: string | null;
  message: string;
}

export interface ColumnSpec {
  key: string;
  header: string;
  required: boolean;
  /** Text → value; throws a message string when the text cannot mean a value. Empty cells never reach it. */
  parse: (text: string) => unknown;
  /** What an officer may write, shown in the template's notes row. */
  hint: string;
}

const fail = (message: string): never => {
  throw new Error(message);
};

const text = (max: number) => (t: string) => (t.length > max ? fail(`at most ${max} characters`) : t);

const number = (t: string) => {
  const n = Number(t.replace(/,/g, ''));
  return Number.isFinite(n) && t !== '' ? n : fail('must be a number');
};

const count = (t: string) => {
  const n = number(t);
  return Number.isInteger(n) && n >= 0 ? n : fail('must be a whole number, 0 or more');
};

const YES = new Set(['是', 'Y', 'YES', 'TRUE', '1']);
const NO = new Set(['否', 'N', 'NO', 'FALSE', '0']);
const yesNo = (t: string) => (YES.has(t.toUpperCase()) ? true : NO.has(t.toUpperCase()) ? false : fail('must be 是 or 否'));

/** A fixed list: Chinese labels or the enum names. */
const oneOf = <T extends string>(labels: Record<string, T>, values: readonly T[]) => (t: string): T => {
  const upper = t.toUpperCase();
  if ((values as readonly string[]).includes(upper)) return upper as T;
  return labels[t] ?? fail(`must be one of ${[...new Set([...Object.keys(labels)])].join(', ')} (or ${values.join(', ')})`);
};

export const PROVIDER_KIND_LABELS: Record<string, ProviderKind> = {
  养老院: ProviderKind.NURSING_HOME,
  敬老院: ProviderKind.NURSING_HOME,
  养老机构: ProviderKind.NURSING_HOME,
  日间照料中心: ProviderKind.DAY_CARE_CENTRE,
  农村幸福院: ProviderKind.RURAL_HAPPINESS_HOME,
  居家养老服务中心: ProviderKind.HOME_CARE_AGENCY,
};

export const OWNERSHIP_LABELS: Record<string, Ownership> = {
  公办: Ownership.PUBLIC,
  公建民营: Ownership.PUBLIC_BUILT_PRIVATE_RUN,
  民办: Ownership.PRIVATE,
};

export const ELDER_CATEGORY_LABELS: Record<string, ElderCategory> = {
  特困人员: ElderCategory.EXTREME_POVERTY,
  特困: ElderCategory.EXTREME_POVERTY,
  低保: ElderCategory.SUBSISTENCE_ALLOWANCE,
  低收入: ElderCategory.LOW_INCOME,
  高龄: ElderCategory.ADVANCED_AGE,
  独居: ElderCategory.LIVING_ALONE,
  空巢: ElderCategory.EMPTY_NEST,
  留守: ElderCategory.LEFT_BEHIND,
  失能: ElderCategory.DISABLED,
};

const GENDER_LABELS: Record<string, string> = { 男: 'MALE', 女: 'FEMALE' };

/** Excel may hold a date as YYYY-MM-DD, YYYY/M/D or YYYYMMDD; the API takes YYYY-MM-DD. */
const date = (t: string) => {
  const m = /^(\d{4})[-/.年]?(\d{1,2})[-/.月]?(\d{1,2})日?$/.exec(t);
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : fail('must be a date such as 1945-03-01');
};

const categories = (t: string) => {
  const parse = oneOf(ELDER_CATEGORY_LABELS, Object.values(ElderCategory));
  return [...new Set(t.split(/[,，、;；\s]+/).filter(Boolean).map(parse))];
};

export const PROVIDER_COLUMNS: readonly ColumnSpec[] = [
  { key: 'name', header: '机构名称', required: true, parse: text(200), hint: '全称' },
  { key: 'kind', header: '机构类型', required: true, parse: oneOf(PROVIDER_KIND_LABELS, Object.values(ProviderKind)), hint: '养老院/敬老院、日间照料中心、农村幸福院、居家养老服务中心' },
  { key: 'creditCode', header: '统一社会信用代码', required: true, parse: (t) => t.toUpperCase(), hint: '18位，含校验码' },
  { key: 'ownership', header: '性质', required: true, parse: oneOf(OWNERSHIP_LABELS, Object.values(Ownership)), hint: '公办、公建民营、民办' },
  { key: 'regionCode', header: '行政区划代码', required: true, parse: text(12), hint: '县级6位或乡镇/街道9位' },
  { key: 'address', header: '地址', required: true, parse: text(300), hint: '' },
  { key: 'latitude', header: '纬度', required: true, parse: number, hint: '如 35.41' },
  { key: 'longitude', header: '经度', required: true, parse: number, hint: '如 116.58' },
  { key: 'phone', header: '电话', required: false, parse: text(20), hint: '' },
  { key: 'serviceRadiusKm', header: '服务半径公里', required: false, parse: number, hint: '居家服务覆盖半径' },
  { key: 'dementiaCare', header: '失智照护', required: false, parse: yesNo, hint: '是/否' },
  { key: 'selfCareBeds', header: '自理床位', required: false, parse: count, hint: '张' },
  { key: 'selfCareOccupied', header: '自理床位已用', required: false, parse: count, hint: '张' },
  { key: 'nursingBeds', header: '护理型床位', required: false, parse: count, hint: '张' },
  { key: 'nursingOccupied', header: '护理型床位已用', required: false, parse: count, hint: '张' },
  { key: 'dementiaBeds', header: '失智床位', required: false, parse: count, hint: '张' },
  { key: 'dementiaOccupied', header: '失智床位已用', required: false, parse: count, hint: '张' },
];

export const ELDER_COLUMNS: readonly ColumnSpec[] = [
  { key: 'fullName', header: '姓名', required: true, parse: text(100), hint: '' },
  { key: 'gender', header: '性别', required: true, parse: oneOf(GENDER_LABELS, ['MALE', 'FEMALE']), hint: '男/女' },
  { key: 'birthDate', header: '出生日期', required: true, parse: date, hint: '如 1945-03-01' },
  { key: 'idNumber', header: '身份证号', required: true, parse: (t) => t.toUpperCase(), hint: '18位，请设为文本格式' },
  { key: 'regionCode', header: '行政区划代码', required: true, parse: text(12), hint: '县级6位或乡镇/街道9位' },
  { key: 'address', header: '地址', required: true, parse: text(300), hint: '' },
  { key: 'latitude', header: '纬度', required: true, parse: number, hint: '' },
  { key: 'longitude', header: '经度', required: true, parse: number, hint: '' },
  { key: 'phone', header: '电话', required: false, parse: text(20), hint: '' },
  { key: 'categories', header: '类别', required: false, parse: categories, hint: '特困人员、低保、低收入、独居、空巢、留守、失能，逗号分隔' },
  { key: 'guardianPhone', header: '监护人手机号', required: false, parse: text(20), hint: '已注册的家属账号' },
];

/** Where each template column sits in the file's header row. */
export interface HeaderMap {
  index: Map<string, number>;
  problems: CellProblem[];
}

/** Reads the header row: Chinese headers or English field names, in any order; required columns must be there. */
export function mapHeader(columns: readonly ColumnSpec[], headerCells: readonly string[]): HeaderMap {
  const index = new Map<string, number>();
  headerCells.forEach((cell, i) => {
    const name = cell.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
    const spec = columns.find((c) => c.header === name || c.key.toLowerCase() === name.toLowerCase() || name === `${c.header}(${c.key})`);
    if (spec && !index.has(spec.key)) index.set(spec.key, i);
  });
  const problems = columns.filter((c) => c.required && !index.has(c.key)).map((c) => ({ column: c.header, message: 'column missing from the header row' }));
  return { index, problems };
}

/** The row's values by field, and each cell that could not be read. Empty optional cells are left out. */
export function readRow(columns: readonly ColumnSpec[], header: HeaderMap, cells: readonly string[]): { values: Record<string, unknown>; problems: CellProblem[] } {
  const values: Record<string, unknown> = {};
  const problems: CellProblem[] = [];
  for (const spec of columns) {
    const i = header.index.get(spec.key);
    const raw = i === undefined ? '' : (cells[i] ?? '').trim();
    if (raw === '') {
      if (spec.required) problems.push({ column: spec.header, message: 'required' });
      continue;
    }
    try {
      values[spec.key] = spec.parse(raw);
    } catch (error) {
      problems.push({ column: spec.header, message: (error as Error).message });
    }
  }
  return { values, problems };
}

/** The bed counts a provider row gives, by category; a category whose both cells are empty is left as it is. */
export function bedCountsOf(values: Record<string, unknown>): Array<{ category: BedCategory; total: number; occupied: number; column: string }> {
  const pairs: Array<[BedCategory, string, string, string]> = [
    [BedCategory.SELF_CARE, 'selfCareBeds', 'selfCareOccupied', '自理床位已用'],
    [BedCategory.NURSING, 'nursingBeds', 'nursingOccupied', '护理型床位已用'],
    [BedCategory.DEMENTIA, 'dementiaBeds', 'dementiaOccupied', '失智床位已用'],
  ];
  return pairs
    .filter(([, t, o]) => values[t] !== undefined || values[o] !== undefined)
    .map(([category, t, o, column]) => ({ category, total: (values[t] as number) ?? 0, occupied: (values[o] as number) ?? 0, column }));
}

/** The template column a validation path of the API's input refers to (`location.latitude` → 纬度). */
export function columnForPath(columns: readonly ColumnSpec[], path: string): string {
  const last = path.replace(/^input\./, '').split('.').pop()!.replace(/\[\d+\]$/, '');
  return columns.find((c) => c.key === last)?.header ?? last;
}
