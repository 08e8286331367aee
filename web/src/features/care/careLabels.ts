/** Chinese labels of the care-record vocabulary (docs/care-records.md). */
export const TASK_SCHEDULE: Record<string, string> = { EVERY_VISIT: '每次上门', WEEKDAYS: '指定星期', SERVICE: '该服务的上门' };
export const FOOD_INTAKE: Record<string, string> = { NONE: '未进食', SOME: '少量', HALF: '一半', MOST: '大部分', ALL: '全部' };
export const MOOD: Record<string, string> = { CALM: '平静', HAPPY: '愉快', LOW: '低落', ANXIOUS: '焦虑', AGITATED: '激动', CONFUSED: '糊涂' };
export const MEDICATION_ROUTE: Record<string, string> = {
  ORAL: '口服', TOPICAL: '外用', INJECTION: '注射', INHALED: '吸入', EYE: '滴眼', EAR: '滴耳', NASAL: '鼻用', RECTAL: '直肠', OTHER: '其他',
};
export const ADMINISTRATION_STATUS: Record<string, string> = { GIVEN: '已服', REFUSED: '拒服', MISSED: '漏服', HELD: '暂停' };
export const ADMINISTRATION_COLOR: Record<string, string> = { GIVEN: 'green', REFUSED: 'orange', MISSED: 'red', HELD: 'blue' };
export const INCIDENT_KIND: Record<string, string> = {
  FALL: '跌倒', WANDERING: '走失', INJURY: '受伤', CHOKING: '噎食', MEDICATION_ERROR: '用药差错', SUSPECTED_ABUSE: '疑似虐待', COMPLAINT: '投诉', OTHER: '其他',
};
export const SEVERITY: Record<string, string> = { LOW: '轻微', MEDIUM: '中等', HIGH: '严重' };
export const INCIDENT_STATUS: Record<string, string> = { REPORTED: '已上报', UNDER_REVIEW: '调查中', CLOSED: '已结案' };
export const EMERGENCY_KIND: Record<string, string> = { FALL: '跌倒', ILLNESS: '突发疾病', CHEST_PAIN: '胸痛', BREATHING: '呼吸困难', LOST: '走失', FIRE: '火情/燃气', OTHER: '其他' };
export const EMERGENCY_STATUS: Record<string, string> = { RAISED: '待响应', ACKNOWLEDGED: '处理中', RESOLVED: '已解决' };
export const EMERGENCY_COLOR: Record<string, string> = { RAISED: 'red', ACKNOWLEDGED: 'orange', RESOLVED: 'green' };
export const RISK_RULE: Record<string, string> = {
  FOOD_INTAKE_FALLING: '进食量持续下降', NIGHT_TOILETING_RISING: '夜间如厕增多', WEIGHT_LOSS: '体重下降', PAIN_HIGH: '反复剧烈疼痛', MISSED_DOSES: '多次漏服药', INCIDENTS: '安全事件频发',
};
