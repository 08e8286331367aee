/** Chinese names of the API's enum values, shown everywhere instead of the codes. */
export const ROLE: Record<string, string> = {
  FAMILY: '家属',
  CAREGIVER: '护理员',
  PROVIDER_STAFF: '机构工作人员',
  CIVIL_AFFAIRS: '民政工作人员',
  ADMIN: '平台管理员',
  DEVICE: '呼叫设备',
};

export const PROVIDER_KIND: Record<string, string> = {
  NURSING_HOME: '养老机构',
  DAY_CARE_CENTRE: '日间照料中心',
  RURAL_HAPPINESS_HOME: '农村幸福院',
  HOME_CARE_AGENCY: '居家养老服务机构',
};

export const OWNERSHIP: Record<string, string> = { PUBLIC: '公办', PRIVATE: '民办', PUBLIC_BUILT_PRIVATE_RUN: '公建民营' };

export const BED_CATEGORY: Record<string, string> = { SELF_CARE: '自理床位', NURSING: '护理型床位', DEMENTIA: '失智照护床位' };

export const CARE_LEVEL: Record<string, string> = {
  INTACT: '能力完好（0级）',
  MILD: '轻度失能（1级）',
  MODERATE: '中度失能（2级）',
  SEVERE: '重度失能（3级）',
  TOTAL: '完全失能（4级）',
};

export const ELDER_CATEGORY: Record<string, string> = {
  EXTREME_POVERTY: '特困人员',
  SUBSISTENCE_ALLOWANCE: '低保',
  LOW_INCOME: '低收入',
  ADVANCED_AGE: '高龄',
  LIVING_ALONE: '独居',
  EMPTY_NEST: '空巢',
  LEFT_BEHIND: '留守',
  DISABLED: '失能',
};

export const SERVICE_KIND: Record<string, string> = {
  MEAL: '助餐',
  BATHING: '助浴',
  CLEANING: '助洁',
  WALKING_OUTING: '助行',
  MEDICAL_ESCORT: '助医',
  EMERGENCY_HELP: '助急',
  PERSONAL_CARE: '个人照护',
  MEDICATION_HELP: '用药协助',
  REHABILITATION: '康复护理',
  HEALTH_MONITORING: '健康监测',
  WELFARE_VISIT: '探访关爱',
  COMPANIONSHIP: '精神慰藉',
  ERRANDS_AND_BILLS: '委托代办',
  HOME_ADAPTATION: '适老化改造',
};

export const CARE_SETTING: Record<string, string> = { RESIDENTIAL: '机构入住', DAY_CARE: '日间照料', HOME_CARE: '居家上门' };

/** A family reads the visit's progress, not the state machine's names. */
export const ORDER_STATUS: Record<string, string> = {
  REQUESTED: '待派单',
  ASSIGNED: '已派护理员',
  IN_PROGRESS: '服务中（已签到）',
  COMPLETED: '已完成',
  CANCELLED: '已取消',
  NO_SHOW: '未上门',
};

export const ORDER_STATUS_COLOR: Record<string, string> = {
  REQUESTED: 'default',
  ASSIGNED: 'blue',
  IN_PROGRESS: 'orange',
  COMPLETED: 'green',
  CANCELLED: 'default',
  NO_SHOW: 'red',
};

export const RESERVATION_STATUS: Record<string, string> = {
  HELD: '保留中',
  ADMITTED: '已入住',
  RELEASED: '已释放',
  EXPIRED: '已过期',
  DISCHARGED: '已出院',
};

export const WAITLIST_STATUS: Record<string, string> = {
  WAITING: '排队中',
  OFFERED: '已有床位待确认',
  ACCEPTED: '已接受',
  DECLINED: '已放弃',
  LAPSED: '已失效',
  LEFT: '已退出',
};

export const RATING_STATUS: Record<string, string> = { DRAFT: '评定中', PUBLISHED: '已发布', SUPERSEDED: '已被替代' };

export const MATCH_FACTOR: Record<string, string> = {
  DISTANCE: '距离',
  CAPACITY: '空余床位/服务能力',
  PRICE: '价格',
  STARS: '星级',
  REVIEWS: '评价',
  CONTINUITY: '服务连续性',
};

export const PREREQUISITE: Record<string, string> = {
  CAREGIVER_RATIO: '护理员与完全失能老人配比',
  OCCUPANCY: '入住率',
  OWN_BATHROOM_SHARE: '带独立卫生间房间比例',
};

export const SELF_CARE_CLASS: Record<string, string> = { SELF_CARE: '生活自理', PARTLY_DEPENDENT: '部分失能', FULLY_DEPENDENT: '完全失能' };
export const SUPPORT_FORM: Record<string, string> = { CENTRALIZED: '集中供养', DISPERSED: '分散供养' };

export const WEEKDAY = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];

export const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

export const EMERGENCY_KIND: Record<string, string> = {
  FALL: '摔倒',
  ILLNESS: '突发疾病',
  CHEST_PAIN: '胸痛',
  BREATHING: '呼吸困难',
  LOST: '走失',
  FIRE: '火情',
  OTHER: '其他紧急情况',
};

