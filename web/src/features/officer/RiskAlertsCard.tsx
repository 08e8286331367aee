import { Card, Col, Row, Statistic, Tag } from 'antd';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { RISK_RULE } from '../care/careLabels';

const RISK = graphql(`
  query RegionRiskAlerts($regionCode: String!) {
    riskAlerts(regionCode: $regionCode) { regionCode openAlerts eldersAtRisk byRule { rule count } }
    incidents(filter: { regionCode: $regionCode, serious: true, status: [REPORTED, UNDER_REVIEW] }, first: 1) { totalCount }
  }
`);

/** The region's open risk alerts (风险预警) by rule and its open serious incidents, in figures. */
export function RiskAlertsCard({ regionCode }: { regionCode: string }) {
  const [{ data, error }] = useQuery({ query: RISK, variables: { regionCode } });
  const r = data?.riskAlerts;
  return (
    <Card title="风险预警与严重事件">
      <ApiErrorAlert error={error} />
      {r && (
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}><Statistic title="未处理预警" value={r.openAlerts} suffix="条" /></Col>
          <Col xs={12} md={6}><Statistic title="有预警的老人" value={r.eldersAtRisk} suffix="人" /></Col>
          <Col xs={12} md={6}><Statistic title="未结案严重事件" value={data?.incidents.totalCount ?? 0} suffix="起" /></Col>
          <Col xs={24} md={6}>
            {r.byRule.filter((b) => b.count > 0).map((b) => <Tag key={b.rule} color="orange">{RISK_RULE[b.rule] ?? b.rule} {b.count}</Tag>)}
            {r.byRule.every((b) => b.count === 0) && '暂无预警'}
          </Col>
        </Row>
      )}
    </Card>
  );
}
