import { Card, Select, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useUser } from '../../app/auth';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { CarePlanEditor } from './CarePlanEditor';
import { DevicesPanel } from './DevicesPanel';
import { IncidentsPanel } from './IncidentsPanel';
import { MedicationPanel } from './MedicationPanel';
import { ObservationsPanel } from './ObservationsPanel';

const SERVED_ELDERS = graphql(`
  query CareServedElders($providerId: ID!) { elders(filter: { providerId: $providerId }, first: 100) { nodes { id fullName } } }
`);

/** An elder's care record for the serving provider's staff: plan, observations, medication (MAR), incidents and help devices. */
export default function CareRecordPage() {
  const user = useUser();
  const [{ data, error }] = useQuery({ query: SERVED_ELDERS, variables: { providerId: user.providerId! } });
  const elders = data?.elders.nodes ?? [];
  const [chosen, setChosen] = useState<string | undefined>();
  const elderId = chosen ?? elders[0]?.id;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2} style={{ margin: 0 }}>照护记录</Typography.Title>
      <ApiErrorAlert error={error} />
      <Space wrap>
        老人：
        <Select style={{ minWidth: 200 }} aria-label="选择老人" value={elderId} onChange={setChosen} placeholder="本机构服务的老人"
          options={elders.map((e) => ({ value: e.id, label: e.fullName }))} />
      </Space>
      {elderId ? (
        <Card>
          <Tabs
            destroyOnHidden
            items={[
              { key: 'plan', label: '照护计划', children: <CarePlanEditor elderId={elderId} providerId={user.providerId!} /> },
              { key: 'observations', label: '观察记录', children: <ObservationsPanel elderId={elderId} /> },
              { key: 'medication', label: '用药与给药', children: <MedicationPanel elderId={elderId} /> },
              { key: 'incidents', label: '安全事件', children: <IncidentsPanel elderId={elderId} /> },
              { key: 'devices', label: '助急设备', children: <DevicesPanel elderId={elderId} /> },
            ]}
          />
        </Card>
      ) : (
        <Typography.Text type="secondary">暂无本机构服务的老人。</Typography.Text>
      )}
    </Space>
  );
}
