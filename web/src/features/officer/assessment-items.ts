/**
 * The GB/T 42195-2022 capability assessment (老年人能力评估) as the form shows it: 26 items in four dimensions, in the
 * order the API takes them, with each item's maximum. The level shown while scoring is a preview with the standard's
 * default bands; the level recorded is the one the API computes (its bands are configurable data).
 */
export type Dimension = 'selfCare' | 'mobility' | 'mentalState' | 'perceptionSocial';

export interface AssessmentItem {
  title: string;
  max: number;
}

export const DIMENSIONS: Array<{ key: Dimension; title: string; items: AssessmentItem[] }> = [
  {
    key: 'selfCare',
    title: '自理能力',
    items: [
      { title: '进食', max: 4 },
      { title: '修饰', max: 4 },
      { title: '洗澡', max: 4 },
      { title: '穿/脱上衣', max: 4 },
      { title: '穿/脱裤子和鞋袜', max: 4 },
      { title: '小便控制', max: 4 },
      { title: '大便控制', max: 4 },
      { title: '如厕', max: 4 },
    ],
  },
  {
    key: 'mobility',
    title: '基础运动能力',
    items: [
      { title: '床上体位转移', max: 4 },
      { title: '床椅转移', max: 4 },
      { title: '平地步行（50米）', max: 4 },
      { title: '上下楼梯', max: 3 },
    ],
  },
  {
    key: 'mentalState',
    title: '精神状态',
    items: [
      { title: '时间定向', max: 4 },
      { title: '空间定向', max: 4 },
      { title: '人物定向', max: 4 },
      { title: '记忆', max: 4 },
      { title: '理解能力', max: 4 },
      { title: '表达能力', max: 4 },
      { title: '攻击行为', max: 1 },
      { title: '抑郁症状', max: 1 },
      { title: '意识水平', max: 2 },
    ],
  },
  {
    key: 'perceptionSocial',
    title: '感知觉与社会参与',
    items: [
      { title: '视力', max: 2 },
      { title: '听力', max: 2 },
      { title: '执行日常事务', max: 4 },
      { title: '使用交通工具外出', max: 3 },
      { title: '社会交往能力', max: 4 },
    ],
  },
];

export const LEVELS = ['INTACT', 'MILD', 'MODERATE', 'SEVERE', 'TOTAL'] as const;
export type Level = (typeof LEVELS)[number];

const BANDS: Array<{ level: Level; minScore: number }> = [
  { level: 'INTACT', minScore: 90 },
  { level: 'MILD', minScore: 66 },
  { level: 'MODERATE', minScore: 46 },
  { level: 'SEVERE', minScore: 30 },
  { level: 'TOTAL', minScore: 0 },
];

export interface ScoresInput {
  scores: Partial<Record<Dimension, Array<number | null | undefined>>>;
  coma?: boolean;
  dementiaDiagnosed?: boolean;
  otherMentalDisorderDiagnosed?: boolean;
  careRiskEventsLast30Days?: number | null;
}

/** Totals and the previewed level of a partly or fully scored form; `complete` once every item has a score. */
export function previewAssessment(input: ScoresInput) {
  const dimensionScores = {} as Record<Dimension, number>;
  let complete = true;
  for (const d of DIMENSIONS) {
    const given = input.scores[d.key] ?? [];
    dimensionScores[d.key] = d.items.reduce((sum, _, i) => {
      const v = given[i];
      if (v === null || v === undefined) {
        complete = false;
        return sum;
      }
      return sum + v;
    }, 0);
  }
  const totalScore = Object.values(dimensionScores).reduce((a, b) => a + b, 0);
  const scoreLevel = BANDS.find((b) => totalScore >= b.minScore)!.level;
  let index = LEVELS.indexOf(scoreLevel);
  if (input.coma) index = LEVELS.length - 1;
  else {
    if (input.dementiaDiagnosed || input.otherMentalDisorderDiagnosed) index++;
    if ((input.careRiskEventsLast30Days ?? 0) >= 2) index++;
  }
  const finalLevel = LEVELS[Math.min(index, LEVELS.length - 1)];
  return { dimensionScores, totalScore, scoreLevel, finalLevel, complete };
}
