import { Button, Card, Descriptions, Empty, Modal, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { MyEldersQuery } from '../../gql/graphql';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { formatDateTime, yuan } from '../../ui/format';
import { CARE_LEVEL, ELDER_CATEGORY } from '../../ui/labels';
import { useApiForm } from '../../ui/useApiForm';
import { ElderForm, elderInput, type ElderFormValues } from './ElderForm';
import { GuardianInvitations, GuardiansModal } from './Guardians';

export const MY_ELDERS = graphql(`
  query MyElders {
    myElders {
      id fullName gender birthDate age idNumberMasked regionCode address phone categories verifiedCategories selfCareClass careLevel
      location { latitude longitude }
      nextAssessmentDue
      latestAssessment { id totalScore scoreLevel finalLevel assessedAt dimensionScores { selfCare mobility mentalState perceptionSocial } }
      subsidy { monthlyAllowanceFen coverageRate basis ruleCode }
      guardians { userId displayName since }
    }
  }
`);

const CREATE_ELDER = graphql(`
  mutation CreateElder($input: CreateElderInput!) { createElder(input: $input) { id fullName } }
`);
const UPDATE_ELDER = graphql(`
  mutation UpdateElder($id: ID!, $input: UpdateElderInput!) { updateElder(id: $id, input: $input) { id fullName } }
`);

type Elder = MyEldersQuery['myElders'][number];

/** Family home (家属首页): my elders, with their assessment and subsidy shown plainly, and what to do next. */
export default function MyEldersPage() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: MY_ELDERS });
  const [editing, setEditing] = useState<Elder | 'new' | null>(null);
  const [guardiansOf, setGuardiansOf] = useState<string | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const navigate = useNavigate();
  const elders = data?.myElders ?? [];
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} style={{ margin: 0 }}>我的老人</Typography.Title>
        <Button type="primary" onClick={() => setEditing('new')}>添加老人</Button>
      </Space>
      <ApiErrorAlert error={error} />
      <GuardianInvitations onAccepted={reload} />
      {!fetching && elders.length === 0 && <Empty description="还没有添加老人。添加后可以查找服务、预约上门和床位。" />}
      {elders.map((e) => (
        <Card
          key={e.id}
          title={`${e.fullName}（${e.age}岁）`}
          extra={<Space wrap><Button onClick={() => setGuardiansOf(e.id)}>监护人（{e.guardians?.length ?? 0}）</Button><Button onClick={() => setEditing(e)}>修改</Button></Space>}
          actions={[
            <Button type="link" key="find" onClick={() => navigate(`/family/find?elder=${e.id}`)}>查找服务</Button>,
            <Button type="link" key="visits" onClick={() => navigate(`/family/visits?elder=${e.id}`)}>上门服务</Button>,
            <Button type="link" key="beds" onClick={() => navigate(`/family/beds?elder=${e.id}`)}>床位预约</Button>,
            <Button type="link" key="day" onClick={() => navigate(`/family/today?elder=${e.id}`)}>今日情况</Button>,
            <Button type="link" key="money" onClick={() => navigate(`/family/money?elder=${e.id}`)}>费用账单</Button>,
          ]}
        >
          <Descriptions column={{ xs: 1, sm: 2 }} size="small">
            <Descriptions.Item label="身份证号">{e.idNumberMasked}</Descriptions.Item>
            <Descriptions.Item label="地址">{e.address ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="老人类别">
              {(e.categories ?? []).length === 0
                ? '无'
                  : (e.categories ?? []).map((c) => (
                    <Tag key={c} color={(e.verifiedCategories ?? []).includes(c) ? 'green' : undefined}>
                      {ELDER_CATEGORY[c]}{(e.verifiedCategories ?? []).includes(c) ? '（已核实）' : '（待核实）'}
                    </Tag>
                  ))}
            </Descriptions.Item>
            <Descriptions.Item label="能力等级">
              {e.latestAssessment ? (
                <span>
                  <Tag color="blue">{CARE_LEVEL[e.latestAssessment.finalLevel]}</Tag>
                  总分 {e.latestAssessment.totalScore}/90，评估于 {formatDateTime(e.latestAssessment.assessedAt)}
                </span>
              ) : (
                '尚未评估（可请民政或机构按国家标准评估）'
              )}
            </Descriptions.Item>
            {e.latestAssessment && (
              <Descriptions.Item label="各项得分">
                自理 {e.latestAssessment.dimensionScores.selfCare}/32，运动 {e.latestAssessment.dimensionScores.mobility}/15，精神 {e.latestAssessment.dimensionScores.mentalState}/28，感知与社会参与 {e.latestAssessment.dimensionScores.perceptionSocial}/15
              </Descriptions.Item>
            )}
            <Descriptions.Item label="下次评估">{e.nextAssessmentDue ? dayjs(e.nextAssessmentDue).format('YYYY-MM-DD') : '—'}</Descriptions.Item>
            <Descriptions.Item label="政府补贴">
              {!e.subsidy
                ? '—'
                : e.subsidy.monthlyAllowanceFen > 0
                  ? `每月 ${yuan(e.subsidy.monthlyAllowanceFen)} 服务额度，上门服务费用补贴 ${Math.round(e.subsidy.coverageRate * 100)}%（${e.subsidy.basis}）`
                  : `暂无（${e.subsidy.basis}）`}
            </Descriptions.Item>
          </Descriptions>
        </Card>
      ))}
      {guardiansOf && elders.some((x) => x.id === guardiansOf) && <GuardiansModal elder={elders.find((x) => x.id === guardiansOf)!} onClose={() => setGuardiansOf(null)} />}
      {editing && (
        <ElderModal
          elder={editing === 'new' ? null : editing}
          onClose={(changed) => {
            setEditing(null);
            if (changed) refetch({ requestPolicy: 'network-only' });
          }}
        />
      )}
    </Space>
  );
}

function ElderModal({ elder, onClose }: { elder: Elder | null; onClose: (changed: boolean) => void }) {
  const { form, problem, unplaced, busy, submit } = useApiForm<ElderFormValues>('input');
  const [, create] = useMutation(CREATE_ELDER);
  const [, update] = useMutation(UPDATE_ELDER);
  const onFinish = async (v: ElderFormValues) => {
    const data = elder
      ? await submit(() => update({ id: elder.id, input: elderInput(v, true) }))
      : await submit(() => create({ input: elderInput(v, false) as never }));
    if (data) onClose(true);
  };
  return (
    <Modal
      open
      title={elder ? `修改 ${elder.fullName} 的信息` : '添加老人'}
      okText="保存"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      <ApiErrorAlert problem={problem} unplaced={unplaced} />
      <ElderForm
        form={form}
        editing={!!elder}
        onFinish={onFinish}
        initialValues={
          elder
            ? {
                fullName: elder.fullName,
                address: elder.address ?? '',
                location: elder.location ?? undefined,
                phone: elder.phone ?? undefined,
                categories: elder.categories ?? [],
                selfCareClass: elder.selfCareClass ?? undefined,
              }
            : undefined
        }
      />
    </Modal>
  );
}
