import { Button, Card, Empty, Form, List, Progress, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { BedCategory, CareSetting, ServiceKind } from '../../gql/graphql';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { yuan } from '../../ui/format';
import { BED_CATEGORY, CARE_SETTING, MATCH_FACTOR, options, PROVIDER_KIND, SERVICE_KIND } from '../../ui/labels';
import { MapView, type MapPoint } from '../../ui/MapView';
import { ElderPicker, useSelectedElder } from './ElderPicker';

const MATCH = graphql(`
  query MatchProviders($need: CareNeedInput!) {
    matchProviders(need: $need, first: 10) {
      score distanceKm setting bedCategory availableBeds estimatedMonthlyCostFen estimatedSubsidyFen
      reasons { factor weight value detail }
      provider {
        id name kind address phone location { latitude longitude }
        currentRating { stars }
        reviewSummary { average count }
        services { kind priceFen unit durationMinutes }
      }
    }
  }
`);

/** Find care for an elder (查找服务): matching with its reasons, on a list and a map. */
export default function FindCarePage() {
  const { elders, elder, elderId, select } = useSelectedElder();
  const [setting, setSetting] = useState<CareSetting>('HOME_CARE');
  const [services, setServices] = useState<ServiceKind[]>([]);
  const [bedCategory, setBedCategory] = useState<BedCategory | undefined>();
  const navigate = useNavigate();
  const need = useMemo(
    () => ({ elderId, setting, services: setting === 'RESIDENTIAL' ? undefined : services, bedCategory: setting === 'RESIDENTIAL' ? bedCategory : undefined }),
    [elderId, setting, services, bedCategory],
  );
  const [{ data, fetching, error }] = useQuery({ query: MATCH, variables: { need }, pause: !elderId });
  const matches = data?.matchProviders ?? [];
  const points: MapPoint[] = useMemo(() => {
    const list: MapPoint[] = matches.map((m) => ({
      id: m.provider.id,
      name: m.provider.name,
      latitude: m.provider.location.latitude,
      longitude: m.provider.location.longitude,
      kind: 'provider',
      detail: `匹配度 ${Math.round(m.score)}，距离 ${m.distanceKm.toFixed(1)} 公里`,
    }));
    if (elder?.location) list.push({ id: elder.id, name: elder.fullName, ...elder.location, kind: 'elder', detail: '老人住址' });
    return list;
  }, [matches, elder]);
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2} style={{ margin: 0 }}>查找服务</Typography.Title>
      <Form layout="inline" style={{ rowGap: 8 }}>
        <Form.Item label="老人"><ElderPicker value={elderId} elders={elders} onChange={select} /></Form.Item>
        <Form.Item label="服务方式">
          <Radio.Group value={setting} onChange={(e) => setSetting(e.target.value)} options={options(CARE_SETTING)} optionType="button" />
        </Form.Item>
        {setting !== 'RESIDENTIAL' ? (
          <Form.Item label="需要的服务">
            <Select mode="multiple" allowClear style={{ minWidth: 220 }} value={services} onChange={setServices} options={options(SERVICE_KIND)} aria-label="需要的服务" />
          </Form.Item>
        ) : (
          <Form.Item label="床位类型">
            <Select allowClear style={{ minWidth: 160 }} value={bedCategory} onChange={setBedCategory} options={options(BED_CATEGORY)} aria-label="床位类型" />
          </Form.Item>
        )}
      </Form>
      <ApiErrorAlert error={error} />
      {!elderId && <Empty description="请先在“我的老人”中添加老人" />}
      {elderId && !fetching && matches.length === 0 && <Empty description="没有符合条件的服务机构，可以放宽条件再试" />}
      {matches.length > 0 && (
        <Card title="位置分布（按经纬度绘制，不加载在线地图）" size="small">
          <MapView points={points} onSelect={(id) => document.getElementById(`match-${id}`)?.scrollIntoView({ behavior: 'smooth' })} />
        </Card>
      )}
      <List
        dataSource={matches}
        loading={fetching}
        renderItem={(m) => (
          <Card
            id={`match-${m.provider.id}`}
            key={m.provider.id}
            style={{ marginBottom: 16 }}
            title={
              <Space wrap>
                <span>{m.provider.name}</span>
                <Tag>{PROVIDER_KIND[m.provider.kind]}</Tag>
                {m.provider.currentRating && <Tag color="gold">{'★'.repeat(m.provider.currentRating.stars)}</Tag>}
              </Space>
            }
            extra={<Progress type="circle" size={56} percent={Math.round(m.score)} format={(p) => `${p}分`} aria-label={`匹配度 ${Math.round(m.score)} 分`} />}
            actions={[
              m.setting === 'RESIDENTIAL' ? (
                <Button key="bed" type="primary" onClick={() => navigate(`/family/beds?elder=${elderId}&provider=${m.provider.id}${m.bedCategory ? `&category=${m.bedCategory}` : ''}`)}>预约床位</Button>
              ) : (
                <Button key="book" type="primary" onClick={() => navigate(`/family/book?elder=${elderId}&provider=${m.provider.id}${services[0] ? `&service=${services[0]}` : ''}`)}>预约上门服务</Button>
              ),
            ]}
          >
            <Typography.Paragraph>
              {m.provider.address} · 距离 {m.distanceKm.toFixed(1)} 公里
              {m.availableBeds !== null && m.availableBeds !== undefined && ` · 空床 ${m.availableBeds} 张`}
              {m.estimatedMonthlyCostFen !== null && m.estimatedMonthlyCostFen !== undefined && ` · 预计每月 ${yuan(m.estimatedMonthlyCostFen)}`}
              {m.estimatedSubsidyFen ? `（其中补贴 ${yuan(m.estimatedSubsidyFen)}）` : ''}
              {m.provider.reviewSummary.count > 0 && ` · 评价 ${m.provider.reviewSummary.average?.toFixed(1)} 分（${m.provider.reviewSummary.count} 条）`}
            </Typography.Paragraph>
            <Table
              size="small"
              pagination={false}
              rowKey="factor"
              dataSource={m.reasons}
              caption="匹配理由（匹配度 = 各项权重 × 得分之和）"
              columns={[
                { title: '因素', dataIndex: 'factor', render: (f: string) => MATCH_FACTOR[f] ?? f },
                { title: '权重', dataIndex: 'weight', render: (w: number) => `${Math.round(w * 100)}%` },
                { title: '得分', dataIndex: 'value', render: (v: number) => Math.round(v) },
                { title: '说明', dataIndex: 'detail' },
              ]}
            />
          </Card>
        )}
      />
    </Space>
  );
}
