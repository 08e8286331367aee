import { Alert, Button, Card, Drawer, Form, Input, Modal, Result, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { CareLevel, ElderCategory, OfficerEldersQuery } from '../../gql/graphql';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { formatDateTime } from '../../ui/format';
import { CARE_LEVEL, ELDER_CATEGORY, options } from '../../ui/labels';
import { useApiForm } from '../../ui/useApiForm';
import { ElderForm, elderInput, type ElderFormValues } from '../family/ElderForm';
import { AssessmentForm, type AssessmentValues } from './AssessmentForm';

const ELDERS = graphql(`
  query OfficerElders($filter: ElderFilter, $after: String) {
    elders(filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes { id fullName age gender regionCode idNumberMasked categories verifiedCategories careLevel nextAssessmentDue latestAssessment { totalScore finalLevel assessedAt } }
    }
  }
`);
const RECORD = graphql(`
  mutation RecordAssessment($input: CapabilityAssessmentInput!) {
    recordCapabilityAssessment(input: $input) { id totalScore scoreLevel finalLevel adjustments nextAssessmentDue dimensionScores { selfCare mobility mentalState perceptionSocial } }
  }
`);

const CREATE_ELDER = graphql(`
  mutation OfficerCreateElder($input: CreateElderInput!) { createElder(input: $input) { id fullName verifiedCategories } }
`);
const LINK_PROVIDER = graphql(`
  mutation OfficerLinkElderProvider($elderId: ID!, $providerId: ID!) { linkElderProvider(elderId: $elderId, providerId: $providerId) { id } }
`);
const PROVIDER_PICK = graphql(`
  query OfficerProviderPick($filter: ProviderFilter) { providers(filter: $filter, first: 50) { nodes { id name regionCode } } }
`);

type Elder = OfficerEldersQuery['elders']['nodes'][number];

/** Elders in the officer's region (老人管理): filters, pages, and the capability assessment. */
export default function EldersPage() {
  const [careLevels, setCareLevels] = useState<CareLevel[]>([]);
  const [categories, setCategories] = useState<ElderCategory[]>([]);
  const [verifiedOnly, setVerifiedOnly] = useState(false);
  const [regionCode, setRegionCode] = useState('');
  const [after, setAfter] = useState<string | null>(null);
  const filter = { careLevels: careLevels.length ? careLevels : undefined, categories: categories.length ? categories : undefined, verifiedOnly: verifiedOnly || undefined, regionCode: regionCode || undefined };
  const [{ data, error, fetching }, refetch] = useQuery({ query: ELDERS, variables: { filter, after } });
  const [assessing, setAssessing] = useState<Elder | null>(null);
  const [creating, setCreating] = useState(false);
  const [linking, setLinking] = useState<Elder | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const reset = () => setAfter(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} style={{ margin: 0 }}>老人与能力评估</Typography.Title>
        <Button type="primary" onClick={() => setCreating(true)}>登记老人</Button>
      </Space>
      {notice && <Alert type="success" showIcon title={notice} closable onClose={() => setNotice(null)} />}
      <Space wrap>
        能力等级：<Select mode="multiple" allowClear style={{ minWidth: 200 }} value={careLevels} onChange={(v) => { reset(); setCareLevels(v); }} options={options(CARE_LEVEL)} aria-label="能力等级" />
        类别：<Select mode="multiple" allowClear style={{ minWidth: 200 }} value={categories} onChange={(v) => { reset(); setCategories(v); }} options={options(ELDER_CATEGORY)} aria-label="老人类别" />
        <label><Switch size="small" checked={verifiedOnly} onChange={(v) => { reset(); setVerifiedOnly(v); }} /> 只看已核实类别</label>
        区域代码：<Input.Search allowClear style={{ width: 160 }} onSearch={(v) => { reset(); setRegionCode(v); }} aria-label="区域代码" />
      </Space>
      <ApiErrorAlert error={error} />
      <Card>
        <Table rowKey="id" size="small" loading={fetching} pagination={false} dataSource={data?.elders.nodes ?? []} scroll={{ x: true }}
          columns={[
            { title: '姓名', render: (_, e) => `${e.fullName}（${e.age}岁）` },
            { title: '身份证号', dataIndex: 'idNumberMasked' },
            { title: '区划', dataIndex: 'regionCode' },
            { title: '类别', render: (_, e) => (e.categories ?? []).map((c) => <Tag key={c} color={(e.verifiedCategories ?? []).includes(c) ? 'green' : undefined}>{ELDER_CATEGORY[c]}</Tag>) },
            { title: '能力等级', render: (_, e) => (e.latestAssessment ? `${CARE_LEVEL[e.latestAssessment.finalLevel]}（${e.latestAssessment.totalScore}分）` : <Tag color="orange">未评估</Tag>) },
            { title: '下次评估', dataIndex: 'nextAssessmentDue', render: formatDateTime },
            {
              title: '',
              render: (_, e) => (
                <Space wrap>
                  <Button size="small" type="primary" onClick={() => setAssessing(e)}>能力评估</Button>
                  <Button size="small" onClick={() => setLinking(e)}>指定服务机构</Button>
                </Space>
              ),
            },
          ]} />
        <Space style={{ marginTop: 12 }}>
          {after && <Button onClick={() => setAfter(null)}>第一页</Button>}
          {data?.elders.pageInfo.hasNextPage && <Button onClick={() => setAfter(data.elders.pageInfo.endCursor ?? null)}>下一页</Button>}
          <span>共 {data?.elders.totalCount ?? 0} 人</span>
        </Space>
      </Card>
      {creating && <CreateElderModal onClose={(message) => { setCreating(false); if (message) { setNotice(message); reload(); } }} />}
      {linking && <LinkProviderModal elder={linking} onClose={(message) => { setLinking(null); if (message) setNotice(message); }} />}
      {assessing && <AssessDrawer elder={assessing} onClose={() => { setAssessing(null); refetch({ requestPolicy: 'network-only' }); }} />}
    </Space>
  );
}

