import { Alert, Button, Card, Descriptions, Drawer, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useClient, useMutation, useQuery, type CombinedError } from 'urql';
import { graphql } from '../../gql';
import type { ExportFormat, SettlementStatus, StatementDetailQuery } from '../../gql/graphql';
import { useUser } from '../../app/auth';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { saveBase64 } from '../../ui/files';
import { china, formatDateTime, yuan } from '../../ui/format';
import {
  options, ROLE, SETTLEMENT_ACTION, SETTLEMENT_HOLD_REASON, SETTLEMENT_LINE_KIND, SETTLEMENT_LINE_STATUS, SETTLEMENT_STATUS, SETTLEMENT_STATUS_COLOR,
} from '../../ui/labels';
import { useApiForm } from '../../ui/useApiForm';


const STATEMENTS = graphql(`
  query SettlementStatements($filter: SettlementFilter, $after: String) {
    settlementStatements(filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes { id providerId month fundingSource status totalFen lineCount heldCount generatedAt submittedAt approvedAt paidAt paidOn paymentReference }
    }
  }
`);
const DETAIL = graphql(`
  query StatementDetail($id: ID!) {
    settlementStatement(id: $id) {
      id providerId month fundingSource status totalFen lineCount heldCount generatedAt submittedAt approvedAt paidAt paidOn paymentReference
      lines { id lineKind status amountFen basis days elderId orderId adjustsLineId holdReasons decision { accepted note at } }
      events { action actorRole at fromStatus toStatus note lineId }
    }
  }
`);
const PROVIDER_NAMES = graphql(`query SettlementProviderNames($filter: ProviderFilter) { providers(filter: $filter, first: 100) { nodes { id name } } }`);
const GENERATE = graphql(`mutation GenerateSettlement($providerId: ID!, $month: String!) { generateSettlement(providerId: $providerId, month: $month) { id status } }`);
const SUBMIT = graphql(`mutation SubmitSettlement($id: ID!) { submitSettlement(id: $id) { id status submittedAt } }`);
const APPROVE = graphql(`mutation ApproveSettlement($id: ID!) { approveSettlement(id: $id) { id status approvedAt totalFen } }`);
const REJECT = graphql(`mutation RejectSettlement($id: ID!, $reason: String!) { rejectSettlement(id: $id, reason: $reason) { id status } }`);
const PAID = graphql(`mutation MarkSettlementPaid($id: ID!, $reference: String!, $paidOn: String!) { markSettlementPaid(id: $id, reference: $reference, paidOn: $paidOn) { id status paidOn paymentReference } }`);
const DECIDE = graphql(`mutation DecideSettlementLine($lineId: ID!, $accept: Boolean!, $note: String!) { decideSettlementLine(lineId: $lineId, accept: $accept, note: $note) { id status } }`);
const ADJUST = graphql(`mutation AddSettlementAdjustment($input: SettlementAdjustmentInput!) { addSettlementAdjustment(input: $input) { id amountFen } }`);
const EXPORT = graphql(`query SettlementStatementExport($id: ID!, $format: ExportFormat!) { settlementStatementExport(id: $id, format: $format) { fileName contentType contentBase64 } }`);

type Line = NonNullable<StatementDetailQuery['settlementStatement']>['lines'][number];

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const lastMonth = () => china(new Date()).subtract(1, 'month').format('YYYY-MM');
const refetchTypes = { additionalTypenames: ['SettlementStatement', 'SettlementLine'] };

/**
 * Monthly subsidy statements (补贴结算): the provider's staff generate and submit theirs; officers in scope review the
 * held lines, approve or send back, record the payment and correct approved lines with adjustments.
 */
