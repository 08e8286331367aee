import { Button, Card, Descriptions, Drawer, Input, Select, Space, Switch, Table, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { IncidentStatus, OfficerIncidentsQuery } from '../../gql/graphql';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { formatDateTime } from '../../ui/format';
import { options, ROLE } from '../../ui/labels';
import { INCIDENT_KIND, INCIDENT_STATUS, SEVERITY } from '../care/careLabels';

const SEVERITY_COLOR: Record<string, string> = { LOW: 'default', MEDIUM: 'orange', HIGH: 'red' };

const INCIDENTS = graphql(`
  query OfficerIncidents($filter: IncidentFilter, $after: String) {
    incidents(filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes {
        id kind severity serious status occurredAt place description actionsTaken outcome regionCode providerId elderId
        events { status fromStatus actorRole at }
      }
    }
  }
`);

type Incident = OfficerIncidentsQuery['incidents']['nodes'][number];

/** Incidents in the officer's region (意外事件), newest first, filtered by status, seriousness and region. */
export default function IncidentsPage() {
  const [status, setStatus] = useState<IncidentStatus[]>([]);
  const [seriousOnly, setSeriousOnly] = useState(false);
  const [regionCode, setRegionCode] = useState('');
  const [after, setAfter] = useState<string | null>(null);
  const [open, setOpen] = useState<Incident | null>(null);
  const [{ data, error, fetching }] = useQuery({
    query: INCIDENTS,
    variables: { filter: { status: status.length ? status : undefined, serious: seriousOnly ? true : undefined, regionCode: regionCode || undefined }, after },
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2} style={{ margin: 0 }}>意外事件</Typography.Title>
      <Space wrap>
        状态：<Select mode="multiple" allowClear style={{ minWidth: 200 }} value={status} onChange={(v) => { setAfter(null); setStatus(v); }} options={options(INCIDENT_STATUS)} aria-label="按状态筛选" />
        <label><Switch checked={seriousOnly} onChange={(v) => { setAfter(null); setSeriousOnly(v); }} aria-label="只看严重事件" /> 只看严重事件</label>
        <Input.Search allowClear style={{ width: 170 }} placeholder="区域代码" aria-label="按区域筛选" inputMode="numeric"
          onSearch={(v) => { if (/^\d{0,12}$/.test(v)) { setAfter(null); setRegionCode(v); } }} />
      </Space>
      <ApiErrorAlert error={error} />
      <Card>
        <Table rowKey="id" size="small" loading={fetching} pagination={false} dataSource={data?.incidents.nodes ?? []} scroll={{ x: true }}
          columns={[
            { title: '发生时间', dataIndex: 'occurredAt', render: formatDateTime },
            { title: '类型', dataIndex: 'kind', render: (k: string) => INCIDENT_KIND[k] ?? k },
            { title: '程度', render: (_, i) => <><Tag color={SEVERITY_COLOR[i.severity]}>{SEVERITY[i.severity]}</Tag>{i.serious && <Tag color="red">严重</Tag>}</> },
            { title: '地点', dataIndex: 'place' },
            { title: '区划', dataIndex: 'regionCode' },
            { title: '状态', dataIndex: 'status', render: (s: string) => INCIDENT_STATUS[s] },
            { title: '', render: (_, i) => <Button size="small" onClick={() => setOpen(i)}>详情</Button> },
          ]} />
        <Space style={{ marginTop: 12 }}>
          {after && <Button onClick={() => setAfter(null)}>第一页</Button>}
          {data?.incidents.pageInfo.hasNextPage && <Button onClick={() => setAfter(data.incidents.pageInfo.endCursor ?? null)}>下一页</Button>}
          <span>共 {data?.incidents.totalCount ?? 0} 起</span>
        </Space>
      </Card>
      {open && (
        <Drawer open onClose={() => setOpen(null)} title={`${INCIDENT_KIND[open.kind]} · ${formatDateTime(open.occurredAt)}`}>
          <Descriptions column={1} size="small" bordered
            items={[
              { label: '经过', children: open.description },
              { label: '已采取的措施', children: open.actionsTaken ?? '—' },
              { label: '结果', children: open.outcome ?? '—' },
            ]} />
          <Timeline style={{ marginTop: 16 }} items={open.events.map((e) => ({ content: `${formatDateTime(e.at)} ${ROLE[e.actorRole] ?? e.actorRole}：${INCIDENT_STATUS[e.status]}` }))} />
        </Drawer>
      )}
    </Space>
  );
}
