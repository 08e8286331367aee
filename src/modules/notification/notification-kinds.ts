/**
 * What the platform tells people: the kinds, their Chinese templates and default urgency. Pure (no Nest, no database).
 * Templates name variables as {name}; every variable a template names must be given (render throws otherwise, so a
 * message is never sent with a hole in it).
 */
export enum NotificationKind {
  VISIT_BOOKED = 'VISIT_BOOKED',
  CAREGIVER_ASSIGNED = 'CAREGIVER_ASSIGNED',
  VISIT_RESCHEDULED = 'VISIT_RESCHEDULED',
  VISIT_CANCELLED = 'VISIT_CANCELLED',
  CAREGIVER_CHECKED_IN = 'CAREGIVER_CHECKED_IN',
  CAREGIVER_CHECKED_OUT = 'CAREGIVER_CHECKED_OUT',
  VISIT_FLAGGED = 'VISIT_FLAGGED',
  VISIT_NOT_STARTED = 'VISIT_NOT_STARTED',
  VISIT_REMINDER = 'VISIT_REMINDER',
  BED_HOLD_MADE = 'BED_HOLD_MADE',
  BED_HOLD_EXPIRING = 'BED_HOLD_EXPIRING',
  BED_HOLD_EXPIRED = 'BED_HOLD_EXPIRED',
  WAITLIST_OFFER_MADE = 'WAITLIST_OFFER_MADE',
  WAITLIST_OFFER_EXPIRING = 'WAITLIST_OFFER_EXPIRING',
  WAITLIST_OFFER_LAPSED = 'WAITLIST_OFFER_LAPSED',
  ADMITTED = 'ADMITTED',
  DISCHARGED = 'DISCHARGED',
  ASSESSMENT_DUE = 'ASSESSMENT_DUE',
  GRADE_EXPIRING = 'GRADE_EXPIRING',
  ALLOWANCE_MOSTLY_SPENT = 'ALLOWANCE_MOSTLY_SPENT',
}

export interface NotificationTemplate {
  title: string;
  body: string;
  /** Urgent kinds go out by SMS even in quiet hours. */
  urgent: boolean;
  /** What the kind means, for the schema. */
  description: string;
}

