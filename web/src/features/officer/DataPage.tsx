import { Alert, Button, Card, Checkbox, Descriptions, Form, Input, Progress, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { useClient, useQuery, type CombinedError } from 'urql';
import { graphql } from '../../gql';
import type { ImportFileKind, ReportKind } from '../../gql/graphql';
import { useUser } from '../../app/auth';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { saveExportFile, uploadOperation } from '../../ui/files';
import { formatDateTime } from '../../ui/format';
import { IMPORT_STATUS, options, REPORT_KIND } from '../../ui/labels';

const IMPORT_PROVIDERS = graphql(`
  mutation ImportProviders($file: Upload!, $dryRun: Boolean, $allOrNothing: Boolean) { importProviders(file: $file, dryRun: $dryRun, allOrNothing: $allOrNothing) { id } }
`);
const IMPORT_ELDERS = graphql(`
  mutation ImportElders($file: Upload!, $dryRun: Boolean, $allOrNothing: Boolean) { importElders(file: $file, dryRun: $dryRun, allOrNothing: $allOrNothing) { id } }
`);
const JOB = graphql(`
  query ImportJobProgress($id: ID!) {
    importJob(id: $id) {
      id kind fileName status progress totalRows processedRows createdRows updatedRows unchangedRows rejectedRows dryRun allOrNothing committed failure createdAt finishedAt
      errors { row column message }
    }
  }
`);
const TEMPLATE = graphql(`query ImportTemplate($kind: ImportFileKind!) { importTemplate(kind: $kind) { url fileName expiresAt } }`);
const EXPORT = graphql(`
  mutation ExportReport($kind: ReportKind!, $regionCode: String!, $format: ExportFormat!, $from: String, $to: String) {
    exportReport(kind: $kind, regionCode: $regionCode, format: $format, from: $from, to: $to) { url fileName expiresAt }
  }
`);

const KIND_LABEL: Record<ImportFileKind, string> = { PROVIDERS: '服务机构', ELDERS: '老年人' };
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Imports from spreadsheets (批量导入) with progress and row problems, the templates, and the region's reports (导出). */
export default function DataPage() {
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2} style={{ margin: 0 }}>导入与导出</Typography.Title>
      <ImportCard />
      <ExportCard />
    </Space>
  );
}

