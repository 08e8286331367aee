import { Alert, Button, Card, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { apiProblem } from '../../api/errors';
import { graphql } from '../../gql';
import type { ProviderKind, RatingPrerequisiteCode } from '../../gql/graphql';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { formatDateTime } from '../../ui/format';
import { options, PREREQUISITE, PROVIDER_KIND } from '../../ui/labels';
import { useApiForm } from '../../ui/useApiForm';

const RUBRIC = graphql(`
  query AdminRatingRubric($kind: ProviderKind!) {
    ratingRubric(kind: $kind) {
      id kind version publishedAt maxPoints starThresholds
      sections { code title titleEn items { code title titleEn maxPoints } }
      prerequisites { star code value description }
    }
  }
`);
const PUBLISH = graphql(`
  mutation PublishRatingRubric($input: PublishRatingRubricInput!) { publishRatingRubric(input: $input) { id kind version maxPoints } }
`);

const CODE = /^[A-Z0-9_]{1,32}$/;
const codeRules = [{ required: true, message: '请填写代码' }, { pattern: CODE, message: '1到32个大写字母、数字或_' }];
const titleRules = (label: string) => [{ required: true, whitespace: true, message: `请填写${label}` }, { max: 200, message: '最多200个字符' }];

interface Values {
  sections: Array<{ code: string; title: string; titleEn: string; items: Array<{ code: string; title: string; titleEn: string; maxPoints: number }> }>;
  starThresholds: number[];
  prerequisites: Array<{ star: number; code: RatingPrerequisiteCode; value: number }>;
}

/**
 * Star-rating rubrics (评定标准, GB/T 37276): the current version of a kind, edited and published as a new version.
 * Assessments in progress keep their version; publishing over a newer version than the one edited is refused.
 */
export default function RubricsPage() {
  const [kind, setKind] = useState<ProviderKind>('NURSING_HOME');
  const [{ data, error, fetching }, refetch] = useQuery({ query: RUBRIC, variables: { kind } });
  const { form, problem, unplaced, busy, submit } = useApiForm<Values>('input');
  const [, publish] = useMutation(PUBLISH);
  const [published, setPublished] = useState<string | null>(null);
  const rubric = data?.ratingRubric;
  const missing = error?.graphQLErrors[0]?.extensions?.code === 'NOT_FOUND';
  useEffect(() => {
    form.setFieldsValue(rubric
      ? { sections: rubric.sections, starThresholds: rubric.starThresholds, prerequisites: rubric.prerequisites.map((p) => ({ star: p.star, code: p.code, value: p.value })) }
      : { sections: [{ code: '', title: '', titleEn: '', items: [{ code: '', title: '', titleEn: '', maxPoints: 10 }] }], starThresholds: [], prerequisites: [] });
  }, [rubric, form, kind]);
  const onFinish = async (v: Values) => {
    setPublished(null);
    let stale = false;
    const result = await submit(async () => {
      const r = await publish({
      input: {
        kind,
        expectedCurrentVersion: rubric?.version ?? 0,
        sections: v.sections.map((s) => ({ code: s.code, title: s.title.trim(), titleEn: s.titleEn.trim(), items: s.items.map((i) => ({ code: i.code, title: i.title.trim(), titleEn: i.titleEn.trim(), maxPoints: i.maxPoints })) })),
        starThresholds: v.starThresholds?.length ? v.starThresholds : undefined,
        prerequisites: v.prerequisites ?? [],
      },
      });
      stale = apiProblem(r.error)?.reason === 'STALE_VERSION';
      return r;
    });
    // Someone published meanwhile (STALE_VERSION): load the version now in force, as the message says.
    if (stale) refetch({ requestPolicy: 'network-only' });
    if (result) {
      setPublished(`已发布第 ${result.publishRatingRubric.version} 版（满分 ${result.publishRatingRubric.maxPoints}）`);
      refetch({ requestPolicy: 'network-only' });
    }
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} style={{ margin: 0 }}>星级评定标准</Typography.Title>
        <Select value={kind} onChange={(k) => { setPublished(null); setKind(k); }} options={options(PROVIDER_KIND)} style={{ width: 200 }} aria-label="机构类型" />
      </Space>
      {!missing && <ApiErrorAlert error={error} />}
      {published && <Alert type="success" showIcon title={published} />}
      <Card loading={fetching} title={rubric ? `现行第 ${rubric.version} 版，${formatDateTime(rubric.publishedAt)} 发布，满分 ${rubric.maxPoints}` : '该类机构还没有评定标准'}>
        <ApiErrorAlert problem={problem} unplaced={unplaced} />
        <Form form={form} layout="vertical" onFinish={onFinish}>
          <Form.List name="sections">
            {(sections, { add, remove }) => (
              <>
                {sections.map((section, si) => (
                  <Card key={section.key} size="small" style={{ marginBottom: 12 }} title={`第 ${si + 1} 部分`} extra={<Button size="small" onClick={() => remove(section.name)}>删除本部分</Button>}>
                    <Space wrap align="start">
                      <Form.Item name={[section.name, 'code']} label="代码" rules={codeRules}><Input style={{ width: 140 }} /></Form.Item>
                      <Form.Item name={[section.name, 'title']} label="名称" rules={titleRules('名称')}><Input style={{ width: 220 }} /></Form.Item>
                      <Form.Item name={[section.name, 'titleEn']} label="英文名称" rules={titleRules('英文名称')}><Input style={{ width: 220 }} /></Form.Item>
                    </Space>
                    <Form.List name={[section.name, 'items']}>
                      {(items, { add: addItem, remove: removeItem }) => (
                        <>
                          {items.map((item) => (
                            <Space key={item.key} wrap align="baseline">
                              <Form.Item name={[item.name, 'code']} rules={codeRules}><Input style={{ width: 100 }} placeholder="项目代码" aria-label="项目代码" /></Form.Item>
                              <Form.Item name={[item.name, 'title']} rules={titleRules('项目名称')}><Input style={{ width: 240 }} placeholder="项目名称" aria-label="项目名称" /></Form.Item>
                              <Form.Item name={[item.name, 'titleEn']} rules={titleRules('英文名称')}><Input style={{ width: 200 }} placeholder="英文名称" aria-label="项目英文名称" /></Form.Item>
                              <Form.Item name={[item.name, 'maxPoints']} rules={[{ required: true, message: '满分' }, { type: 'number', min: 1, max: 1000, message: '1到1000' }]}>
                                <InputNumber min={1} max={1000} precision={0} addonAfter="分" style={{ width: 120 }} aria-label="满分" />
                              </Form.Item>
                              <Button onClick={() => removeItem(item.name)}>删除</Button>
                            </Space>
                          ))}
                          <Button size="small" onClick={() => addItem({ maxPoints: 10 })}>添加项目</Button>
                        </>
                      )}
                    </Form.List>
                  </Card>
                ))}
                <Button onClick={() => add({ items: [{ maxPoints: 10 }] })}>添加部分</Button>
              </>
            )}
          </Form.List>
          <Typography.Title level={5} style={{ marginTop: 16 }}>一星至五星所需分数（不填按满分折算默认值）</Typography.Title>
          <Space wrap>
            {[0, 1, 2, 3, 4].map((i) => (
              <Form.Item key={i} name={['starThresholds', i]} label={`${i + 1}星`}
                rules={[({ getFieldValue }) => ({ validator: (_, v?: number) => {
                  const prev = i > 0 ? (getFieldValue(['starThresholds', i - 1]) as number | undefined) : undefined;
                  return v === undefined || v === null || prev === undefined || prev === null || v > prev ? Promise.resolve() : Promise.reject(new Error('须高于低一星'));
                } })]}>
                <InputNumber min={0} style={{ width: 110 }} />
              </Form.Item>
            ))}
          </Space>
          <Typography.Title level={5}>前提条件</Typography.Title>
          <Form.List name="prerequisites">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} wrap align="baseline">
                    <Form.Item name={[field.name, 'star']} rules={[{ required: true, message: '星级' }]}><Select style={{ width: 90 }} options={[1, 2, 3, 4, 5].map((s) => ({ value: s, label: `${s}星` }))} aria-label="要求的星级" /></Form.Item>
                    <Form.Item name={[field.name, 'code']} rules={[{ required: true, message: '条件' }]}><Select style={{ width: 240 }} options={options(PREREQUISITE)} aria-label="条件" /></Form.Item>
                    <Form.Item name={[field.name, 'value']} rules={[{ required: true, message: '数值' }]}><InputNumber min={0} style={{ width: 120 }} aria-label="数值（配比为每名护理员最多老人数，其余为百分比）" /></Form.Item>
                    <Button onClick={() => remove(field.name)}>删除</Button>
                  </Space>
                ))}
                <Button onClick={() => add({ star: 3, code: 'OCCUPANCY', value: 30 })}>添加前提条件</Button>
              </>
            )}
          </Form.List>
          <div style={{ marginTop: 16 }}><Button type="primary" htmlType="submit" loading={busy}>发布为新版本</Button></div>
        </Form>
      </Card>
    </Space>
  );
}
