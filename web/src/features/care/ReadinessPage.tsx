import { Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from 'urql';
import { useUser } from '../../app/auth';
import { graphql } from '../../gql';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { PREREQUISITE } from '../../ui/labels';

const READINESS = graphql(`
  query CareRatingReadiness($providerId: ID!) {
    ratingReadiness(providerId: $providerId) {
      rubricVersion caregiverCount fullyDependentResidentCount occupiedBeds totalBeds roomCount roomsWithOwnBathroomCount incidentsLast12Months
      lastTotalPoints scoreStars predictedStars failedPrerequisites prerequisites { star code met value required }
    }
  }
`);

/** Where the home stands before a star rating (评级准备): the prerequisites from live data and the predicted stars. */
export default function ReadinessPage() {
  const user = useUser();
  const [{ data, error }] = useQuery({ query: READINESS, variables: { providerId: user.providerId! } });
  const r = data?.ratingReadiness;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2} style={{ margin: 0 }}>评级准备</Typography.Title>
      <ApiErrorAlert error={error} />
      {r && (
        <Card>
          <Descriptions column={{ xs: 1, sm: 2 }} size="small">
            <Descriptions.Item label="预计星级">{r.predictedStars != null ? `${r.predictedStars} 星` : '尚无评定分数'}</Descriptions.Item>
            <Descriptions.Item label="上次总分">{r.lastTotalPoints ?? '—'}（分数对应 {r.scoreStars ?? '—'} 星）</Descriptions.Item>
            <Descriptions.Item label="护理员">{r.caregiverCount}</Descriptions.Item>
            <Descriptions.Item label="完全失能入住老人">{r.fullyDependentResidentCount}</Descriptions.Item>
            <Descriptions.Item label="床位">{r.occupiedBeds} / {r.totalBeds}</Descriptions.Item>
            <Descriptions.Item label="房间（带独立卫生间）">{r.roomCount ?? '未记录'}（{r.roomsWithOwnBathroomCount ?? '—'}）</Descriptions.Item>
            <Descriptions.Item label="近12个月安全事件">{r.incidentsLast12Months}</Descriptions.Item>
          </Descriptions>
          <Table rowKey={(p) => `${p.star}-${p.code}`} size="small" pagination={false} dataSource={r.prerequisites} style={{ marginTop: 16 }}
            columns={[
              { title: '星级', dataIndex: 'star', render: (s: number) => `${s} 星` },
              { title: '条件', render: (_, p) => PREREQUISITE[p.code] ?? p.code },
              { title: '本院', render: (_, p) => p.value ?? '无法计算' },
              { title: '要求', dataIndex: 'required' },
              { title: '', render: (_, p) => (p.met ? <Tag color="green">满足</Tag> : <Tag color="red">未满足</Tag>) },
            ]} />
        </Card>
      )}
    </Space>
  );
}
