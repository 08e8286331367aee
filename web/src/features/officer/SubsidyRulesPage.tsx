import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { CareLevel, ElderCategory, ProviderKind, SubsidyRulesQuery } from '../../gql/graphql';
import { useUser } from '../../app/auth';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { CHINA_TZ, formatDateTime, yuan } from '../../ui/format';
import { CARE_LEVEL, ELDER_CATEGORY, options, PROVIDER_KIND } from '../../ui/labels';
import { useApiForm } from '../../ui/useApiForm';

const RULES = graphql(`
  query SubsidyRules($regionCode: String!) {
    subsidyRules(regionCode: $regionCode) {
      id regionPrefix effectiveFrom
      rules { id code basis position minAge minCareLevel anyOfCategories monthlyAllowanceFen coverageRate coverageRateBp fundingSource }
    }
    ratingSubsidyTiers { kind regionPrefix stars flatMonthlyFen perOccupiedBedMonthlyFen fundingSource }
  }
`);
const SET_RULES = graphql(`
  mutation SetSubsidyRules($input: SetSubsidyRulesInput!) { setSubsidyRules(input: $input) { id regionPrefix effectiveFrom } }
`);
const SET_TIERS = graphql(`
  mutation SetRatingSubsidyTiers($kind: ProviderKind!, $regionPrefix: String!, $tiers: [RatingSubsidyTierInput!]!) {
    setRatingSubsidyTiers(kind: $kind, regionPrefix: $regionPrefix, tiers: $tiers) { kind regionPrefix stars }
  }
`);

type RuleSet = NonNullable<SubsidyRulesQuery['subsidyRules']>;
type Tier = SubsidyRulesQuery['ratingSubsidyTiers'][number];
const FUNDING = /^[A-Z][A-Z0-9_]{0,31}$/;

/**
 * Subsidy rules (补贴规则): who is eligible for how much, and the star-tier operating subsidies. Officers publish new
 * rules for their region from now or a later day (past figures are never rewritten); admins also set the tiers.
 */
