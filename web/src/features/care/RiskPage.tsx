import { App, Button, Card, Empty, Space, Tag, Typography } from 'antd';
import { useCallback } from 'react';
import { useMutation, useQuery } from 'urql';
import { apiProblem, describeProblem } from '../../api/errors';
import { useUser } from '../../app/auth';
import { graphql } from '../../gql';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { formatDateTime } from '../../ui/format';
import { usePolling } from '../../ui/usePolling';
import { RISK_RULE } from './careLabels';
import { useServedElderNames } from './useServedElderNames';

const AT_RISK = graphql(`query CareEldersAtRisk($providerId: ID!) { eldersAtRisk(providerId: $providerId) { id elderId rule detail recordIds createdAt } }`);
const ACK = graphql(`mutation CareAcknowledgeRisk($id: ID!) { acknowledgeRiskAlert(id: $id) { id acknowledgedAt } }`);

/** Elders at risk (风险雷达): each open alert with its rule, its figures and the records that made it. */
export default function RiskPage() {
  const user = useUser();
  const { message } = App.useApp();
  const names = useServedElderNames(user.providerId!);
  const [{ data, error }, refetch] = useQuery({ query: AT_RISK, variables: { providerId: user.providerId! } });
  const refresh = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  usePolling(refresh, 30_000);
  const [, ack] = useMutation(ACK);
  const alerts = data?.eldersAtRisk ?? [];
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2} style={{ margin: 0 }}>风险老人</Typography.Title>
      <ApiErrorAlert error={error} />
      {alerts.length === 0 && <Empty description="暂无待处理的风险提示" />}
      {alerts.map((a) => (
        <Card key={a.id} size="small" data-testid={`risk-${a.id}`} title={<Space wrap><Tag color="red">{RISK_RULE[a.rule]}</Tag>{names.get(a.elderId) ?? '老人'}</Space>}>
          <Space orientation="vertical">
            <span>{a.detail}</span>
            <span>提示时间 {formatDateTime(a.createdAt)}</span>
            <span>依据记录（{a.recordIds.length} 条）：{a.recordIds.map((r) => r.slice(0, 8)).join('、')}</span>
            <Button onClick={async () => {
              const p = apiProblem((await ack({ id: a.id })).error);
              if (p) message.error(describeProblem(p));
              else message.success('已确认风险提示');
              refresh();
            }}>确认已处理</Button>
          </Space>
        </Card>
      ))}
    </Space>
  );
}
