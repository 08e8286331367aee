/** Chinese labels of the enum values, for the people who read the exported files. */
export const LABELS: Record<string, Record<string, string>> = {
  kind: { NURSING_HOME: '养老院', DAY_CARE_CENTRE: '日间照料中心', RURAL_HAPPINESS_HOME: '农村幸福院', HOME_CARE_AGENCY: '居家养老服务中心' },
  ownership: { PUBLIC: '公办', PRIVATE: '民办', PUBLIC_BUILT_PRIVATE_RUN: '公建民营' },
  gender: { MALE: '男', FEMALE: '女' },
  careLevel: { INTACT: '能力完好', MILD: '轻度失能', MODERATE: '中度失能', SEVERE: '重度失能', TOTAL: '完全失能' },
  category: {
    EXTREME_POVERTY: '特困人员', SUBSISTENCE_ALLOWANCE: '低保', LOW_INCOME: '低收入', ADVANCED_AGE: '高龄',
    LIVING_ALONE: '独居', EMPTY_NEST: '空巢', LEFT_BEHIND: '留守', DISABLED: '失能',
  },
  bed: { SELF_CARE: '自理床位', NURSING: '护理型床位', DEMENTIA: '失智床位' },
  orderStatus: { REQUESTED: '待派单', ASSIGNED: '已派单', IN_PROGRESS: '服务中', COMPLETED: '已完成', CANCELLED: '已取消', NO_SHOW: '未到场' },
  service: {
    MEAL: '助餐', BATHING: '助浴', CLEANING: '助洁', WALKING_OUTING: '助行', MEDICAL_ESCORT: '助医', EMERGENCY_HELP: '助急',
    PERSONAL_CARE: '个人照护', MEDICATION_HELP: '用药协助', REHABILITATION: '康复护理', HEALTH_MONITORING: '健康监测',
    WELFARE_VISIT: '探访关爱', COMPANIONSHIP: '精神慰藉', ERRANDS_AND_BILLS: '委托代办', HOME_ADAPTATION: '适老化改造',
  },
  source: { STAFF_UPDATE: '机构填报', IMPORT: '批量导入' },
};

export const label = (group: string, value: string | null | undefined) => (value == null ? '' : (LABELS[group]?.[value] ?? value));
