import { Card, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useUser } from '../../app/auth';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { formatDateTime } from '../../ui/format';
import { SERVICE_KIND, WEEKDAY } from '../../ui/labels';

const CAREGIVERS = graphql(`
  query StaffCaregivers($providerId: ID!) {
    caregivers(providerId: $providerId) {
      id displayName qualifiedServices customHours customQualifications
      workingHours { weekday startTime endTime }
    }
    homeBeds(providerId: $providerId) {
      id elderId status createdAt generatedUntil plan { weekday time service durationMinutes }
    }
  }
`);

/** Caregivers and their working hours (护理员与排班), and the home beds (家庭养老床位) the institution serves. */
export default function CaregiversPage() {
  const user = useUser();
  const [{ data, error, fetching }] = useQuery({ query: CAREGIVERS, variables: { providerId: user.providerId! } });
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2} style={{ margin: 0 }}>护理员与家庭床位</Typography.Title>
      <ApiErrorAlert error={error} />
      <Card title="护理员">
        <Table rowKey="id" size="small" loading={fetching} pagination={{ pageSize: 20 }} dataSource={data?.caregivers ?? []} scroll={{ x: true }}
          columns={[
            { title: '姓名', dataIndex: 'displayName' },
            { title: '可提供的服务', render: (_, c) => (c.customQualifications ? c.qualifiedServices.map((s) => <Tag key={s}>{SERVICE_KIND[s]}</Tag>) : '全部服务') },
            { title: '工作时间', render: (_, c) => <>{c.workingHours.map((w, i) => <div key={i}>{WEEKDAY[w.weekday]} {w.startTime}–{w.endTime}</div>)}{!c.customHours && <Tag>地区默认</Tag>}</> },
          ]} />
      </Card>
      <Card title="家庭养老床位">
        <Table rowKey="id" size="small" loading={fetching} pagination={{ pageSize: 20 }} dataSource={data?.homeBeds ?? []} scroll={{ x: true }}
          columns={[
            { title: '登记时间', dataIndex: 'createdAt', render: formatDateTime },
            { title: '状态', dataIndex: 'status', render: (s: string) => (s === 'ACTIVE' ? <Tag color="green">服务中</Tag> : <Tag>{s}</Tag>) },
            { title: '服务计划', render: (_, b) => b.plan.map((p, i) => <div key={i}>{WEEKDAY[p.weekday]} {p.time} {SERVICE_KIND[p.service]} {p.durationMinutes}分钟</div>) },
            { title: '已排到', dataIndex: 'generatedUntil', render: formatDateTime },
          ]} />
      </Card>
    </Space>
  );
}