export default function StatementsPage() {
  const user = useUser();
  const officer = user.role === 'CIVIL_AFFAIRS' || user.role === 'ADMIN';
  const [status, setStatus] = useState<SettlementStatus[]>(officer ? ['SUBMITTED'] : []);
  const [month, setMonth] = useState('');
  const [regionCode, setRegionCode] = useState('');
  const [providerId, setProviderId] = useState<string | undefined>();
  const [after, setAfter] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [filterError, setFilterError] = useState<string | null>(null);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: STATEMENTS,
    variables: { filter: { status: status.length ? status : undefined, month: month || undefined, regionCode: regionCode || undefined, providerId }, after },
  });
  // Staff see their own provider's statements only; officers' lists name the providers of their region.
  const [{ data: names }] = useQuery({ query: PROVIDER_NAMES, variables: { filter: { regionCode: user.regionScope ?? undefined } }, pause: !officer });
  const providerName = new Map((names?.providers.nodes ?? []).map((p) => [p.id, p.name]));
  if (!officer && user.providerId) providerName.set(user.providerId, '本机构');
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2} style={{ margin: 0 }}>补贴结算</Typography.Title>
      {!officer && <GenerateCard providerId={user.providerId!} onDone={reload} />}
      <Space wrap>
        状态：<Select mode="multiple" allowClear style={{ minWidth: 200 }} value={status} onChange={(v) => { setAfter(null); setStatus(v); }} options={options(SETTLEMENT_STATUS)} aria-label="按状态筛选" />
        <Input.Search allowClear style={{ width: 170 }} placeholder="月份 YYYY-MM" aria-label="按月份筛选"
          onSearch={(v) => { if (v && !MONTH.test(v)) { setFilterError('月份格式为 YYYY-MM'); return; } setFilterError(null); setAfter(null); setMonth(v); }} />
        {officer && <Input.Search allowClear style={{ width: 170 }} placeholder="区域代码" aria-label="按区域筛选" inputMode="numeric"
          onSearch={(v) => { if (v && !/^\d{1,12}$/.test(v)) { setFilterError('区域代码为1到12位数字'); return; } setFilterError(null); setAfter(null); setRegionCode(v); }} />}
        {officer && <Select allowClear showSearch optionFilterProp="label" style={{ width: 220 }} placeholder="全部机构" aria-label="按机构筛选" value={providerId}
          onChange={(v) => { setAfter(null); setProviderId(v); }} options={(names?.providers.nodes ?? []).map((p) => ({ value: p.id, label: p.name }))} />}
      </Space>
      {filterError && <Alert type="error" showIcon title={filterError} />}
      <ApiErrorAlert error={error} />
      <Card>
        <Table rowKey="id" size="small" loading={fetching} pagination={false} dataSource={data?.settlementStatements.nodes ?? []} scroll={{ x: true }}
          columns={[
            { title: '月份', dataIndex: 'month' },
            { title: '机构', dataIndex: 'providerId', render: (id: string) => providerName.get(id) ?? id.slice(0, 8) },
            { title: '资金来源', dataIndex: 'fundingSource' },
            { title: '状态', dataIndex: 'status', render: (s: string) => <Tag color={SETTLEMENT_STATUS_COLOR[s]}>{SETTLEMENT_STATUS[s]}</Tag> },
            { title: '金额', dataIndex: 'totalFen', render: yuan },
            { title: '明细/待核实', render: (_, s) => <>{s.lineCount} 条{s.heldCount > 0 && <Tag color="orange" style={{ marginLeft: 8 }}>待核实 {s.heldCount}</Tag>}</> },
            { title: '', render: (_, s) => <Button size="small" onClick={() => setOpenId(s.id)} aria-label={`查看 ${s.month} ${s.fundingSource}`}>查看</Button> },
          ]} />
        <Space style={{ marginTop: 12 }}>
          {after && <Button onClick={() => setAfter(null)}>第一页</Button>}
          {data?.settlementStatements.pageInfo.hasNextPage && <Button onClick={() => setAfter(data.settlementStatements.pageInfo.endCursor ?? null)}>下一页</Button>}
          <span>共 {data?.settlementStatements.totalCount ?? 0} 张结算单</span>
        </Space>
      </Card>
      {openId && <StatementDrawer id={openId} officer={officer} providerName={providerName} onClose={() => { setOpenId(null); reload(); }} />}
    </Space>
  );
}

function GenerateCard({ providerId, onDone }: { providerId: string; onDone: () => void }) {
  const { form, problem, unplaced, busy, submit } = useApiForm<{ month: string }>('');
  const [, generate] = useMutation(GENERATE);
  const [done, setDone] = useState<string | null>(null);
  return (
    <Card title="生成结算单">
      {done && <Alert type="success" showIcon title={done} style={{ marginBottom: 12 }} />}
      <ApiErrorAlert problem={problem} unplaced={unplaced} />
      <Form form={form} layout="inline" initialValues={{ month: lastMonth() }}
        onFinish={async (v) => { setDone(null); const d = await submit(() => generate({ providerId, month: v.month }, refetchTypes)); if (d) { setDone(`已生成 ${v.month} 的 ${d.generateSettlement.length} 张结算单`); onDone(); } }}>
        <Form.Item name="month" label="月份" rules={[{ required: true, message: '请填写月份' }, { pattern: MONTH, message: '格式为 YYYY-MM' }]}><Input style={{ width: 120 }} /></Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>生成（草稿可重新生成）</Button>
      </Form>
    </Card>
  );
}

