import { Button, Card, Checkbox, Form, Input, InputNumber, Modal, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { OfficerProvidersQuery, ProviderKind } from '../../gql/graphql';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { CARE_LEVEL, options, OWNERSHIP, PROVIDER_KIND } from '../../ui/labels';
import { MapView } from '../../ui/MapView';
import { rules } from '../../ui/rules';
import { useApiForm } from '../../ui/useApiForm';

const PROVIDERS = graphql(`
  query OfficerProviders($filter: ProviderFilter, $after: String) {
    providers(filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes {
        id name kind ownership regionCode address phone serviceRadiusKm acceptsCareLevels dementiaCare
        location { latitude longitude }
        currentRating { stars validUntil }
        capacity { category total occupied available }
      }
    }
  }
`);
const CREATE = graphql(`mutation CreateProvider($input: CreateProviderInput!) { createProvider(input: $input) { id name } }`);
const UPDATE = graphql(`mutation UpdateProvider($id: ID!, $input: UpdateProviderInput!) { updateProvider(id: $id, input: $input) { id name } }`);

type Provider = OfficerProvidersQuery['providers']['nodes'][number];

/** Providers in the officer's scope (机构管理): filter, page, create and edit; plotted by coordinates. */
export default function ProvidersPage() {
  const [kinds, setKinds] = useState<ProviderKind[]>([]);
  const [regionCode, setRegionCode] = useState<string>('');
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: PROVIDERS,
    variables: { filter: { kinds: kinds.length ? kinds : undefined, regionCode: regionCode || undefined }, after },
  });
  const [editing, setEditing] = useState<Provider | 'new' | null>(null);
  const nodes = data?.providers.nodes ?? [];
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} style={{ margin: 0 }}>服务机构</Typography.Title>
        <Button type="primary" onClick={() => setEditing('new')}>登记机构</Button>
      </Space>
      <Space wrap>
        类型：<Select mode="multiple" allowClear style={{ minWidth: 220 }} value={kinds} onChange={(v) => { setAfter(null); setKinds(v); }} options={options(PROVIDER_KIND)} aria-label="机构类型" />
        区域代码：<Input.Search allowClear style={{ width: 180 }} onSearch={(v) => { setAfter(null); setRegionCode(v); }} aria-label="区域代码" />
      </Space>
      <ApiErrorAlert error={error} />
      <Card>
        <Table rowKey="id" size="small" loading={fetching} pagination={false} dataSource={nodes} scroll={{ x: true }}
          columns={[
            { title: '名称', dataIndex: 'name' },
            { title: '类型', dataIndex: 'kind', render: (k: string) => PROVIDER_KIND[k] },
            { title: '性质', dataIndex: 'ownership', render: (o: string) => OWNERSHIP[o] },
            { title: '区划', dataIndex: 'regionCode' },
            { title: '星级', render: (_, p) => (p.currentRating ? <Tag color="gold">{'★'.repeat(p.currentRating.stars)}</Tag> : '未评定') },
            { title: '空床/总床位', render: (_, p) => `${p.capacity.reduce((n, c) => n + c.available, 0)}/${p.capacity.reduce((n, c) => n + c.total, 0)}` },
            { title: '', render: (_, p) => <Button size="small" onClick={() => setEditing(p)}>修改</Button> },
          ]} />
        <Space style={{ marginTop: 12 }}>
          {after && <Button onClick={() => setAfter(null)}>第一页</Button>}
          {data?.providers.pageInfo.hasNextPage && <Button onClick={() => setAfter(data.providers.pageInfo.endCursor ?? null)}>下一页</Button>}
          <span>共 {data?.providers.totalCount ?? 0} 家</span>
        </Space>
      </Card>
      {nodes.length > 0 && (
        <Card title="机构分布（按经纬度）">
          <MapView points={nodes.map((p) => ({ id: p.id, name: p.name, ...p.location, kind: 'provider', detail: PROVIDER_KIND[p.kind] }))} />
        </Card>
      )}
      {editing && <ProviderModal provider={editing === 'new' ? null : editing} onClose={(changed) => { setEditing(null); if (changed) refetch({ requestPolicy: 'network-only' }); }} />}
    </Space>
  );
}

