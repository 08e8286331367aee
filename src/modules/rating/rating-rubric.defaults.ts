/**
 * Default rubrics seeded as version 1 for each kind that is graded. Modelled on provincial implementations of
 * GB/T 37276-2018 (养老机构等级划分与评定): a 1,000-point form for nursing homes and a 500-point form for community
 * facilities. Provinces replace them by publishing new versions; these are only the starting data.
 *
 * Home-care agencies (居家养老服务机构) get no default rubric: GB/T 37276 grades institutions, and agencies are judged
 * on visit quality (GB/T 43153) rather than on premises, beds and rooms, so borrowing the facility form would grade
 * them on things they do not have. `ratingRubric(HOME_CARE_AGENCY)` therefore reports NOT_FOUND until an ADMIN
 * publishes a rubric for that kind, after which agencies can be graded like any other kind.
 */
import {
  scaleThresholds,
  type PrerequisiteRule,
  type RatedProviderKind,
  type RubricDefinition,
  type RubricSection,
} from './rating-rubric.policy.js';

/** Per-star prerequisites of nursing homes (docs/ratings.md): caregiver ratio 1:8..1:4, occupancy 30..50%, own bathroom -/-/50/60/90%. */
export const DEFAULT_NURSING_HOME_PREREQUISITES: readonly PrerequisiteRule[] = [
  ...[8, 7, 6, 5, 4].map((value, i) => ({ star: i + 1, code: 'CAREGIVER_RATIO' as const, value })),
  ...[30, 35, 40, 45, 50].map((value, i) => ({ star: i + 1, code: 'OCCUPANCY' as const, value })),
  ...[50, 60, 90].map((value, i) => ({ star: i + 3, code: 'OWN_BATHROOM_SHARE' as const, value })),
];

type ItemRow = [code: string, title: string, titleEn: string, maxPoints: number];

function section(code: string, title: string, titleEn: string, rows: ItemRow[]): RubricSection {
  const items = rows.map(([c, t, e, p]) => ({ code: c, title: t, titleEn: e, maxPoints: p }));
  return { code, title, titleEn, maxPoints: items.reduce((s, i) => s + i.maxPoints, 0), items };
}

function rubric(sections: RubricSection[], prerequisites: readonly PrerequisiteRule[]): RubricDefinition {
  const maxPoints = sections.reduce((s, x) => s + x.maxPoints, 0);
  return { maxPoints, sections, starThresholds: scaleThresholds(maxPoints), prerequisites: [...prerequisites] };
}

/** Nursing homes: 1,000 points = safety 300 + service 350 + management 200 + facilities 150. */
export const DEFAULT_NURSING_HOME_RUBRIC: RubricDefinition = rubric(
  [
    section('SAFETY', '安全', 'Safety', [
      ['S01', '消防安全验收与消防设施', 'Fire-safety acceptance and fire equipment', 50],
      ['S02', '应急预案与消防演练', 'Emergency plans and fire drills', 40],
      ['S03', '食品安全管理', 'Food safety', 40],
      ['S04', '用药安全管理', 'Medication safety', 40],
      ['S05', '跌倒、噎食、走失等风险防控', 'Prevention of falls, choking and wandering off', 50],
      ['S06', '安全巡查与隐患整改', 'Safety rounds and hazard remediation', 30],
      ['S07', '紧急呼叫与视频监控', 'Emergency call and video monitoring', 30],
      ['S08', '特种设备及用电用气安全', 'Lifts, electricity and gas safety', 20],
    ]),
    section('SERVICE', '服务', 'Service', [
      ['V01', '入住评估与个性化照护计划', 'Admission assessment and individual care plan', 40],
      ['V02', '生活照料服务', 'Daily living care', 50],
      ['V03', '膳食服务', 'Meals', 40],
      ['V04', '清洁卫生服务', 'Cleaning and hygiene', 30],
      ['V05', '洗涤服务', 'Laundry', 25],
      ['V06', '医疗护理与医养结合', 'Medical care and medical-eldercare integration', 50],
      ['V07', '康复服务', 'Rehabilitation', 35],
      ['V08', '心理/精神支持服务', 'Psychological and emotional support', 30],
      ['V09', '文化娱乐与社会参与', 'Cultural, recreational and social activities', 30],
      ['V10', '安宁疗护', 'Hospice and end-of-life care', 20],
    ]),
    section('MANAGEMENT', '管理', 'Management', [
      ['M01', '行政管理与规章制度', 'Administration and written rules', 30],
      ['M02', '人力资源配置与培训', 'Staffing levels and training', 40],
      ['M03', '服务合同与入住协议', 'Service contracts and admission agreements', 25],
      ['M04', '老年人健康档案管理', 'Resident health records', 25],
      ['M05', '财务管理', 'Financial management', 25],
      ['M06', '服务质量控制与投诉处理', 'Quality control and complaint handling', 35],
      ['M07', '信息化管理', 'Information systems', 20],
    ]),
    section('FACILITIES', '环境与设施设备', 'Premises and equipment', [
      ['F01', '选址与建筑', 'Site and building', 25],
      ['F02', '无障碍设施', 'Barrier-free access', 30],
      ['F03', '居室与卫生间', 'Rooms and bathrooms', 30],
      ['F04', '公共活动与康复用房', 'Communal activity and rehabilitation rooms', 25],
      ['F05', '护理与医疗设备', 'Nursing and medical equipment', 25],
      ['F06', '标识与环境绿化', 'Signage and grounds', 15],
    ]),
  ],
  DEFAULT_NURSING_HOME_PREREQUISITES,
);