export const EMERGENCY_STATUS: Record<string, string> = { RAISED: '已发出，等待响应', ACKNOWLEDGED: '已有人响应', RESOLVED: '已处理完毕' };

export const FOOD_INTAKE: Record<string, string> = { NONE: '没吃', SOME: '吃了一点', HALF: '吃了一半', MOST: '大部分', ALL: '全部吃完' };

export const MOOD: Record<string, string> = { HAPPY: '愉快', CALM: '平静', LOW: '情绪低落', ANXIOUS: '焦虑', AGITATED: '烦躁', CONFUSED: '糊涂' };

export const INCIDENT_KIND: Record<string, string> = {
  FALL: '跌倒',
  WANDERING: '走失',
  INJURY: '受伤',
  CHOKING: '噎食',
  MEDICATION_ERROR: '用药差错',
  SUSPECTED_ABUSE: '疑似虐待',
  COMPLAINT: '投诉',
  OTHER: '其他',
};

export const SEVERITY: Record<string, string> = { LOW: '轻', MEDIUM: '中', HIGH: '重' };

export const INCIDENT_STATUS: Record<string, string> = { REPORTED: '已上报', UNDER_REVIEW: '处理中', CLOSED: '已结案' };

export const TASK_STATUS: Record<string, string> = { OPEN: '未记录', DONE: '已完成', SKIPPED: '未做' };

export const NOTIFICATION_KIND: Record<string, string> = {
  VISIT_BOOKED: '上门服务已预约',
  VISIT_RESCHEDULED: '上门服务已改期',
  VISIT_CANCELLED: '上门服务已取消',
  VISIT_REMINDER: '上门服务提醒',
  VISIT_NOT_STARTED: '护理员未按时签到',
  VISIT_FLAGGED: '签到位置异常',
  CAREGIVER_ASSIGNED: '已派护理员',
  CAREGIVER_CHECKED_IN: '护理员已签到',
  CAREGIVER_CHECKED_OUT: '服务已完成',
  BED_HOLD_MADE: '床位已预留',
  BED_HOLD_EXPIRING: '床位预留即将到期',
  BED_HOLD_EXPIRED: '床位预留已过期',
  WAITLIST_OFFER_MADE: '候床：有床位了',
  WAITLIST_OFFER_EXPIRING: '候床床位即将过期',
  WAITLIST_OFFER_LAPSED: '候床床位已过期',
  ADMITTED: '已入住',
  DISCHARGED: '已出院',
  ASSESSMENT_DUE: '能力评估到期',
  GRADE_EXPIRING: '等级即将到期',
  ALLOWANCE_MOSTLY_SPENT: '补贴额度快用完了',
};

export const PAYMENT_METHOD: Record<string, string> = { CASH: '现金', WECHAT: '微信', ALIPAY: '支付宝', BANK: '银行转账', OTHER: '其他' };

export const STATEMENT_LINE_KIND: Record<string, string> = { BED_FEE: '床位费', VISIT_COPAY: '上门服务自付', PAYMENT: '缴费' };
export const SETTLEMENT_STATUS: Record<string, string> = { DRAFT: '草稿', SUBMITTED: '已提交待审', APPROVED: '已审核通过', PAID: '已拨付' };
export const SETTLEMENT_STATUS_COLOR: Record<string, string> = { DRAFT: 'default', SUBMITTED: 'blue', APPROVED: 'green', PAID: 'gold' };
export const SETTLEMENT_LINE_STATUS: Record<string, string> = { HELD: '待核实', INCLUDED: '计入', REJECTED: '不予支付' };
export const SETTLEMENT_LINE_KIND: Record<string, string> = {
  HOME_CARE_VISIT: '居家上门服务',
  INSTITUTIONAL_SUPPORT: '特困集中供养',
  STAR_SUBSIDY: '星级运营补贴',
  HOME_BED: '家庭养老床位',
  ADJUSTMENT: '调整',
};
export const SETTLEMENT_HOLD_REASON: Record<string, string> = {
  CHECKED_OUT_BEFORE_START: '签退早于开始时间',
  CHECK_IN_FLAGGED: '签到位置异常',
  CHECK_MISSING: '缺少签到或签退',
  CHECK_OUT_FLAGGED: '签退位置异常',
  IMPOSSIBLE_TRAVEL: '两次上门间来不及赶到',
  OVERLAPPING_VISITS: '上门时间重叠',
  SHORT_VISIT: '服务时长过短',
};
export const SETTLEMENT_ACTION: Record<string, string> = {
  GENERATE: '生成', REGENERATE: '重新生成', DECIDE_LINE: '核实明细', SUBMIT: '提交', APPROVE: '审核通过', REJECT: '退回', MARK_PAID: '登记拨付',
};
export const IMPORT_STATUS: Record<string, string> = { QUEUED: '排队中', RUNNING: '导入中', DONE: '已完成', FAILED: '失败' };
export const REPORT_KIND: Record<string, string> = {
  STATISTICS: '统计报表', PROVIDERS: '机构名录', ELDERS: '老年人名册', HOME_CARE_ORDERS: '居家上门服务记录', CAPACITY_HISTORY: '床位变动记录',
};
