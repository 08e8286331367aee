import { Button, Card, Descriptions, Form, Input, Space, Switch, Typography } from 'antd';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { usePrefs } from '../../app/prefs';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';

const RULES = graphql(`
  query HomeCareRulesView {
    homeCareRules {
      regionCode geofenceMeters minBookingLeadMinutes cancellationNoticeMinutes checkInOpensMinutesBefore checkInClosesMinutesAfter
      noShowGraceMinutes slotStepMinutes travelBufferMinutes minVisitMinutes maxVisitMinutes maxSlotWindowDays homeBedHorizonWeeks
    }
  }
`);

/** Settings (设置): this browser's display and map settings, and the platform's home-care rules in force. */
export default function SettingsPage() {
  const { prefs, setPrefs } = usePrefs();
  const [form] = Form.useForm<{ tileUrl: string }>();
  const [{ data, error }] = useQuery({ query: RULES });
  const r = data?.homeCareRules;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2} style={{ margin: 0 }}>设置</Typography.Title>
      <Card title="显示（本浏览器）">
        <Space orientation="vertical">
          <label><Switch checked={prefs.largeType} onChange={(v) => setPrefs({ largeType: v })} /> 大字体</label>
          <label><Switch checked={prefs.highContrast} onChange={(v) => setPrefs({ highContrast: v })} /> 高对比度</label>
        </Space>
      </Card>
      <Card title="地图瓦片（可选）">
        <Typography.Paragraph>默认不加载任何在线地图，按经纬度绘制位置。如本单位有瓦片服务，可填写地址，例如 <code>{'https://tiles.example.gov.cn/{z}/{x}/{y}.png'}</code>。</Typography.Paragraph>
        <Form form={form} layout="inline" initialValues={{ tileUrl: prefs.tileUrl }} onFinish={(v) => setPrefs({ tileUrl: v.tileUrl.trim() })}>
          <Form.Item name="tileUrl" rules={[{ pattern: /^$|^(https?:\/\/|\/).*\{z\}.*\{x\}.*\{y\}/, message: '地址须包含 {z}、{x}、{y}' }]}>
            <Input style={{ width: 420 }} placeholder="留空则不使用在线地图" aria-label="瓦片地址" />
          </Form.Item>
          <Button htmlType="submit">保存</Button>
        </Form>
      </Card>
      <ApiErrorAlert error={error} />
      {r && (
        <Card title="上门服务规则（全国默认）">
          <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered>
            <Descriptions.Item label="签到范围">{r.geofenceMeters} 米</Descriptions.Item>
            <Descriptions.Item label="最少提前预约">{r.minBookingLeadMinutes} 分钟</Descriptions.Item>
            <Descriptions.Item label="免责取消提前">{r.cancellationNoticeMinutes} 分钟</Descriptions.Item>
            <Descriptions.Item label="签到窗口">开始前 {r.checkInOpensMinutesBefore} 分钟至开始后 {r.checkInClosesMinutesAfter} 分钟</Descriptions.Item>
            <Descriptions.Item label="未上门判定">开始后 {r.noShowGraceMinutes} 分钟</Descriptions.Item>
            <Descriptions.Item label="时段步长">{r.slotStepMinutes} 分钟</Descriptions.Item>
            <Descriptions.Item label="路程缓冲">{r.travelBufferMinutes} 分钟</Descriptions.Item>
            <Descriptions.Item label="服务时长">{r.minVisitMinutes}–{r.maxVisitMinutes} 分钟</Descriptions.Item>
          </Descriptions>
        </Card>
      )}
    </Space>
  );
}