function AssessDrawer({ elder, onClose }: { elder: Elder; onClose: () => void }) {
  const { form, problem, unplaced, busy, submit } = useApiForm<AssessmentValues>('input');
  const [, record] = useMutation(RECORD);
  const [done, setDone] = useState<{ totalScore: number; finalLevel: string } | null>(null);
  const onFinish = async (v: AssessmentValues) => {
    const data = await submit(() =>
      record({
        input: {
          elderId: elder.id,
          selfCare: v.selfCare as number[],
          mobility: v.mobility as number[],
          mentalState: v.mentalState as number[],
          perceptionSocial: v.perceptionSocial as number[],
          coma: !!v.coma,
          dementiaDiagnosed: !!v.dementiaDiagnosed,
          otherMentalDisorderDiagnosed: !!v.otherMentalDisorderDiagnosed,
          careRiskEventsLast30Days: v.careRiskEventsLast30Days ?? 0,
        },
      }),
    );
    if (data) setDone(data.recordCapabilityAssessment);
  };
  return (
    <Drawer open width={Math.min(960, window.innerWidth)} title={`能力评估 · ${elder.fullName}（GB/T 42195-2022）`} onClose={onClose}
      extra={!done && <Button type="primary" loading={busy} onClick={() => form.submit()}>提交评估</Button>}>
      {done ? (
        <Result status="success" title="评估已记录" subTitle={`总分 ${done.totalScore}，${CARE_LEVEL[done.finalLevel]}`} extra={<Button onClick={onClose}>返回列表</Button>} />
      ) : (
        <>
          <ApiErrorAlert problem={problem} unplaced={unplaced} />
          <AssessmentForm form={form} onFinish={onFinish} />
        </>
      )}
    </Drawer>
  );
}

/** An officer registers an elder in scope; the categories the officer gives are verified at once. */
function CreateElderModal({ onClose }: { onClose: (message: string | null) => void }) {
  const { form, problem, unplaced, busy, submit } = useApiForm<ElderFormValues>('input');
  const [, create] = useMutation(CREATE_ELDER);
  const onFinish = async (v: ElderFormValues) => {
    const data = await submit(() => create({ input: elderInput(v, false) as never }, { additionalTypenames: ['Elder'] }));
    if (data) onClose(`已登记 ${data.createElder.fullName}${data.createElder.verifiedCategories?.length ? '（类别已核实）' : ''}`);
  };
  return (
    <Modal open title="登记老人" okText="登记" confirmLoading={busy} onOk={() => form.submit()} onCancel={() => onClose(null)} destroyOnHidden>
      <ApiErrorAlert problem={problem} unplaced={unplaced} />
      <ElderForm form={form} editing={false} onFinish={onFinish} />
    </Modal>
  );
}

/** Lets a provider in scope serve the elder (its staff may then read the record, assess and register a home bed). */
function LinkProviderModal({ elder, onClose }: { elder: Elder; onClose: (message: string | null) => void }) {
  const { form, problem, unplaced, busy, submit } = useApiForm<{ providerId: string }>('');
  const [, link] = useMutation(LINK_PROVIDER);
  const [{ data }] = useQuery({ query: PROVIDER_PICK, variables: { filter: { regionCode: elder.regionCode.slice(0, 6) } } });
  const providers = data?.providers.nodes ?? [];
  const onFinish = async (v: { providerId: string }) => {
    if (await submit(() => link({ elderId: elder.id, providerId: v.providerId }))) {
      onClose(`${elder.fullName} 已由 ${providers.find((p) => p.id === v.providerId)?.name ?? '该机构'} 服务`);
    }
  };
  return (
    <Modal open title={`指定服务机构：${elder.fullName}`} okText="确定" confirmLoading={busy} onOk={() => form.submit()} onCancel={() => onClose(null)}>
      <ApiErrorAlert problem={problem} unplaced={unplaced} />
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item name="providerId" label="服务机构（同区县）" rules={[{ required: true, message: '请选择机构' }]}>
          <Select showSearch optionFilterProp="label" options={providers.map((p) => ({ value: p.id, label: `${p.name}（${p.regionCode}）` }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