export default function SubsidyRulesPage() {
  const user = useUser();
  const [region, setRegion] = useState(user.regionScope && user.regionScope.length >= 6 ? user.regionScope : `${user.regionScope ?? '3708'}11`.slice(0, 6));
  const [{ data, error, fetching }, refetch] = useQuery({ query: RULES, variables: { regionCode: region } });
  const [editing, setEditing] = useState(false);
  const [tiersFor, setTiersFor] = useState<{ kind: ProviderKind; regionPrefix: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const set = data?.subsidyRules;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} style={{ margin: 0 }}>补贴规则</Typography.Title>
        <Input.Search addonBefore="区县代码" defaultValue={region} onSearch={setRegion} style={{ width: 240 }} aria-label="区县代码" />
      </Space>
      <ApiErrorAlert error={error} />
      {notice && <Alert type="success" showIcon title={notice} closable onClose={() => setNotice(null)} />}
      <Card title={set ? `适用规则（${set.regionPrefix || '全国默认'}，自 ${formatDateTime(set.effectiveFrom)} 起）` : '适用规则'}
        extra={<Button type="primary" onClick={() => setEditing(true)}>发布新规则</Button>}>
        <Table rowKey="id" size="small" loading={fetching} pagination={false} dataSource={set?.rules ?? []} scroll={{ x: true }}
          columns={[
            { title: '顺序', dataIndex: 'position' },
            { title: '规则', render: (_, r) => `${r.code}：${r.basis}` },
            { title: '年龄', dataIndex: 'minAge', render: (a: number | null) => (a ? `${a}岁以上` : '不限') },
            { title: '能力等级', dataIndex: 'minCareLevel', render: (l: string | null) => (l ? `${CARE_LEVEL[l]}及以上` : '不限') },
            { title: '类别（任一）', dataIndex: 'anyOfCategories', render: (cs: string[]) => (cs.length ? cs.map((c) => <Tag key={c}>{ELDER_CATEGORY[c]}</Tag>) : '不限') },
            { title: '每月额度', dataIndex: 'monthlyAllowanceFen', render: yuan },
            { title: '补贴比例', dataIndex: 'coverageRate', render: (r: number) => `${Math.round(r * 100)}%` },
            { title: '资金来源', dataIndex: 'fundingSource' },
          ]} />
      </Card>
      <Card title="星级运营补贴" extra={user.role === 'ADMIN' && <Button onClick={() => setTiersFor({ kind: 'NURSING_HOME', regionPrefix: '' })}>设置补贴档次</Button>}>
        <Table rowKey={(t) => `${t.kind}-${t.regionPrefix}-${t.stars}`} size="small" pagination={false} dataSource={data?.ratingSubsidyTiers ?? []} scroll={{ x: true }}
          columns={[
            { title: '机构类型', dataIndex: 'kind', render: (k: string) => PROVIDER_KIND[k] },
            { title: '区域', dataIndex: 'regionPrefix', render: (r: string) => r || '默认' },
            { title: '星级', dataIndex: 'stars', render: (s: number) => `${s}星` },
            { title: '每月定额', dataIndex: 'flatMonthlyFen', render: yuan },
            { title: '每张入住床位每月', dataIndex: 'perOccupiedBedMonthlyFen', render: yuan },
            { title: '资金来源', dataIndex: 'fundingSource' },
            ...(user.role === 'ADMIN' ? [{ title: '', render: (_: unknown, t: Tier) => <Button size="small" onClick={() => setTiersFor({ kind: t.kind, regionPrefix: t.regionPrefix })}>修改</Button> }] : []),
          ]} />
      </Card>
      {editing && (
        <RulesModal current={set ?? null} regionPrefix={user.role === 'ADMIN' ? (set?.regionPrefix ?? '') : (user.regionScope ?? '')}
          onClose={(done) => { setEditing(false); if (done) { setNotice(done); reload(); } }} />
      )}
      {tiersFor && (
        <TiersModal {...tiersFor} tiers={(data?.ratingSubsidyTiers ?? []).filter((t) => t.kind === tiersFor.kind && t.regionPrefix === tiersFor.regionPrefix)}
          onClose={(done) => { setTiersFor(null); if (done) { setNotice(done); reload(); } }} />
      )}
    </Space>
  );
}

interface RuleValues {
  code: string;
  basis: string;
  minAge?: number | null;
  minCareLevel?: CareLevel | null;
  anyOfCategories?: ElderCategory[];
  monthlyAllowanceYuan: number;
  coveragePercent: number;
  fundingSource?: string;
}

