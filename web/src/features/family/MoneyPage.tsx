import { Button, Card, DatePicker, Descriptions, Empty, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useClient, useQuery } from 'urql';
import { apiProblem } from '../../api/errors';
import { graphql } from '../../gql';
import type { ExportFormat } from '../../gql/graphql';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { downloadExport } from '../../ui/download';
import { china, formatDateTime, yuan } from '../../ui/format';
import { STATEMENT_LINE_KIND } from '../../ui/labels';
import type { ApiProblem } from '../../api/errors';
import { ElderPicker, useSelectedElder } from './ElderPicker';

const STATEMENT = graphql(`
  query ElderStatement($elderId: ID!, $month: String!) {
    elderStatement(elderId: $elderId, month: $month) {
      elderId month copayFen bedFeesFen paymentsFen balanceFen
      lines { kind at description amountFen days orderId reservationId paymentId providerId }
    }
  }
`);
const EXPORT = graphql(`
  query ElderStatementExport($elderId: ID!, $month: String!, $format: ExportFormat!) {
    elderStatementExport(elderId: $elderId, month: $month, format: $format) { fileName contentType contentBase64 }
  }
`);

/** 费用账单: the elder's month (China time) of co-pays for visits, bed fees and payments, with what is still owed. */
export default function MoneyPage() {
  const { elders, elderId, select } = useSelectedElder();
  const [month, setMonth] = useState<Dayjs>(() => china(new Date()).startOf('month'));
  const monthKey = month.format('YYYY-MM');
  const [{ data, fetching, error }] = useQuery({ query: STATEMENT, variables: { elderId: elderId!, month: monthKey }, pause: !elderId, requestPolicy: 'cache-and-network' });
  const client = useClient();
  const [exporting, setExporting] = useState<ExportFormat | null>(null);
  const [exportProblem, setExportProblem] = useState<ApiProblem | null>(null);
  const s = data?.elderStatement;
  const lines = s?.lines ?? [];
  const payments = lines.filter((l) => l.kind === 'PAYMENT');
  const charges = lines.filter((l) => l.kind !== 'PAYMENT');
  const download = async (format: ExportFormat) => {
    if (!elderId) return;
    setExporting(format);
    setExportProblem(null);
    try {
      const result = await client.query(EXPORT, { elderId, month: monthKey, format }, { requestPolicy: 'network-only' }).toPromise();
      const p = apiProblem(result.error);
      if (p) setExportProblem(p);
      else if (result.data) downloadExport(result.data.elderStatementExport);
    } finally {
      setExporting(null);
    }
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2} style={{ margin: 0 }}>费用账单</Typography.Title>
      <Space wrap>
        老人：<ElderPicker value={elderId} elders={elders} onChange={select} />
        月份：<DatePicker picker="month" aria-label="月份" allowClear={false} value={month} onChange={(d) => d && setMonth(d)} disabledDate={(d) => d.isAfter(dayjs(), 'month')} />
      </Space>
      <ApiErrorAlert error={error} />
      {s && (
        <Card data-testid="statement-summary">
          <Descriptions column={{ xs: 1, sm: 2 }} size="middle" bordered>
            <Descriptions.Item label="上门服务自付">{yuan(s.copayFen)}</Descriptions.Item>
            <Descriptions.Item label="床位费">{yuan(s.bedFeesFen)}</Descriptions.Item>
            <Descriptions.Item label="已缴费">{yuan(s.paymentsFen)}</Descriptions.Item>
            <Descriptions.Item label={s.balanceFen >= 0 ? '还需缴费' : '多缴（可退）'}>
              <Typography.Text strong style={{ fontSize: '1.3em' }} data-testid="statement-balance">{yuan(Math.abs(s.balanceFen))}</Typography.Text>
            </Descriptions.Item>
          </Descriptions>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>应缴 = 上门服务自付 + 床位费 − 已缴费。政府补贴的部分已从服务费中扣除，不需要您支付。</Typography.Paragraph>
          <Space wrap>
            <Button loading={exporting === 'XLSX'} onClick={() => download('XLSX')}>下载 Excel 账单</Button>
            <Button loading={exporting === 'CSV'} onClick={() => download('CSV')}>下载 CSV 账单</Button>
          </Space>
          <ApiErrorAlert problem={exportProblem} />
        </Card>
      )}
      {!fetching && s && lines.length === 0 && <Empty description={`${month.format('YYYY年M月')}没有费用`} />}
      {charges.length > 0 && (
        <Card title="费用明细">
          <Table rowKey={(l) => `${l.kind}-${l.orderId ?? l.reservationId}-${l.at}`} size="small" pagination={false} scroll={{ x: true }} dataSource={charges}
            columns={[
              { title: '日期', render: (_, l) => formatDateTime(l.at) },
              { title: '类型', render: (_, l) => <Tag>{STATEMENT_LINE_KIND[l.kind] ?? l.kind}</Tag> },
              { title: '说明', render: (_, l) => `${l.description}${l.days ? `（${l.days} 天）` : ''}` },
              { title: '金额', align: 'right', render: (_, l) => yuan(l.amountFen) },
            ]} />
        </Card>
      )}
      {payments.length > 0 && (
        <Card title="缴费记录">
          <Table rowKey={(l) => l.paymentId ?? l.at} size="small" pagination={false} scroll={{ x: true }} dataSource={payments}
            columns={[
              { title: '日期', render: (_, l) => formatDateTime(l.at) },
              { title: '说明', dataIndex: 'description' },
              // A line is its effect on the balance: a payment is negative, a refund positive.
              { title: '金额', align: 'right', render: (_, l) => (l.amountFen > 0 ? `退款 ${yuan(l.amountFen)}` : yuan(-l.amountFen)) },
            ]} />
        </Card>
      )}
    </Space>
  );
}
