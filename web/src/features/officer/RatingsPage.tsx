import { App, Button, Card, Collapse, Descriptions, Drawer, Form, InputNumber, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { RatingDetailQuery, RatingStatus } from '../../gql/graphql';
import { apiProblem, describeProblem } from '../../api/errors';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { formatDateTime } from '../../ui/format';
import { options, PREREQUISITE, PROVIDER_KIND, RATING_STATUS } from '../../ui/labels';
import { useApiForm } from '../../ui/useApiForm';

const ASSESSMENTS = graphql(`
  query RatingAssessments($filter: RatingAssessmentFilter, $after: String) {
    ratingAssessments(filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes { id status stars totalPoints startedAt publishedAt validUntil provider { id name kind } }
    }
  }
`);
const PROVIDER_OPTIONS = graphql(`query RatingProviderOptions { providers(first: 100) { nodes { id name kind } } }`);
const START = graphql(`mutation StartRating($providerId: ID!, $facts: RatingFactsInput) { startRatingAssessment(providerId: $providerId, facts: $facts) { id } }`);
const DETAIL = graphql(`
  query RatingDetail($id: ID!) {
    ratingAssessment(id: $id) {
      id status stars scoreStars totalPoints rubricVersion failedPrerequisites unscoredItemCodes validUntil
      provider { id name kind }
      facts { caregiverCount fullyDependentResidentCount roomCount roomsWithOwnBathroomCount occupiedBeds totalBeds }
      prerequisiteResults { code star required actual met }
      scores { itemCode points note }
      rubric { version maxPoints starThresholds sections { code title maxPoints items { code title maxPoints } } }
    }
  }
`);
const SCORE = graphql(`mutation ScoreRating($assessmentId: ID!, $scores: [RatingItemScoreInput!]!) { scoreRatingItems(assessmentId: $assessmentId, scores: $scores) { id totalPoints unscoredItemCodes } }`);
const FACTS = graphql(`mutation RecordRatingFacts($assessmentId: ID!, $facts: RatingFactsInput!) { recordRatingFacts(assessmentId: $assessmentId, facts: $facts) { id } }`);
const FINALIZE = graphql(`mutation FinalizeRating($assessmentId: ID!) { finalizeRatingAssessment(assessmentId: $assessmentId) { id status stars failedPrerequisites validUntil } }`);

const stars = (n?: number | null) => (n ? '★'.repeat(n) : '不评星');

/** Star ratings (星级评定, GB/T 37276): start, score by section, prerequisites, finalize. */
export default function RatingsPage() {
  const [status, setStatus] = useState<RatingStatus[]>([]);
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, error, fetching }, refetch] = useQuery({ query: ASSESSMENTS, variables: { filter: { status: status.length ? status : undefined }, after } });
  const [open, setOpen] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} style={{ margin: 0 }}>星级评定</Typography.Title>
        <Button type="primary" onClick={() => setStarting(true)}>开始评定</Button>
      </Space>
      <Space>状态：<Select mode="multiple" allowClear style={{ minWidth: 220 }} value={status} onChange={(v) => { setAfter(null); setStatus(v); }} options={options(RATING_STATUS)} aria-label="评定状态" /></Space>
      <ApiErrorAlert error={error} />
      <Card>
        <Table rowKey="id" size="small" loading={fetching} pagination={false} dataSource={data?.ratingAssessments.nodes ?? []} scroll={{ x: true }}
          columns={[
            { title: '机构', render: (_, a) => a.provider.name },
            { title: '类型', render: (_, a) => PROVIDER_KIND[a.provider.kind] },
            { title: '状态', dataIndex: 'status', render: (s: string) => <Tag>{RATING_STATUS[s]}</Tag> },
            { title: '得分', dataIndex: 'totalPoints' },
            { title: '星级', dataIndex: 'stars', render: (s: number | null, a) => (a.status === 'DRAFT' ? '—' : stars(s)) },
            { title: '开始', dataIndex: 'startedAt', render: formatDateTime },
            { title: '有效期至', dataIndex: 'validUntil', render: formatDateTime },
            { title: '', render: (_, a) => <Button size="small" onClick={() => setOpen(a.id)}>{a.status === 'DRAFT' ? '评分' : '查看'}</Button> },
          ]} />
        <Space style={{ marginTop: 12 }}>
          {after && <Button onClick={() => setAfter(null)}>第一页</Button>}
          {data?.ratingAssessments.pageInfo.hasNextPage && <Button onClick={() => setAfter(data.ratingAssessments.pageInfo.endCursor ?? null)}>下一页</Button>}
          <span>共 {data?.ratingAssessments.totalCount ?? 0} 条</span>
        </Space>
      </Card>
      {starting && <StartModal onClose={(id) => { setStarting(false); refetch({ requestPolicy: 'network-only' }); if (id) setOpen(id); }} />}
      {open && <RatingDrawer id={open} onClose={() => { setOpen(null); refetch({ requestPolicy: 'network-only' }); }} />}
    </Space>
  );
}

