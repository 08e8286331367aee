import type { CombinedError } from '@urql/core';

/** One offending input field as the API names it: `input.location.latitude`, `services[2].priceFen`. */
export interface FieldProblem {
  path: string;
  message: string;
}

/** What the console needs from a failed operation: the API's code, business reason and field problems. */
export interface ApiProblem {
  code: string;
  reason?: string;
  message: string;
  fields: FieldProblem[];
}

/** Business refusals (`extensions.reason`) in words a family or an officer understands. */
export const REASON_TEXT: Record<string, string> = {
  NO_BED_AVAILABLE: '该类床位已满，可以加入候床名单。',
  SLOT_UNAVAILABLE: '该时段已没有空闲的护理员，或老人在该时段已有预约，请换一个时段。',
  CAREGIVER_UNAVAILABLE: '该护理员在这个时段已有其他上门服务。',
  STALE_VERSION: '数据已被其他人修改：已为您载入最新数据，请核对后再保存。',
  IDEMPOTENCY_KEY_REUSED: '这次提交与之前的一次提交冲突，请刷新页面后重试。',
  INVALID_TRANSITION: '当前状态不允许这个操作（可能已被他人处理），请刷新后查看。',
  OUTSIDE_SERVICE_AREA: '老人住址不在该机构的服务范围内。',
  SERVICE_NOT_OFFERED: '该机构不提供这项服务。',
  CAPACITY_INVALID: '床位数不正确：已入住数不能大于总床位数，且不能为负数。',
  ASSESSMENT_INVALID: '评估项数量或分值超出范围。',
  ID_NUMBER_INVALID: '身份证号不正确，请核对后重新填写。',
  ID_NUMBER_BIRTH_DATE_MISMATCH: '身份证号中的出生日期与填写的出生日期不一致。',
  DUPLICATE_ELDER: '这位老人已经登记过了（同一身份证号）。',
  PHONE_TAKEN: '这个手机号已经注册过，请直接登录。',
  ACTIVE_RESERVATION_EXISTS: '这位老人已有一个有效的床位预约。',
  ALREADY_REVIEWED: '这次服务已经评价过了。',
  CAREGIVER_NOT_QUALIFIED: '该护理员没有这项服务的资质。',
  DURATION_OUT_OF_BOUNDS: '服务时长超出允许范围。',
  START_IN_PAST: '上门时间不能早于现在，且须提前预约。',
  TOO_EARLY: '还没到签到时间（可在开始前一段时间内签到）。',
  TOO_LATE: '已超过签到时间。',
  OUTSIDE_CHECK_IN_WINDOW: '不在签到时间范围内。',
  NO_SHOW_TOO_EARLY: '还没到可以标记未上门的时间。',
  RATING_IN_PROGRESS: '该机构已有一个进行中的星级评定。',
  RATING_RUBRIC_MISSING: '该类机构还没有评定标准。',
  UNKNOWN_ITEM: '评分项目不存在。',
  DUPLICATE_ITEM: '同一评分项目填写了两次。',
  LAST_GUARDIAN: '不能移除最后一位监护人。',
  GUARDIAN_ACCOUNT_NOT_FOUND: '没有找到这个手机号的家属账号。',
  ROLE_NOT_ALLOWED: '您的角色不能进行这个操作。',
  REQUIRED_TASK_OPEN: '还有必做的护理项目没有记录：请选“已完成”，或选“未做”并写明原因。',
  SKIP_REASON_MISSING: '没有做的护理项目需要写明原因。',
  UNKNOWN_TASK: '护理项目已变化，请刷新后重新记录。',
  DUPLICATE_TASK: '同一护理项目记录了两次。',
  NOT_RAISED: '这次求助已经有人响应了。',
  ALREADY_RESOLVED: '这次求助已经处理完毕。',
  NOT_ON_YOURSELF: '不能对自己的账号进行这个操作。',
  WEAK_PASSWORD: '密码太简单：至少8位，不能是常见密码，也不能包含手机号。',
  SETTLEMENT_LINES_HELD: '还有待核实的明细，请先逐条核实（支付或不予支付）后再审核通过。',
  LINE_NOT_HELD: '这条明细不是待核实的明细，无需核实。',
  SETTLEMENT_IMMUTABLE: '已审核通过的结算单不能再修改，如需更正请添加调整。',
  ADJUSTMENT_NOT_ALLOWED: '只能调整已审核结算单的明细，并记入以后仍未审核的月份。',
  PAYMENT_REFERENCE_REUSED: '这个支付凭证号已用于另一笔拨付。',
  MONTH_INVALID: '月份不正确：格式为 YYYY-MM，且不能是还没开始的月份。',
  FILE_TOO_LARGE: '文件太大，请拆分后分别导入。',
  CREDIT_CODE_TAKEN: '这个统一社会信用代码已登记为另一家机构。',
  HOME_BED_EXISTS: '这位老人在该机构已有一张服务中的家庭养老床位。',
  HOME_BED_NOT_ALLOWED: '只有养老机构和居家养老服务机构可以设立家庭养老床位。',
};