function RulesModal({ current, regionPrefix, onClose }: { current: RuleSet | null; regionPrefix: string; onClose: (done: string | null) => void }) {
  const { form, problem, unplaced, busy, submit } = useApiForm<{ regionPrefix: string; effectiveFrom?: Dayjs | null; rules: RuleValues[] }>('input', { monthlyAllowanceFen: 'monthlyAllowanceYuan', coverageRateBp: 'coveragePercent' });
  const [, save] = useMutation(SET_RULES);
  const onFinish = async (v: { regionPrefix: string; effectiveFrom?: Dayjs | null; rules: RuleValues[] }) => {
    const rules = (v.rules ?? []).map((r) => ({
      code: r.code.trim(),
      basis: r.basis.trim(),
      minAge: r.minAge ?? undefined,
      minCareLevel: r.minCareLevel ?? undefined,
      anyOfCategories: r.anyOfCategories?.length ? r.anyOfCategories : undefined,
      monthlyAllowanceFen: Math.round(r.monthlyAllowanceYuan * 100),
      coverageRateBp: Math.round(r.coveragePercent * 100),
      fundingSource: r.fundingSource || undefined,
    }));
    // A chosen day starts at China midnight.
    const effectiveFrom = v.effectiveFrom ? v.effectiveFrom.tz(CHINA_TZ, true).startOf('day').toISOString() : undefined;
    const data = await submit(() => save({ input: { regionPrefix: v.regionPrefix, effectiveFrom, rules } }, { additionalTypenames: ['SubsidyRuleSetModel'] }));
    if (data) onClose(`已发布 ${data.setSubsidyRules.regionPrefix || '全国默认'} 的补贴规则，自 ${formatDateTime(data.setSubsidyRules.effectiveFrom)} 起执行`);
  };
  return (
    <Modal open title="发布新的补贴规则" okText="发布" confirmLoading={busy} onOk={() => form.submit()} onCancel={() => onClose(null)} width={900}>
      <Typography.Paragraph type="secondary">新规则从生效时间起取代同一区域的规则（按顺序匹配，第一条符合的规则生效）；已发生的补贴不会改变。</Typography.Paragraph>
      <ApiErrorAlert problem={problem} unplaced={unplaced} />
      <Form form={form} layout="vertical" onFinish={onFinish}
        initialValues={{
          regionPrefix,
          rules: (current?.rules ?? []).map((r) => ({
            code: r.code, basis: r.basis, minAge: r.minAge, minCareLevel: r.minCareLevel, anyOfCategories: r.anyOfCategories,
            monthlyAllowanceYuan: r.monthlyAllowanceFen / 100, coveragePercent: r.coverageRateBp / 100, fundingSource: r.fundingSource,
          })),
        }}>
        <Space wrap>
          <Form.Item name="regionPrefix" label="区域代码前缀" rules={[{ pattern: /^\d{0,12}$/, message: '0到12位数字' }]}><Input inputMode="numeric" style={{ width: 160 }} /></Form.Item>
          <Form.Item name="effectiveFrom" label="生效日期（不填为立即）"><DatePicker /></Form.Item>
        </Space>
        <Form.List name="rules">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, i) => (
                <Card key={field.key} size="small" title={`第 ${i + 1} 条`} style={{ marginBottom: 8 }} extra={<Button size="small" onClick={() => remove(field.name)}>删除</Button>}>
                  <Space wrap align="start">
                    <Form.Item name={[field.name, 'code']} label="代码" rules={[{ required: true, whitespace: true, message: '请填写代码' }, { max: 60, message: '最多60个字符' }]}><Input style={{ width: 180 }} /></Form.Item>
                    <Form.Item name={[field.name, 'basis']} label="依据（文字说明）" rules={[{ required: true, whitespace: true, message: '请填写依据' }, { max: 300, message: '最多300个字符' }]}><Input style={{ width: 320 }} /></Form.Item>
                    <Form.Item name={[field.name, 'minAge']} label="最低年龄"><InputNumber min={0} max={150} precision={0} /></Form.Item>
                    <Form.Item name={[field.name, 'minCareLevel']} label="最低能力等级"><Select allowClear style={{ width: 180 }} options={options(CARE_LEVEL)} /></Form.Item>
                    <Form.Item name={[field.name, 'anyOfCategories']} label="类别（任一）"><Select mode="multiple" allowClear style={{ minWidth: 200 }} options={options(ELDER_CATEGORY)} /></Form.Item>
                    <Form.Item name={[field.name, 'monthlyAllowanceYuan']} label="每月额度（元）" rules={[{ required: true, message: '请填写额度' }, { type: 'number', min: 0, max: 1_000_000, message: '0到1000000元' }]}>
                      <InputNumber min={0} precision={2} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'coveragePercent']} label="补贴比例（%）" rules={[{ required: true, message: '请填写比例' }, { type: 'number', min: 0, max: 100, message: '0到100' }]}>
                      <InputNumber min={0} max={100} precision={2} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'fundingSource']} label="资金来源" rules={[{ pattern: FUNDING, message: '大写字母、数字或_，如 CITY' }]}><Input placeholder="CITY" style={{ width: 120 }} /></Form.Item>
                  </Space>
                </Card>
              ))}
              <Button onClick={() => add({ monthlyAllowanceYuan: 0, coveragePercent: 100 })}>添加一条规则</Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}

