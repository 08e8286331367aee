import { Alert, Button, Card, Col, Form, InputNumber, Row, Space, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { StaffCapacityQuery } from '../../gql/graphql';
import { useUser } from '../../app/auth';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { formatDateTime, yuan } from '../../ui/format';
import { BED_CATEGORY } from '../../ui/labels';
import { useApiForm } from '../../ui/useApiForm';

const CAPACITY = graphql(`
  query StaffCapacity($id: ID!) {
    provider(id: $id) {
      id name kind
      capacity { category total occupied reserved available version updatedAt monthlyPriceFen }
    }
  }
`);
const UPDATE = graphql(`
  mutation UpdateCapacity($input: UpdateBedCapacityInput!) {
    updateBedCapacity(input: $input) { providerId category total occupied reserved available version updatedAt monthlyPriceFen }
  }
`);

const CATEGORIES = ['SELF_CARE', 'NURSING', 'DEMENTIA'] as const;
type Capacity = NonNullable<StaffCapacityQuery['provider']>['capacity'][number];

/** Institution staff home (机构首页): the capacity board per bed category, edited with version checks. */
export default function CapacityPage() {
  const user = useUser();
  const [{ data, error }, refetch] = useQuery({ query: CAPACITY, variables: { id: user.providerId! }, pause: !user.providerId });
  const provider = data?.provider;
  const byCategory = new Map((provider?.capacity ?? []).map((c) => [c.category, c]));
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2} style={{ margin: 0 }}>床位看板 · {provider?.name}</Typography.Title>
      <ApiErrorAlert error={error} />
      <Row gutter={[16, 16]}>
        {CATEGORIES.map((category) => {
          const c = byCategory.get(category) ?? { category, total: 0, occupied: 0, reserved: 0, available: 0, version: 0, updatedAt: null, monthlyPriceFen: null };
          return (
            <Col xs={24} md={8} key={category}>
              <CapacityCard providerId={user.providerId!} capacity={c as Capacity} onSaved={() => refetch({ requestPolicy: 'network-only' })} />
            </Col>
          );
        })}
      </Row>
    </Space>
  );
}

function CapacityCard({ providerId, capacity, onSaved }: { providerId: string; capacity: Capacity; onSaved: () => void }) {
  const [editing, setEditing] = useState(false);
  const [, update] = useMutation(UPDATE);
  const { form, problem, unplaced, busy, submit } = useApiForm<{ total: number; occupied: number; monthlyPriceYuan?: number | null }>('input');
  const [conflict, setConflict] = useState(false);
  const onFinish = async (v: { total: number; occupied: number; monthlyPriceYuan?: number | null }) => {
    const data = await submit(() =>
      update({
        input: {
          providerId,
          category: capacity.category,
          total: v.total,
          occupied: v.occupied,
          expectedVersion: capacity.version,
          monthlyPriceFen: v.monthlyPriceYuan === null || v.monthlyPriceYuan === undefined ? undefined : Math.round(v.monthlyPriceYuan * 100),
        },
      }, { additionalTypenames: ['BedCapacity'] }),
    );
    setConflict(!data);
    if (data) setEditing(false);
    // Someone else saved first (STALE_VERSION): reload, so the next save names the version the user has now seen.
    onSaved();
  };
  return (
    <Card title={BED_CATEGORY[capacity.category]} data-testid={`capacity-${capacity.category}`}
      extra={!editing && <Button onClick={() => { setEditing(true); form.setFieldsValue({ total: capacity.total, occupied: capacity.occupied, monthlyPriceYuan: capacity.monthlyPriceFen === null || capacity.monthlyPriceFen === undefined ? null : capacity.monthlyPriceFen / 100 }); }}>修改</Button>}>
      <Row gutter={8}>
        <Col span={6}><Statistic title="总床位" value={capacity.total} /></Col>
        <Col span={6}><Statistic title="已入住" value={capacity.occupied} /></Col>
        <Col span={6}><Statistic title="已预留" value={capacity.reserved} /></Col>
        <Col span={6}><Statistic title="空床" value={capacity.available} /></Col>
      </Row>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        月价 {yuan(capacity.monthlyPriceFen)} · 第 {capacity.version} 版 · 更新于 {formatDateTime(capacity.updatedAt)}
      </Typography.Paragraph>
      {editing && (
        <div style={{ marginTop: 12 }}>
          {conflict && problem?.reason === 'STALE_VERSION' && (
            <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="别人刚刚修改了这类床位" description="上面显示的是最新数据（含新的版本号）。请核对后重新填写并保存，您的修改没有覆盖对方的修改。" />
          )}
          {problem?.reason !== 'STALE_VERSION' && <ApiErrorAlert problem={problem} unplaced={unplaced} />}
          <Form form={form} layout="vertical" onFinish={onFinish}>
            <Form.Item name="total" label="总床位" rules={[{ required: true, message: '请填写总床位' }, { type: 'number', min: 0, message: '不能为负数' }]}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="occupied" label="已入住" dependencies={['total']}
              rules={[{ required: true, message: '请填写已入住数' }, { type: 'number', min: 0, message: '不能为负数' },
                ({ getFieldValue }) => ({ validator: (_, v) => (v === undefined || v === null || v <= (getFieldValue('total') ?? 0) ? Promise.resolve() : Promise.reject(new Error('已入住数不能大于总床位数'))) })]}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="monthlyPriceYuan" label="床位月价（元，可不填）">
              <InputNumber min={0} precision={2} style={{ width: '100%' }} />
            </Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" loading={busy}>保存</Button>
              <Button onClick={() => setEditing(false)}>取消</Button>
            </Space>
          </Form>
        </div>
      )}
    </Card>
  );
}