interface ProviderValues {
  name: string;
  kind: ProviderKind;
  ownership: 'PUBLIC' | 'PRIVATE' | 'PUBLIC_BUILT_PRIVATE_RUN';
  regionCode: string;
  address: string;
  location: { latitude: number; longitude: number };
  phone?: string;
  serviceRadiusKm?: number | null;
  acceptsCareLevels?: string[];
  dementiaCare?: boolean;
}

function ProviderModal({ provider, onClose }: { provider: Provider | null; onClose: (changed: boolean) => void }) {
  const { form, problem, unplaced, busy, submit } = useApiForm<ProviderValues>('input');
  const [, create] = useMutation(CREATE);
  const [, update] = useMutation(UPDATE);
  const onFinish = async (v: ProviderValues) => {
    const common = { name: v.name, ownership: v.ownership, address: v.address, location: v.location, phone: v.phone || undefined, serviceRadiusKm: v.serviceRadiusKm ?? undefined, acceptsCareLevels: v.acceptsCareLevels as never, dementiaCare: v.dementiaCare };
    const data = provider ? await submit(() => update({ id: provider.id, input: common })) : await submit(() => create({ input: { ...common, kind: v.kind, regionCode: v.regionCode } }));
    if (data) onClose(true);
  };
  return (
    <Modal open title={provider ? `修改 ${provider.name}` : '登记服务机构'} okText="保存" confirmLoading={busy} onOk={() => form.submit()} onCancel={() => onClose(false)} width={640}>
      <ApiErrorAlert problem={problem} unplaced={unplaced} />
      <Form form={form} layout="vertical" onFinish={onFinish}
        initialValues={provider ? { ...provider, phone: provider.phone ?? undefined } : { ownership: 'PRIVATE', kind: 'NURSING_HOME', acceptsCareLevels: Object.keys(CARE_LEVEL), dementiaCare: false }}>
        <Form.Item name="name" label="机构名称" rules={[{ required: true, message: '请填写机构名称' }, { max: 200, message: '最多200个字符' }]}><Input /></Form.Item>
        {!provider && <Form.Item name="kind" label="机构类型" rules={[{ required: true }]}><Select options={options(PROVIDER_KIND)} /></Form.Item>}
        <Form.Item name="ownership" label="性质" rules={[{ required: true }]}><Select options={options(OWNERSHIP)} /></Form.Item>
        {!provider && <Form.Item name="regionCode" label="行政区划代码" rules={rules.regionCode}><Input inputMode="numeric" maxLength={12} /></Form.Item>}
        <Form.Item name="address" label="地址" rules={rules.address}><Input /></Form.Item>
        <Form.Item label="坐标" required>
          <Space wrap>
            <Form.Item name={['location', 'latitude']} noStyle rules={rules.latitude}><InputNumber placeholder="纬度" step={0.0001} style={{ width: 160 }} aria-label="纬度" /></Form.Item>
            <Form.Item name={['location', 'longitude']} noStyle rules={rules.longitude}><InputNumber placeholder="经度" step={0.0001} style={{ width: 160 }} aria-label="经度" /></Form.Item>
          </Space>
        </Form.Item>
        <Form.Item name="phone" label="联系电话"><Input /></Form.Item>
        <Form.Item name="serviceRadiusKm" label="上门服务半径（公里）"><InputNumber min={0} max={200} /></Form.Item>
        <Form.Item name="acceptsCareLevels" label="接收的能力等级"><Checkbox.Group options={options(CARE_LEVEL)} /></Form.Item>
        <Form.Item name="dementiaCare" label="提供失智照护" valuePropName="checked"><Switch /></Form.Item>
      </Form>
    </Modal>
  );
}