interface TierValues {
  kind: ProviderKind;
  regionPrefix: string;
  tiers: Array<{ stars: number; perBedYuan: number; flatYuan: number; fundingSource?: string }>;
}

function TiersModal({ kind, regionPrefix, tiers, onClose }: { kind: ProviderKind; regionPrefix: string; tiers: Tier[]; onClose: (done: string | null) => void }) {
  const { form, problem, unplaced, busy, submit } = useApiForm<TierValues>('', { perOccupiedBedMonthlyFen: 'perBedYuan', flatMonthlyFen: 'flatYuan' });
  const [, save] = useMutation(SET_TIERS);
  const onFinish = async (v: TierValues) => {
    const data = await submit(() => save({
      kind: v.kind,
      regionPrefix: v.regionPrefix ?? '',
      tiers: v.tiers.map((t) => ({ stars: t.stars, perOccupiedBedMonthlyFen: Math.round(t.perBedYuan * 100), flatMonthlyFen: Math.round(t.flatYuan * 100), fundingSource: t.fundingSource || undefined })),
    }, { additionalTypenames: ['RatingSubsidyTier'] }));
    if (data) onClose(`已设置${PROVIDER_KIND[v.kind]}（${v.regionPrefix || '全国默认'}）的星级补贴`);
  };
  return (
    <Modal open title="星级运营补贴档次" okText="保存" confirmLoading={busy} onOk={() => form.submit()} onCancel={() => onClose(null)} width={760}>
      <ApiErrorAlert problem={problem} unplaced={unplaced} />
      <Form form={form} layout="vertical" onFinish={onFinish}
        initialValues={{ kind, regionPrefix, tiers: tiers.map((t) => ({ stars: t.stars, perBedYuan: t.perOccupiedBedMonthlyFen / 100, flatYuan: t.flatMonthlyFen / 100, fundingSource: t.fundingSource })) }}>
        <Space wrap>
          <Form.Item name="kind" label="机构类型" rules={[{ required: true }]}><Select style={{ width: 200 }} options={options(PROVIDER_KIND)} /></Form.Item>
          <Form.Item name="regionPrefix" label="区域代码前缀（空为全国默认）" rules={[{ pattern: /^\d{0,12}$/, message: '0到12位数字' }]}><Input inputMode="numeric" style={{ width: 160 }} /></Form.Item>
        </Space>
        <Form.List name="tiers">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} wrap align="baseline">
                  <Form.Item name={[field.name, 'stars']} rules={[{ required: true, message: '星级' },
                    ({ getFieldValue }) => ({ validator: (_, s) => ((getFieldValue('tiers') as TierValues['tiers']).filter((t) => t?.stars === s).length > 1 ? Promise.reject(new Error('每个星级只设一档')) : Promise.resolve()) })]}>
                    <Select style={{ width: 90 }} options={[1, 2, 3, 4, 5].map((s) => ({ value: s, label: `${s}星` }))} aria-label="星级" />
                  </Form.Item>
                  <Form.Item name={[field.name, 'perBedYuan']} rules={[{ required: true, message: '每床每月' }, { type: 'number', min: 0, max: 1_000_000, message: '0到1000000元' }]}>
                    <InputNumber min={0} precision={2} addonBefore="每床每月¥" aria-label="每张入住床位每月（元）" />
                  </Form.Item>
                  <Form.Item name={[field.name, 'flatYuan']} rules={[{ required: true, message: '每月定额' }, { type: 'number', min: 0, max: 10_000_000, message: '0到10000000元' }]}>
                    <InputNumber min={0} precision={2} addonBefore="定额¥" aria-label="每月定额（元）" />
                  </Form.Item>
                  <Form.Item name={[field.name, 'fundingSource']} rules={[{ pattern: FUNDING, message: '如 CITY' }]}><Input placeholder="CITY" style={{ width: 100 }} aria-label="资金来源" /></Form.Item>
                  <Button onClick={() => remove(field.name)}>删除</Button>
                </Space>
              ))}
              <Button onClick={() => add({ perBedYuan: 0, flatYuan: 0 })}>添加一档</Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
