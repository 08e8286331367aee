/** Chinese names of the incident and risk vocabulary shown to officers. */
export const INCIDENT_KIND: Record<string, string> = {
  FALL: '跌倒', CHOKING: '噎食', INJURY: '其他受伤', MEDICATION_ERROR: '用药差错', WANDERING: '走失', SUSPECTED_ABUSE: '疑似虐待或疏于照料', COMPLAINT: '投诉', OTHER: '其他',
};
export const INCIDENT_STATUS: Record<string, string> = { REPORTED: '已报告', UNDER_REVIEW: '处理中', CLOSED: '已结案' };
export const SEVERITY: Record<string, string> = { LOW: '轻微', MEDIUM: '需治疗', HIGH: '严重' };
export const SEVERITY_COLOR: Record<string, string> = { LOW: 'default', MEDIUM: 'orange', HIGH: 'red' };
export const RISK_RULE: Record<string, string> = {
  FOOD_INTAKE_FALLING: '进食持续减少',
  INCIDENTS: '近期多次意外事件',
  MISSED_DOSES: '多次漏服药',
  NIGHT_TOILETING_RISING: '夜间如厕增多',
  PAIN_HIGH: '反复剧烈疼痛',
  WEIGHT_LOSS: '体重明显下降',
};
