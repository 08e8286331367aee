import { Card, Input, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useUser } from '../../app/auth';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { formatDateTime, yuan } from '../../ui/format';
import { CARE_LEVEL, ELDER_CATEGORY, PROVIDER_KIND } from '../../ui/labels';

const RULES = graphql(`
  query SubsidyRules($regionCode: String!) {
    subsidyRules(regionCode: $regionCode) {
      id regionPrefix effectiveFrom
      rules { id code basis position minAge minCareLevel anyOfCategories monthlyAllowanceFen coverageRate }
    }
    ratingSubsidyTiers { kind regionPrefix stars flatMonthlyFen perOccupiedBedMonthlyFen }
  }
`);

/** Subsidy rules in force (补贴规则): who is eligible for how much, and the star-tier operating subsidies. */
export default function SubsidyRulesPage() {
  const user = useUser();
  const [region, setRegion] = useState(user.regionScope && user.regionScope.length >= 6 ? user.regionScope : `${user.regionScope ?? '3708'}11`.slice(0, 6));
  const [{ data, error, fetching }] = useQuery({ query: RULES, variables: { regionCode: region } });
  const set = data?.subsidyRules;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} style={{ margin: 0 }}>补贴规则</Typography.Title>
        <Input.Search addonBefore="区县代码" defaultValue={region} onSearch={setRegion} style={{ width: 240 }} aria-label="区县代码" />
      </Space>
      <ApiErrorAlert error={error} />
      <Card title={set ? `适用规则（${set.regionPrefix || '全国默认'}，自 ${formatDateTime(set.effectiveFrom)} 起）` : '适用规则'}>
        <Table rowKey="id" size="small" loading={fetching} pagination={false} dataSource={set?.rules ?? []} scroll={{ x: true }}
          columns={[
            { title: '顺序', dataIndex: 'position' },
            { title: '规则', render: (_, r) => `${r.code}：${r.basis}` },
            { title: '年龄', dataIndex: 'minAge', render: (a: number | null) => (a ? `${a}岁以上` : '不限') },
            { title: '能力等级', dataIndex: 'minCareLevel', render: (l: string | null) => (l ? `${CARE_LEVEL[l]}及以上` : '不限') },
            { title: '类别（任一）', dataIndex: 'anyOfCategories', render: (cs: string[]) => (cs.length ? cs.map((c) => <Tag key={c}>{ELDER_CATEGORY[c]}</Tag>) : '不限') },
            { title: '每月额度', dataIndex: 'monthlyAllowanceFen', render: yuan },
            { title: '补贴比例', dataIndex: 'coverageRate', render: (r: number) => `${Math.round(r * 100)}%` },
          ]} />
      </Card>
      <Card title="星级运营补贴">
        <Table rowKey={(t) => `${t.kind}-${t.regionPrefix}-${t.stars}`} size="small" pagination={false} dataSource={data?.ratingSubsidyTiers ?? []} scroll={{ x: true }}
          columns={[
            { title: '机构类型', dataIndex: 'kind', render: (k: string) => PROVIDER_KIND[k] },
            { title: '区域', dataIndex: 'regionPrefix', render: (r: string) => r || '默认' },
            { title: '星级', dataIndex: 'stars', render: (s: number) => `${s}星` },
            { title: '每月定额', dataIndex: 'flatMonthlyFen', render: yuan },
            { title: '每张入住床位每月', dataIndex: 'perOccupiedBedMonthlyFen', render: yuan },
          ]} />
      </Card>
    </Space>
  );
}
