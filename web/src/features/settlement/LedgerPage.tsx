import { Alert, Button, Card, Col, Form, Input, InputNumber, Row, Space, Statistic, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useClient, useMutation, useQuery, type CombinedError } from 'urql';
import { graphql } from '../../gql';
import type { CareLevel, ExportFormat } from '../../gql/graphql';
import { useUser } from '../../app/auth';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { saveBase64 } from '../../ui/files';
import { china, yuan } from '../../ui/format';
import { CARE_LEVEL } from '../../ui/labels';
import { useApiForm } from '../../ui/useApiForm';

const LEDGER = graphql(`
  query SettlementLedger($regionCode: String!, $from: String!, $to: String!) {
    settlementLedger(regionCode: $regionCode, from: $from, to: $to) {
      regionCode from to totalFen approvedStatementsTotalFen
      byMonth { month totalFen }
      bySource { fundingSource totalFen }
      byProvider { providerId totalFen }
    }
    providers(filter: { regionCode: $regionCode }, first: 100) { nodes { id name } }
  }
`);
const LEDGER_EXPORT = graphql(`
  query SettlementLedgerExport($regionCode: String!, $from: String!, $to: String!, $format: ExportFormat!) {
    settlementLedgerExport(regionCode: $regionCode, from: $from, to: $to, format: $format) { fileName contentType contentBase64 }
  }
`);
const RULES = graphql(`
  query SettlementRulesInForce($regionCode: String!) {
    settlementRules(regionCode: $regionCode) {
      regionCode homeBedFundingSource homeBedMonthlySubsidyFen institutionalSupportFundingSource maxTravelKmh shortVisitShareBp
      supportRates { careLevel monthlyFen }
    }
  }
`);
const SET_RULES = graphql(`
  mutation SetSettlementRules($regionPrefix: String!, $input: SettlementRulesInput!) {
    setSettlementRules(regionPrefix: $regionPrefix, input: $input) { regionCode }
  }
`);

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const FUNDING = /^[A-Z][A-Z0-9_]{0,31}$/;

/** The settlement ledger (结算台账) of a region by month, funding source and provider, its export, and the settlement rules. */
export default function LedgerPage() {
  const user = useUser();
  const client = useClient();
  const [query, setQuery] = useState({ regionCode: user.regionScope ?? '', from: china(new Date()).subtract(11, 'month').format('YYYY-MM'), to: china(new Date()).format('YYYY-MM') });
  const [form] = Form.useForm<typeof query>();
  const [{ data, error, fetching }] = useQuery({ query: LEDGER, variables: query });
  const [exportError, setExportError] = useState<CombinedError | null>(null);
  const ledger = data?.settlementLedger;
  const names = new Map((data?.providers.nodes ?? []).map((p) => [p.id, p.name]));
  const download = async (format: ExportFormat) => {
    const r = await client.query(LEDGER_EXPORT, { ...query, format }, { requestPolicy: 'network-only' }).toPromise();
    setExportError(r.error ?? null);
    if (r.data) saveBase64(r.data.settlementLedgerExport);
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2} style={{ margin: 0 }}>结算台账与规则</Typography.Title>
      <Form form={form} layout="inline" initialValues={query} onFinish={setQuery}>
        <Form.Item name="regionCode" label="区域代码" rules={[{ required: true, message: '请填写区域代码' }, { pattern: /^\d{1,12}$/, message: '1到12位数字' }]}><Input inputMode="numeric" style={{ width: 120 }} /></Form.Item>
        <Form.Item name="from" label="起" rules={[{ required: true, message: '起始月份' }, { pattern: MONTH, message: 'YYYY-MM' }]}><Input style={{ width: 100 }} /></Form.Item>
        <Form.Item name="to" label="止" dependencies={['from']}
          rules={[{ required: true, message: '截止月份' }, { pattern: MONTH, message: 'YYYY-MM' },
            ({ getFieldValue }) => ({ validator: (_, v: string) => (!v || v >= getFieldValue('from') ? Promise.resolve() : Promise.reject(new Error('不能早于起始月份'))) })]}>
          <Input style={{ width: 100 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={fetching}>查询</Button>
      </Form>
      <ApiErrorAlert error={error ?? exportError} />
      {ledger && (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={24} md={8}><Card><Statistic title={`${ledger.from} 至 ${ledger.to} 已审核结算`} value={yuan(ledger.totalFen)} /></Card></Col>
            <Col xs={24} md={16}>
              <Card><Space wrap><Button onClick={() => download('XLSX')}>导出台账 Excel</Button><Button onClick={() => download('CSV')}>导出台账 CSV</Button></Space></Card>
            </Col>
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} md={8}>
              <Card title="按月份" size="small">
                <Table rowKey="month" size="small" pagination={false} dataSource={ledger.byMonth} columns={[{ title: '月份', dataIndex: 'month' }, { title: '金额', dataIndex: 'totalFen', render: yuan }]} />
              </Card>
            </Col>
            <Col xs={24} md={8}>
              <Card title="按资金来源" size="small">
                <Table rowKey="fundingSource" size="small" pagination={false} dataSource={ledger.bySource} columns={[{ title: '资金来源', dataIndex: 'fundingSource' }, { title: '金额', dataIndex: 'totalFen', render: yuan }]} />
              </Card>
            </Col>
            <Col xs={24} md={8}>
              <Card title="按机构" size="small">
                <Table rowKey="providerId" size="small" pagination={false} dataSource={ledger.byProvider}
                  columns={[{ title: '机构', dataIndex: 'providerId', render: (id: string) => names.get(id) ?? id.slice(0, 8) }, { title: '金额', dataIndex: 'totalFen', render: yuan }]} />
              </Card>
            </Col>
          </Row>
        </>
      )}
      <SettlementRulesCard regionCode={query.regionCode} />
    </Space>
  );
}