export const TEMPLATES: Record<NotificationKind, NotificationTemplate> = {
  VISIT_BOOKED: {
    title: '上门服务已预约',
    body: '{elder}的{service}上门服务已预约：{time}，服务机构{provider}。',
    urgent: false,
    description: 'A home-care visit was booked (to guardians and the provider\'s staff).',
  },
  CAREGIVER_ASSIGNED: {
    title: '护理员已派单',
    body: '{elder}{time}的{service}服务由护理员{caregiver}上门。',
    urgent: false,
    description: 'A caregiver was assigned to a visit (to guardians and the caregiver).',
  },
  VISIT_RESCHEDULED: {
    title: '上门服务时间已变更',
    body: '{elder}的{service}服务改到{time}（{by}调整）。',
    urgent: false,
    description: 'A visit was moved to another time (to guardians and the assigned caregiver).',
  },
  VISIT_CANCELLED: {
    title: '上门服务已取消',
    body: '{elder}{time}的{service}服务已由{by}取消。',
    urgent: true,
    description: 'A visit was cancelled, saying by whom (to guardians, the assigned caregiver and the provider\'s staff).',
  },
  CAREGIVER_CHECKED_IN: {
    title: '护理员已到达',
    body: '护理员{caregiver}已于{time}到达，为{elder}开始{service}服务。',
    urgent: false,
    description: 'The caregiver checked in at the visit (to guardians).',
  },
  CAREGIVER_CHECKED_OUT: {
    title: '服务已完成',
    body: '护理员{caregiver}已于{time}离开，{elder}的{service}服务实际时长{minutes}分钟。',
    urgent: false,
    description: 'The caregiver checked out, with the visit\'s actual duration (to guardians).',
  },
  VISIT_FLAGGED: {
    title: '签到位置异常',
    body: '护理员{caregiver}为{elder}{step}的位置距服务地址{distance}米，超出范围，请核实。',
    urgent: true,
    description: 'A check-in or check-out was flagged outside the geofence (to the provider\'s staff).',
  },
  VISIT_NOT_STARTED: {
    title: '上门服务未按时开始',
    body: '{elder}{time}的{service}服务已过开始时间15分钟，护理员尚未签到。',
    urgent: true,
    description: 'A visit had not started 15 minutes after its start (to the provider\'s staff).',
  },
  VISIT_REMINDER: {
    title: '上门服务提醒',
    body: '提醒：{elder}的{service}服务将于{time}开始。',
    urgent: false,
    description: 'A visit is coming: the evening before and 1 hour before (to guardians and the caregiver).',
  },
  BED_HOLD_MADE: {
    title: '床位已预留',
    body: '已为{elder}在{provider}预留床位，请于{time}前办理入住。',
    urgent: false,
    description: 'A bed hold was made (to guardians and the officer who made it).',
  },
  BED_HOLD_EXPIRING: {
    title: '床位预留即将到期',
    body: '为{elder}在{provider}预留的床位将于{time}到期，请尽快办理入住。',
    urgent: true,
    description: 'A bed hold expires within 6 hours (to guardians and the officer who made it).',
  },
  BED_HOLD_EXPIRED: {
    title: '床位预留已到期',
    body: '为{elder}在{provider}预留的床位已于{time}到期释放。',
    urgent: false,
    description: 'A bed hold expired (to guardians and the officer who made it).',
  },
  WAITLIST_OFFER_MADE: {
    title: '候床通知：有空床位',
    body: '{provider}有空床位提供给{elder}，请于{time}前确认。',
    urgent: true,
    description: 'A waitlist offer was made (to guardians).',
  },
  WAITLIST_OFFER_EXPIRING: {
    title: '候床床位即将失效',
    body: '{provider}为{elder}保留的候床床位将于{time}失效，请尽快确认。',
    urgent: true,
    description: 'A waitlist offer expires within 6 hours (to guardians).',
  },
  WAITLIST_OFFER_LAPSED: {
    title: '候床床位已失效',
    body: '{provider}为{elder}保留的候床床位已于{time}失效。',
    urgent: false,
    description: 'A waitlist offer lapsed unanswered (to guardians).',
  },
  ADMITTED: {
    title: '已入住',
    body: '{elder}已于{time}入住{provider}。',
    urgent: false,
    description: 'An elder was admitted to a facility (to guardians).',
  },
  DISCHARGED: {
    title: '已离院',
    body: '{elder}已于{time}从{provider}离院。',
    urgent: false,
    description: 'An elder was discharged (to guardians).',
  },
  ASSESSMENT_DUE: {
    title: '能力评估即将到期',
    body: '{elder}的老年人能力评估将于{time}到期，请安排复评。',
    urgent: false,
    description: 'An elder\'s capability assessment is due within 30 days (to guardians and officers in scope).',
  },
  GRADE_EXPIRING: {
    title: '星级评定即将到期',
    body: '{provider}的星级评定将于{time}到期，请申请复评。',
    urgent: false,
    description: 'A provider\'s star grade expires within 90 days (to its staff and officers in scope).',
  },
  ALLOWANCE_MOSTLY_SPENT: {
    title: '本月服务补贴已用80%',
    body: '{elder}{month}的居家服务补贴已使用{percent}%，剩余{remaining}元。',
    urgent: false,
    description: 'An elder\'s monthly subsidy allowance is 80% spent (to guardians).',
  },
};

export interface RenderedNotification {
  title: string;
  body: string;
  urgent: boolean;
}

/** An 18-character resident ID number (or one that looks like it): never allowed in a message. */
export const ID_NUMBER_PATTERN = /\d{17}[\dXx]/;

/** The template with its variables filled in; throws on a missing variable or on anything that looks like an ID number. */
export function render(kind: NotificationKind, vars: Record<string, string | number>): RenderedNotification {
  const template = TEMPLATES[kind];
  const fill = (text: string) =>
    text.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = vars[name];
      if (value === undefined || value === null) throw new Error(`template ${kind} needs {${name}}`);
      return String(value);
    });
  const title = fill(template.title);
  const body = fill(template.body);
  if (ID_NUMBER_PATTERN.test(title) || ID_NUMBER_PATTERN.test(body)) throw new Error(`template ${kind}: an ID number in a message`);
  return { title, body, urgent: template.urgent };
}

const CHINA = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Calendar parts of an instant in China time (Asia/Shanghai). */
export function chinaParts(at: Date): { year: number; month: number; day: number; hour: number; minute: number } {
  const parts = Object.fromEntries(CHINA.formatToParts(at).map((p) => [p.type, p.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour), minute: Number(parts.minute) };
}

/** An instant as people in China read it: 12月4日 10:00. */
export function chinaTime(at: Date): string {
  const p = chinaParts(at);
  return `${p.month}月${p.day}日 ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}

/** An instant's China calendar date, as YYYY-MM-DD. */
export function chinaDate(at: Date): string {
  const p = chinaParts(at);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** An instant's China calendar day as a message says it: 2027年1月4日. */
export function chinaDay(at: Date): string {
  const p = chinaParts(at);
  return `${p.year}年${p.month}月${p.day}日`;
}
