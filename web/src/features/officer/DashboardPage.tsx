import { Card, Col, Input, Row, Space, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useUser } from '../../app/auth';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { Chart } from '../../ui/Chart';
import { percent } from '../../ui/format';
import { BED_CATEGORY, CARE_LEVEL, PROVIDER_KIND } from '../../ui/labels';
import { RiskAlertsCard } from './RiskAlertsCard';

const STATS = graphql(`
  query RegionStats($regionCode: String!) {
    regionStatistics(regionCode: $regionCode) {
      regionCode elders eldersNotAssessed homeBeds unrated nursingBedShare occupancyRate
      providersByKind { kind count }
      beds { category total occupied reserved }
      starDistribution { stars count }
      eldersByCareLevel { level count }
      homeCareOrders { total completed cancelled noShow }
      extremePoverty { total centralized dependent dependentCentralized dependentCentralizedRate }
    }
  }
`);

/** Officer home (民政首页): the region's figures and charts from regionStatistics. */
export default function DashboardPage() {
  const user = useUser();
  const [region, setRegion] = useState(user.regionScope ?? '');
  const [{ data, error }] = useQuery({ query: STATS, variables: { regionCode: region }, pause: !/^\d{2,12}$/.test(region) });
  const s = data?.regionStatistics;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} style={{ margin: 0 }}>区域概况</Typography.Title>
        <Input.Search aria-label="行政区划代码" defaultValue={region} onSearch={setRegion} style={{ width: 220 }} addonBefore="区域代码" />
      </Space>
      <ApiErrorAlert error={error} />
      {s && (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}><Card><Statistic title="登记老人" value={s.elders} suffix="人" /></Card></Col>
            <Col xs={12} md={6}><Card><Statistic title="未评估老人" value={s.eldersNotAssessed} suffix="人" /></Card></Col>
            <Col xs={12} md={6}><Card><Statistic title="床位入住率" value={percent(s.occupancyRate)} /></Card></Col>
            <Col xs={12} md={6}><Card><Statistic title="护理型床位占比" value={percent(s.nursingBedShare)} /></Card></Col>
            <Col xs={12} md={6}><Card><Statistic title="家庭养老床位" value={s.homeBeds} suffix="张" /></Card></Col>
            <Col xs={12} md={6}><Card><Statistic title="上门服务（完成/总数）" value={`${s.homeCareOrders.completed}/${s.homeCareOrders.total}`} /></Card></Col>
            <Col xs={12} md={6}><Card><Statistic title="未评星机构" value={s.unrated} suffix="家" /></Card></Col>
            <Col xs={12} md={6}><Card><Statistic title="特困失能老人集中供养率" value={percent(s.extremePoverty.dependentCentralizedRate)} /></Card></Col>
          </Row>
          <RiskAlertsCard regionCode={region} />
          <Row gutter={[16, 16]}>
            <Col xs={24} md={12}>
              <Card title="机构类型">
                <Chart label="机构类型柱状图" option={{ tooltip: {}, grid: { left: 110, right: 20, top: 10, bottom: 30 }, xAxis: { type: 'value', minInterval: 1 }, yAxis: { type: 'category', data: s.providersByKind.map((k) => PROVIDER_KIND[k.kind]) }, series: [{ type: 'bar', data: s.providersByKind.map((k) => k.count), label: { show: true, position: 'right' } }] }} />
              </Card>
            </Col>
            <Col xs={24} md={12}>
              <Card title="床位（总数与入住）">
                <Chart label="床位柱状图" option={{ tooltip: {}, legend: {}, xAxis: { type: 'category', data: s.beds.map((b) => BED_CATEGORY[b.category]) }, yAxis: { type: 'value' }, series: [{ name: '总床位', type: 'bar', data: s.beds.map((b) => b.total) }, { name: '已入住', type: 'bar', data: s.beds.map((b) => b.occupied) }, { name: '已预留', type: 'bar', data: s.beds.map((b) => b.reserved) }] }} />
              </Card>
            </Col>
            <Col xs={24} md={12}>
              <Card title="老人能力等级">
                <Chart label="老人能力等级饼图" option={{ tooltip: {}, series: [{ type: 'pie', radius: ['35%', '65%'], data: [...s.eldersByCareLevel.filter((l) => l.count > 0).map((l) => ({ name: CARE_LEVEL[l.level], value: l.count })), ...(s.eldersNotAssessed > 0 ? [{ name: '未评估', value: s.eldersNotAssessed }] : [])] }] }} />
              </Card>
            </Col>
            <Col xs={24} md={12}>
              <Card title="机构星级分布">
                <Chart label="星级分布柱状图" option={{ tooltip: {}, xAxis: { type: 'category', data: s.starDistribution.map((d) => `${d.stars}星`) }, yAxis: { type: 'value', minInterval: 1 }, series: [{ type: 'bar', data: s.starDistribution.map((d) => d.count), label: { show: true, position: 'top' } }] }} />
              </Card>
            </Col>
          </Row>
        </>
      )}
    </Space>
  );
}