function ImportCard() {
  const client = useClient();
  const [kind, setKind] = useState<ImportFileKind>('PROVIDERS');
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(false);
  const [allOrNothing, setAllOrNothing] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<CombinedError | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [{ data }, refetch] = useQuery({ query: JOB, variables: { id: jobId ?? '' }, pause: !jobId, requestPolicy: 'network-only' });
  const job = data?.importJob;
  const running = !!jobId && (!job || job.status === 'QUEUED' || job.status === 'RUNNING');
  // The job runs in the background: ask again every second until it is done.
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), 1000);
    return () => clearInterval(timer);
  }, [running, refetch]);
  const start = async () => {
    if (!file) { setFileError('请选择一个 Excel（.xlsx）或 CSV 文件'); return; }
    setBusy(true);
    setProblem(null);
    const variables = { dryRun, allOrNothing };
    const r = kind === 'PROVIDERS' ? await uploadOperation(IMPORT_PROVIDERS, variables, file) : await uploadOperation(IMPORT_ELDERS, variables, file);
    setBusy(false);
    setProblem(r.error ?? null);
    const data = r.data as { importProviders?: { id: string }; importElders?: { id: string } } | undefined;
    const id = data?.importProviders?.id ?? data?.importElders?.id;
    if (id) setJobId(id);
  };
  const template = async () => {
    const r = await client.query(TEMPLATE, { kind }, { requestPolicy: 'network-only' }).toPromise();
    setProblem(r.error ?? null);
    if (r.data) await saveExportFile(r.data.importTemplate).catch((e: Error) => setFileError(e.message));
  };
  return (
    <Card title="批量导入">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space wrap>
          导入内容：<Select value={kind} onChange={setKind} style={{ width: 140 }} aria-label="导入内容" options={(['PROVIDERS', 'ELDERS'] as const).map((k) => ({ value: k, label: KIND_LABEL[k] }))} />
          <Button onClick={template}>下载{KIND_LABEL[kind]}模板</Button>
        </Space>
        <Upload accept=".xlsx,.csv" maxCount={1} beforeUpload={(f) => {
          const ok = /\.(xlsx|csv)$/i.test(f.name);
          setFileError(ok ? null : '只能导入 .xlsx 或 .csv 文件');
          setFile(ok ? f : null);
          return false;
        }} onRemove={() => setFile(null)} fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}>
          <Button>选择文件</Button>
        </Upload>
        <Space wrap>
          <Checkbox checked={dryRun} onChange={(e) => setDryRun(e.target.checked)}>只检查，不写入</Checkbox>
          <Checkbox checked={allOrNothing} onChange={(e) => setAllOrNothing(e.target.checked)}>有一行出错则整个文件不导入</Checkbox>
        </Space>
        {fileError && <Alert type="error" showIcon title={fileError} />}
        <ApiErrorAlert error={problem} />
        <Button type="primary" onClick={start} loading={busy} disabled={running}>开始导入</Button>
        {job && (
          <div data-testid="import-job">
            <Progress percent={job.status === 'DONE' ? 100 : Math.round(job.progress * 100)} status={job.status === 'FAILED' ? 'exception' : job.status === 'DONE' ? 'success' : 'active'} />
            <Descriptions size="small" bordered column={{ xs: 1, md: 3 }}
              items={[
                { label: '文件', children: job.fileName },
                { label: '状态', children: <Tag data-testid="import-status">{IMPORT_STATUS[job.status]}</Tag> },
                { label: '结果', children: job.status === 'DONE' ? (job.committed ? '已写入' : job.dryRun ? '只检查，未写入' : '有错误，整个文件未写入') : '—' },
                { label: '共', children: `${job.totalRows} 行（已读 ${job.processedRows}）` },
                { label: '新增', children: job.createdRows },
                { label: '更新', children: job.updatedRows },
                { label: '无变化', children: job.unchangedRows },
                { label: '有错误', children: job.rejectedRows },
                { label: '完成时间', children: formatDateTime(job.finishedAt) },
              ]} />
            {job.failure && <Alert type="error" showIcon title={`无法导入：${job.failure}`} style={{ marginTop: 12 }} />}
            {job.errors.length > 0 && (
              <Table style={{ marginTop: 12 }} rowKey={(e) => `${e.row}-${e.column}-${e.message}`} size="small" pagination={{ pageSize: 20 }} dataSource={job.errors} scroll={{ x: true }}
                title={() => '出错的行（按表格行号，表头为第1行）'}
                columns={[
                  { title: '行', dataIndex: 'row' },
                  { title: '列', dataIndex: 'column', render: (c: string | null) => c ?? '整行' },
                  { title: '问题', dataIndex: 'message' },
                ]} />
            )}
          </div>
        )}
      </Space>
    </Card>
  );
}

interface ExportValues {
  kind: ReportKind;
  regionCode: string;
  from?: string;
  to?: string;
  format: 'XLSX' | 'CSV';
}

function ExportCard() {
  const user = useUser();
  const client = useClient();
  const [form] = Form.useForm<ExportValues>();
  const [problem, setProblem] = useState<CombinedError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const onFinish = async (v: ExportValues) => {
    setBusy(true);
    setMessage(null);
    setFailure(null);
    const r = await client.mutation(EXPORT, { ...v, from: v.from || undefined, to: v.to || undefined }).toPromise();
    setProblem(r.error ?? null);
    if (r.data) {
      try {
        await saveExportFile(r.data.exportReport);
        setMessage(`已下载：${r.data.exportReport.fileName}`);
      } catch (e) {
        setFailure((e as Error).message);
      }
    }
    setBusy(false);
  };
  return (
    <Card title="导出报表">
      {message && <Alert type="success" showIcon title={message} style={{ marginBottom: 12 }} />}
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} />}
      <ApiErrorAlert error={problem} />
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ kind: 'PROVIDERS', regionCode: user.regionScope ?? '', format: 'XLSX' }} style={{ maxWidth: 560 }}>
        <Form.Item name="kind" label="报表" rules={[{ required: true }]}><Select options={options(REPORT_KIND)} /></Form.Item>
        <Form.Item name="regionCode" label="区域代码" rules={[{ pattern: /^\d{0,12}$/, message: '区域代码为数字' }]}><Input inputMode="numeric" /></Form.Item>
        <Space wrap>
          <Form.Item name="from" label="起始月份" rules={[{ pattern: MONTH, message: '格式为 YYYY-MM' }]}><Input placeholder="YYYY-MM" style={{ width: 140 }} /></Form.Item>
          <Form.Item name="to" label="截止月份" rules={[{ pattern: MONTH, message: '格式为 YYYY-MM' }]}><Input placeholder="本月" style={{ width: 140 }} /></Form.Item>
        </Space>
        <Form.Item name="format" label="格式"><Select options={[{ value: 'XLSX', label: 'Excel（.xlsx）' }, { value: 'CSV', label: 'CSV' }]} /></Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>导出并下载</Button>
      </Form>
    </Card>
  );
}