/**
 * Community facilities: 500 points = safety 150 + service 200 + management 100 + facilities 50. They have no long-term
 * beds and no fully dependent residents, so the nursing-home prerequisites (occupancy, caregiver ratio, bathrooms)
 * do not apply; a province that wants some publishes a version with them.
 */
function communityRubric(outreach: ItemRow): RubricDefinition {
  return rubric(
    [
      section('SAFETY', '安全', 'Safety', [
        ['S01', '消防安全', 'Fire safety', 40],
        ['S02', '食品安全', 'Food safety', 40],
        ['S03', '应急预案与演练', 'Emergency plans and drills', 30],
        ['S04', '安全巡查与隐患整改', 'Safety rounds and hazard remediation', 20],
        ['S05', '紧急呼叫设施', 'Emergency call equipment', 20],
      ]),
      section('SERVICE', '服务', 'Service', [
        ['V01', '助餐服务', 'Meal service', 50],
        ['V02', '日间照料与休息', 'Day care and rest', 40],
        ['V03', '健康管理', 'Health monitoring', 30],
        ['V04', '文体娱乐活动', 'Cultural and recreational activities', 30],
        ['V05', '精神慰藉与探访关爱', 'Emotional support and welfare visits', 25],
        outreach,
      ]),
      section('MANAGEMENT', '管理', 'Management', [
        ['M01', '规章制度与人员配备', 'Rules and staffing', 30],
        ['M02', '服务记录与档案', 'Service records and files', 25],
        ['M03', '经费使用与财务公开', 'Use of funds and financial transparency', 25],
        ['M04', '满意度与投诉处理', 'Satisfaction and complaint handling', 20],
      ]),
      section('FACILITIES', '环境与设施设备', 'Premises and equipment', [
        ['F01', '场地与无障碍', 'Premises and barrier-free access', 20],
        ['F02', '助餐、休息、活动功能用房', 'Dining, rest and activity rooms', 20],
        ['F03', '设备配置', 'Equipment', 10],
      ]),
    ],
    [],
  );
}

export const DEFAULT_DAY_CARE_CENTRE_RUBRIC: RubricDefinition = communityRubric([
  'V06',
  '居家上门服务衔接',
  'Outreach to home care',
  25,
]);

export const DEFAULT_RURAL_HAPPINESS_HOME_RUBRIC: RubricDefinition = communityRubric([
  'V06',
  '邻里互助与结对帮扶',
  'Neighbourhood mutual aid and pairing',
  25,
]);

/** Version 1 per kind. HOME_CARE_AGENCY is deliberately absent (see the note at the top). */
export const DEFAULT_RUBRICS: Readonly<Partial<Record<RatedProviderKind, RubricDefinition>>> = {
  NURSING_HOME: DEFAULT_NURSING_HOME_RUBRIC,
  DAY_CARE_CENTRE: DEFAULT_DAY_CARE_CENTRE_RUBRIC,
  RURAL_HAPPINESS_HOME: DEFAULT_RURAL_HAPPINESS_HOME_RUBRIC,
};