function StatementDrawer({ id, officer, providerName, onClose }: { id: string; officer: boolean; providerName: Map<string, string>; onClose: () => void }) {
  const [{ data, error }, refetch] = useQuery({ query: DETAIL, variables: { id }, requestPolicy: 'network-only' });
  const [, submitStatement] = useMutation(SUBMIT);
  const [, approve] = useMutation(APPROVE);
  const client = useClient();
  const [actionError, setActionError] = useState<CombinedError | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const s = data?.settlementStatement;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const run = async (call: () => Promise<{ error?: CombinedError }>, message: string) => {
    const r = await call();
    setActionError(r.error ?? null);
    if (!r.error) { setNotice(message); reload(); }
  };
  const download = async (format: ExportFormat) => {
    const r = await client.query(EXPORT, { id, format }, { requestPolicy: 'network-only' }).toPromise();
    setActionError(r.error ?? null);
    if (r.data) saveBase64(r.data.settlementStatementExport);
  };
  return (
    <Drawer open onClose={onClose} size="large" title={s ? `结算单 ${s.month} · ${providerName.get(s.providerId) ?? ''} · ${s.fundingSource}` : '结算单'}>
      <ApiErrorAlert error={error ?? actionError} />
      {notice && <Alert type="success" showIcon title={notice} style={{ marginBottom: 12 }} />}
      {s && (
        <Space orientation="vertical" style={{ width: '100%' }} size="middle">
          <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}
            items={[
              { label: '状态', children: <Tag color={SETTLEMENT_STATUS_COLOR[s.status]} data-testid="statement-status">{SETTLEMENT_STATUS[s.status]}</Tag> },
              { label: '金额（计入的明细）', children: yuan(s.totalFen) },
              { label: '明细', children: `${s.lineCount} 条，待核实 ${s.heldCount} 条` },
              { label: '生成时间', children: formatDateTime(s.generatedAt) },
              { label: '提交时间', children: formatDateTime(s.submittedAt) },
              { label: '审核时间', children: formatDateTime(s.approvedAt) },
              ...(s.paidOn ? [{ label: '拨付', children: `${s.paidOn}，${s.paymentReference}` }] : []),
            ]} />
          <Space wrap>
            {!officer && s.status === 'DRAFT' && <Button type="primary" onClick={() => run(() => submitStatement({ id }, refetchTypes), '已提交，等待民政审核')}>提交审核</Button>}
            {officer && s.status === 'SUBMITTED' && (
              <>
                <Button type="primary" disabled={s.heldCount > 0} onClick={() => run(() => approve({ id }, refetchTypes), '已审核通过，已记入台账')}>审核通过</Button>
                <Button danger onClick={() => setDialog({ kind: 'reject' })}>退回</Button>
                {s.heldCount > 0 && <Typography.Text type="warning">还有 {s.heldCount} 条待核实明细，核实后才能通过</Typography.Text>}
              </>
            )}
            {officer && s.status === 'APPROVED' && <Button type="primary" onClick={() => setDialog({ kind: 'paid' })}>登记拨付</Button>}
            <Button onClick={() => download('XLSX')}>导出 Excel</Button>
            <Button onClick={() => download('CSV')}>导出 CSV</Button>
          </Space>
          <Table rowKey="id" size="small" pagination={{ pageSize: 50 }} dataSource={s.lines} scroll={{ x: true }}
            columns={[
              { title: '类型', dataIndex: 'lineKind', render: (k: string) => SETTLEMENT_LINE_KIND[k] },
              { title: '计算依据', dataIndex: 'basis' },
              { title: '金额', dataIndex: 'amountFen', render: yuan },
              {
                title: '状态',
                render: (_, l) => (
                  <>
                    <Tag color={l.status === 'HELD' ? 'orange' : l.status === 'REJECTED' ? 'red' : 'green'}>{SETTLEMENT_LINE_STATUS[l.status]}</Tag>
                    {l.holdReasons.map((r) => <Tag key={r}>{SETTLEMENT_HOLD_REASON[r] ?? r}</Tag>)}
                    {l.decision && <div>{l.decision.accepted ? '核实支付' : '不予支付'}：{l.decision.note}</div>}
                  </>
                ),
              },
              {
                title: '',
                render: (_, l) => (
                  <Space wrap>
                    {officer && l.status === 'HELD' && (s.status === 'SUBMITTED' || s.status === 'DRAFT') && (
                      <>
                        <Button size="small" onClick={() => setDialog({ kind: 'decide', line: l, accept: true })}>核实支付</Button>
                        <Button size="small" danger onClick={() => setDialog({ kind: 'decide', line: l, accept: false })}>不予支付</Button>
                      </>
                    )}
                    {(s.status === 'APPROVED' || s.status === 'PAID') && l.lineKind !== 'ADJUSTMENT' && (
                      <Button size="small" onClick={() => setDialog({ kind: 'adjust', line: l })}>调整</Button>
                    )}
                  </Space>
                ),
              },
            ]} />
          <Card size="small" title="处理记录">
            <Timeline items={s.events.map((e) => ({
              content: `${formatDateTime(e.at)} ${ROLE[e.actorRole] ?? e.actorRole} ${SETTLEMENT_ACTION[e.action] ?? e.action}${e.note ? `：${e.note}` : ''}`,
            }))} />
          </Card>
        </Space>
      )}
      {dialog && s && (
        <StatementDialog dialog={dialog} statementId={s.id}
          onClose={(message) => { setDialog(null); if (message) { setNotice(message); reload(); } }} />
      )}
    </Drawer>
  );
}