interface RulesValues {
  homeBedMonthlySubsidyYuan: number;
  homeBedFundingSource: string;
  institutionalSupportFundingSource: string;
  maxTravelKmh: number;
  shortVisitPercent: number;
  supportRates: Array<{ careLevel: CareLevel; monthlyYuan: number }>;
}

/** The settlement numbers in force for the region, and setting them at a prefix in scope (setSettlementRules). */
function SettlementRulesCard({ regionCode }: { regionCode: string }) {
  const [{ data, error }, refetch] = useQuery({ query: RULES, variables: { regionCode } });
  const { form, problem, unplaced, busy, submit } = useApiForm<RulesValues>('input', { homeBedMonthlySubsidyFen: 'homeBedMonthlySubsidyYuan', shortVisitShareBp: 'shortVisitPercent', monthlyFen: 'monthlyYuan' });
  const [, save] = useMutation(SET_RULES);
  const [saved, setSaved] = useState(false);
  const r = data?.settlementRules;
  useEffect(() => {
    if (r) {
      form.setFieldsValue({
        homeBedMonthlySubsidyYuan: r.homeBedMonthlySubsidyFen / 100,
        homeBedFundingSource: r.homeBedFundingSource,
        institutionalSupportFundingSource: r.institutionalSupportFundingSource,
        maxTravelKmh: r.maxTravelKmh,
        shortVisitPercent: r.shortVisitShareBp / 100,
        supportRates: r.supportRates.map((s) => ({ careLevel: s.careLevel, monthlyYuan: s.monthlyFen / 100 })),
      });
    }
  }, [r, form]);
  const onFinish = async (v: RulesValues) => {
    setSaved(false);
    const result = await submit(() => save({
      regionPrefix: regionCode,
      input: {
        homeBedMonthlySubsidyFen: Math.round(v.homeBedMonthlySubsidyYuan * 100),
        homeBedFundingSource: v.homeBedFundingSource,
        institutionalSupportFundingSource: v.institutionalSupportFundingSource,
        maxTravelKmh: v.maxTravelKmh,
        shortVisitShareBp: Math.round(v.shortVisitPercent * 100),
        supportRates: v.supportRates.map((s) => ({ careLevel: s.careLevel, monthlyFen: Math.round(s.monthlyYuan * 100) })),
      },
    }));
    if (result) { setSaved(true); refetch({ requestPolicy: 'network-only' }); }
  };
  return (
    <Card title={`结算规则（区域 ${regionCode || '全国默认'}）`}>
      <ApiErrorAlert error={error} />
      {saved && <Alert type="success" showIcon title="结算规则已保存，下次生成结算单时使用" style={{ marginBottom: 12 }} />}
      <ApiErrorAlert problem={problem} unplaced={unplaced} />
      <Form form={form} layout="vertical" onFinish={onFinish} style={{ maxWidth: 720 }}>
        <Space wrap align="start">
          <Form.Item name="homeBedMonthlySubsidyYuan" label="家庭床位每月补贴（元）" rules={[{ required: true, message: '请填写' }, { type: 'number', min: 0, max: 1_000_000, message: '0到1000000元' }]}><InputNumber min={0} precision={2} /></Form.Item>
          <Form.Item name="homeBedFundingSource" label="家庭床位资金来源" rules={[{ required: true, message: '请填写' }, { pattern: FUNDING, message: '如 CITY' }]}><Input style={{ width: 120 }} /></Form.Item>
          <Form.Item name="institutionalSupportFundingSource" label="集中供养资金来源" rules={[{ required: true, message: '请填写' }, { pattern: FUNDING, message: '如 CITY' }]}><Input style={{ width: 120 }} /></Form.Item>
          <Form.Item name="maxTravelKmh" label="两次上门最快速度（公里/小时）" rules={[{ required: true, message: '请填写' }, { type: 'number', min: 1, max: 1000, message: '1到1000' }]}><InputNumber min={1} max={1000} precision={0} /></Form.Item>
          <Form.Item name="shortVisitPercent" label="服务时长不足预约时长的（%）即待核实" rules={[{ required: true, message: '请填写' }, { type: 'number', min: 0, max: 100, message: '0到100' }]}><InputNumber min={0} max={100} precision={2} /></Form.Item>
        </Space>
        <Typography.Text strong>特困集中供养每人每月（元）</Typography.Text>
        <Form.List name="supportRates">
          {(fields) => (
            <Space wrap>
              {fields.map((field) => (
                <Form.Item key={field.key} name={[field.name, 'monthlyYuan']} label={CARE_LEVEL[form.getFieldValue(['supportRates', field.name, 'careLevel']) as string]}
                  rules={[{ required: true, message: '请填写' }, { type: 'number', min: 0, message: '不能为负数' }]}>
                  <InputNumber min={0} precision={2} />
                </Form.Item>
              ))}
            </Space>
          )}
        </Form.List>
        <Button type="primary" htmlType="submit" loading={busy} disabled={!regionCode}>保存结算规则</Button>
      </Form>
    </Card>
  );
}