/** Refusals whose API message names the thing (a task's title in quotes): the Chinese sentence names it too. */
const NAMED_REASON_TEXT: Record<string, (name: string) => string> = {
  REQUIRED_TASK_OPEN: (name) => `必做项目“${name}”还没有记录：请选“已完成”，或选“未做”并写明原因。`,
};

const CODE_TEXT: Record<string, string> = {
  UNAUTHENTICATED: '登录已失效，请重新登录。',
  FORBIDDEN: '您没有权限进行这个操作。',
  NOT_FOUND: '没有找到该记录，或您无权查看。',
  BAD_USER_INPUT: '填写的内容有误，请按提示修改。',
  CONFLICT: '操作与当前数据冲突，请刷新后重试。',
  RATE_LIMITED: '操作太频繁，请稍后再试。',
  INTERNAL_SERVER_ERROR: '服务器出错了，请稍后再试。',
  NETWORK: '无法连接服务器，请检查网络后重试。',
  WRONG_PASSWORD: '手机号或密码不正确。',
};

/** The first GraphQL error of a failed operation (or the network failure) as an ApiProblem; null when it succeeded. */
export function apiProblem(error: CombinedError | undefined | null): ApiProblem | null {
  if (!error) return null;
  const first = error.graphQLErrors?.[0];
  if (!first) return { code: 'NETWORK', message: error.message, fields: [] };
  const ext = (first.extensions ?? {}) as { code?: unknown; reason?: unknown; fields?: unknown };
  const fields = Array.isArray(ext.fields)
    ? ext.fields.filter((f): f is FieldProblem => !!f && typeof f.path === 'string' && typeof f.message === 'string')
    : [];
  return {
    code: typeof ext.code === 'string' ? ext.code : 'INTERNAL_SERVER_ERROR',
    reason: typeof ext.reason === 'string' ? ext.reason : undefined,
    message: first.message,
    fields,
  };
}

/** The sentence shown to the user for a problem: the business reason first, then the code. */
export function describeProblem(problem: ApiProblem): string {
  const named = problem.reason && NAMED_REASON_TEXT[problem.reason] ? /"([^"]+)"/.exec(problem.message)?.[1] : undefined;
  if (named) return NAMED_REASON_TEXT[problem.reason!](named);
  if (problem.reason && REASON_TEXT[problem.reason]) return REASON_TEXT[problem.reason];
  return CODE_TEXT[problem.code] ?? problem.message;
}

/**
 * Splits an API field path into a form field name: the argument prefix (`input.`) is dropped and list indexes become
 * numbers, so `input.location.latitude` is ['location', 'latitude'] and `scores[2].points` is ['scores', 2, 'points'].
 */
export function fieldName(path: string, argument?: string): Array<string | number> {
  let rest = path;
  if (argument && (rest === argument || rest.startsWith(`${argument}.`) || rest.startsWith(`${argument}[`))) {
    rest = rest.slice(argument.length).replace(/^\./, '');
  }
  const parts: Array<string | number> = [];
  for (const token of rest.split('.')) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(token);
    if (!m) {
      parts.push(token);
      continue;
    }
    if (m[1]) parts.push(m[1]);
    for (const idx of m[2].matchAll(/\[(\d+)\]/g)) parts.push(Number(idx[1]));
  }
  return parts;
}

/** Minimal part of antd's FormInstance used here (so the mapping is testable without a rendered form). */
export interface FieldErrorTarget {
  getFieldsValue(): unknown;
  setFields(fields: Array<{ name: Array<string | number>; errors: string[] }>): void;
}

function hasField(values: unknown, name: Array<string | number>): boolean {
  let current: unknown = values;
  for (const key of name) {
    if (current === null || typeof current !== 'object' || !(key in (current as object))) return false;
    current = (current as Record<string | number, unknown>)[key];
  }
  return true;
}

/**
 * Puts each field problem beside its field in the form. A problem whose field the form does not have (or a nested
 * path whose leaf the form does not hold, e.g. `location.latitude` for a single map-picked field) is put on the
 * nearest field that exists; what still has no field is returned, to be shown above the form.
 */
export function showFieldErrors(form: FieldErrorTarget, problem: ApiProblem, argument = 'input'): FieldProblem[] {
  const values = form.getFieldsValue();
  const byField = new Map<string, { name: Array<string | number>; errors: string[] }>();
  const unplaced: FieldProblem[] = [];
  for (const field of problem.fields) {
    let name = fieldName(field.path, argument);
    while (name.length > 0 && !hasField(values, name)) name = name.slice(0, -1);
    if (name.length === 0) {
      unplaced.push(field);
      continue;
    }
    const key = JSON.stringify(name);
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(field.message);
    byField.set(key, entry);
  }
  if (byField.size) form.setFields([...byField.values()]);
  return unplaced;
}