type Dialog = { kind: 'reject' | 'paid' } | { kind: 'decide'; line: Line; accept: boolean } | { kind: 'adjust'; line: Line };

/** The workflow steps that need words: a reason to send back, a payment reference, a note on a held line, an adjustment. */
function StatementDialog({ dialog, statementId, onClose }: { dialog: Dialog; statementId: string; onClose: (message: string | null) => void }) {
  const { form, problem, unplaced, busy, submit } = useApiForm<Record<string, string & number>>(dialog.kind === 'adjust' ? 'input' : '', { amountFen: 'amountYuan' });
  const [, reject] = useMutation(REJECT);
  const [, paid] = useMutation(PAID);
  const [, decide] = useMutation(DECIDE);
  const [, adjust] = useMutation(ADJUST);
  const title = { reject: '退回结算单', paid: '登记拨付', decide: dialog.kind === 'decide' && dialog.accept ? '核实支付这条明细' : '这条明细不予支付', adjust: '调整已审核的明细' }[dialog.kind];
  const onFinish = async (v: Record<string, string & number>) => {
    if (dialog.kind === 'reject') {
      if (await submit(() => reject({ id: statementId, reason: v.reason }, refetchTypes))) onClose('已退回，机构可修改后重新提交');
    } else if (dialog.kind === 'paid') {
      if (await submit(() => paid({ id: statementId, reference: v.reference, paidOn: v.paidOn }, refetchTypes))) onClose('已登记拨付');
    } else if (dialog.kind === 'decide') {
      const { line, accept } = dialog;
      if (await submit(() => decide({ lineId: line.id, accept, note: v.note }, refetchTypes))) onClose(accept ? '已核实，计入结算' : '已标记不予支付');
    } else if (dialog.kind === 'adjust') {
      const line = dialog.line;
      const data = await submit(() => adjust({ input: { lineId: line.id, amountFen: Math.round(Number(v.amountYuan) * 100), reason: v.reason, month: v.month || undefined } }, refetchTypes));
      if (data) onClose(`已添加调整 ${yuan(data.addSettlementAdjustment.amountFen)}（记入以后月份的结算单）`);
    }
  };
  const text = (name: string, label: string, max: number) => (
    <Form.Item name={name} label={label} rules={[{ required: true, whitespace: true, message: `请填写${label}` }, { max, message: `最多${max}个字符` }]}><Input.TextArea rows={2} /></Form.Item>
  );
  return (
    <Modal open title={title} okText="确定" confirmLoading={busy} onOk={() => form.submit()} onCancel={() => onClose(null)}>
      <ApiErrorAlert problem={problem} unplaced={unplaced} />
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={dialog.kind === 'paid' ? { paidOn: china(new Date()).format('YYYY-MM-DD') } : {}}>
        {dialog.kind === 'reject' && text('reason', '退回原因', 500)}
        {dialog.kind === 'decide' && text('note', '核实说明', 500)}
        {dialog.kind === 'paid' && (
          <>
            <Form.Item name="reference" label="支付凭证号" rules={[{ required: true, whitespace: true, message: '请填写支付凭证号' }, { max: 100, message: '最多100个字符' }]}><Input /></Form.Item>
            <Form.Item name="paidOn" label="拨付日期" rules={[{ required: true, message: '请填写日期' }, { pattern: /^\d{4}-\d{2}-\d{2}$/, message: '格式为 YYYY-MM-DD' }]}><Input /></Form.Item>
          </>
        )}
        {dialog.kind === 'adjust' && (
          <>
            <Typography.Paragraph>原明细：{dialog.line.basis}（{yuan(dialog.line.amountFen)}）</Typography.Paragraph>
            <Form.Item name="amountYuan" label="调整金额（元，负数为扣回）"
              rules={[{ required: true, message: '请填写金额' }, { validator: (_, v) => (v === 0 ? Promise.reject(new Error('调整金额不能为0')) : Promise.resolve()) }]}>
              <InputNumber precision={2} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="month" label="记入月份（默认本月）" rules={[{ pattern: MONTH, message: '格式为 YYYY-MM' }]}><Input placeholder={china(new Date()).format('YYYY-MM')} /></Form.Item>
            {text('reason', '调整原因', 500)}
          </>
        )}
      </Form>
    </Modal>
  );
}