function StartModal({ onClose }: { onClose: (id?: string) => void }) {
  const [{ data }] = useQuery({ query: PROVIDER_OPTIONS });
  const [, start] = useMutation(START);
  const { form, problem, unplaced, busy, submit } = useApiForm<{ providerId: string }>('');
  return (
    <Modal open title="开始星级评定" okText="开始" confirmLoading={busy} onOk={() => form.submit()} onCancel={() => onClose()}>
      <ApiErrorAlert problem={problem} unplaced={unplaced} />
      <Form form={form} layout="vertical" onFinish={async (v) => { const d = await submit(() => start({ providerId: v.providerId })); if (d) onClose(d.startRatingAssessment.id); }}>
        <Form.Item name="providerId" label="机构" rules={[{ required: true, message: '请选择机构' }]}>
          <Select showSearch optionFilterProp="label" aria-label="机构" options={(data?.providers.nodes ?? []).map((p) => ({ value: p.id, label: `${p.name}（${PROVIDER_KIND[p.kind]}）` }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type Detail = NonNullable<RatingDetailQuery['ratingAssessment']>;

function RatingDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { message, modal } = App.useApp();
  const [{ data, error }, refetch] = useQuery({ query: DETAIL, variables: { id }, requestPolicy: 'network-only' });
  const [, finalize] = useMutation(FINALIZE);
  const a = data?.ratingAssessment;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const doFinalize = () =>
    modal.confirm({
      title: '确认完成评定？',
      content: '完成后将计算星级并发布，替代该机构原有的星级。',
      okText: '完成并发布',
      onOk: async () => {
        const result = await finalize({ assessmentId: id });
        const p = apiProblem(result.error);
        if (p) message.error(describeProblem(p));
        else message.success(`评定完成：${stars(result.data!.finalizeRatingAssessment.stars)}`);
        reload();
      },
    });
  return (
    <Drawer open width={Math.min(900, window.innerWidth)} title={a ? `${a.provider.name} · 星级评定` : '星级评定'} onClose={onClose}
      extra={a?.status === 'DRAFT' && <Button type="primary" onClick={doFinalize} disabled={a.unscoredItemCodes.length > 0}>完成评定</Button>}>
      <ApiErrorAlert error={error} />
      {a && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered>
            <Descriptions.Item label="状态">{RATING_STATUS[a.status]}</Descriptions.Item>
            <Descriptions.Item label="评分标准">第 {a.rubricVersion} 版，满分 {a.rubric.maxPoints}</Descriptions.Item>
            <Descriptions.Item label="当前得分"><strong data-testid="rating-total">{a.totalPoints}</strong></Descriptions.Item>
            <Descriptions.Item label="按分数可评">{stars(a.scoreStars)}</Descriptions.Item>
            <Descriptions.Item label="星级分数线">{a.rubric.starThresholds.map((t, i) => `${i + 1}星 ${t}`).join('，')}</Descriptions.Item>
            <Descriptions.Item label="结果">{a.status === 'DRAFT' ? `未评项目 ${a.unscoredItemCodes.length} 项` : <span data-testid="rating-stars">{stars(a.stars)}</span>}</Descriptions.Item>
          </Descriptions>
          <Facts assessment={a} onSaved={reload} />
          <Card size="small" title="星级前提条件（不满足则封顶）">
            <Table rowKey={(r) => `${r.code}-${r.star}`} size="small" pagination={false} dataSource={a.prerequisiteResults}
              columns={[
                { title: '条件', dataIndex: 'code', render: (c: string) => PREREQUISITE[c] ?? c },
                { title: '星级', dataIndex: 'star', render: (s: number) => `${s}星` },
                { title: '要求', dataIndex: 'required' },
                { title: '实际', dataIndex: 'actual', render: (v: number | null) => (v === null ? '缺数据' : Number(v.toFixed(3))) },
                { title: '', dataIndex: 'met', render: (m: boolean) => (m ? <Tag color="green">满足</Tag> : <Tag color="red">不满足</Tag>) },
              ]} />
          </Card>
          <Collapse defaultActiveKey={a.rubric.sections.map((s) => s.code)}
            items={a.rubric.sections.map((s) => ({ key: s.code, label: `${s.title}（满分 ${s.maxPoints}）`, children: <SectionScores assessment={a} section={s} onSaved={reload} /> }))} />
        </Space>
      )}
    </Drawer>
  );
}

function Facts({ assessment, onSaved }: { assessment: Detail; onSaved: () => void }) {
  const [, record] = useMutation(FACTS);
  const { form, problem, unplaced, busy, submit } = useApiForm<Record<string, number>>('facts');
  const editable = assessment.status === 'DRAFT';
  const f = assessment.facts;
  return (
    <Card size="small" title="机构情况（用于前提条件）">
      <ApiErrorAlert problem={problem} unplaced={unplaced} />
      <Form form={form} layout="inline" initialValues={{ caregiverCount: f.caregiverCount, fullyDependentResidentCount: f.fullyDependentResidentCount, roomCount: f.roomCount, roomsWithOwnBathroomCount: f.roomsWithOwnBathroomCount }}
        onFinish={async (v) => { if (await submit(() => record({ assessmentId: assessment.id, facts: v }))) onSaved(); }} style={{ rowGap: 8 }} disabled={!editable}>
        <Form.Item name="caregiverCount" label="护理员数"><InputNumber min={0} precision={0} /></Form.Item>
        <Form.Item name="fullyDependentResidentCount" label="完全失能入住老人数"><InputNumber min={0} precision={0} /></Form.Item>
        <Form.Item name="roomCount" label="房间数"><InputNumber min={0} precision={0} /></Form.Item>
        <Form.Item name="roomsWithOwnBathroomCount" label="带独立卫生间房间数"><InputNumber min={0} precision={0} /></Form.Item>
        {editable && <Button htmlType="submit" loading={busy}>保存机构情况</Button>}
      </Form>
      <Typography.Text type="secondary">床位 {f.occupiedBeds ?? '—'}/{f.totalBeds ?? '—'}（来自床位看板）</Typography.Text>
    </Card>
  );
}

function SectionScores({ assessment, section, onSaved }: { assessment: Detail; section: Detail['rubric']['sections'][number]; onSaved: () => void }) {
  const [, score] = useMutation(SCORE);
  const { form, problem, unplaced, busy, submit } = useApiForm<{ scores: Array<{ points?: number }> }>('');
  const given = new Map(assessment.scores.map((s) => [s.itemCode, s.points]));
  const editable = assessment.status === 'DRAFT';
  const onFinish = async (v: { scores: Array<{ points?: number }> }) => {
    const scores = section.items.flatMap((item, i) => (v.scores[i]?.points === undefined || v.scores[i]?.points === null ? [] : [{ itemCode: item.code, points: v.scores[i].points! }]));
    if (scores.length && (await submit(() => score({ assessmentId: assessment.id, scores })))) onSaved();
  };
  return (
    <>
      <ApiErrorAlert problem={problem} unplaced={unplaced} />
      <Form form={form} layout="horizontal" onFinish={onFinish} disabled={!editable} initialValues={{ scores: section.items.map((i) => ({ points: given.get(i.code) })) }}>
        {section.items.map((item, i) => (
          <Form.Item key={item.code} name={['scores', i, 'points']} label={`${item.title}（0–${item.maxPoints}）`}
            rules={[{ type: 'number', min: 0, max: item.maxPoints, message: `分值在0到${item.maxPoints}之间` }]}>
            <InputNumber min={0} max={item.maxPoints} step={0.5} aria-label={item.title} />
          </Form.Item>
        ))}
        {editable && <Button type="primary" htmlType="submit" loading={busy}>保存本部分评分</Button>}
      </Form>
    </>
  );
}
