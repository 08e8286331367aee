import { Button, Form, Input, Select, Space } from 'antd';
import { WEEKDAY } from './labels';

/** HH:MM as the API takes it (24:00 closes a day). */
export const HH_MM = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

export const weekdayOptions = WEEKDAY.slice(1).map((label, i) => ({ value: i + 1, label }));

/**
 * A list of weekly periods (weekday, start, end; China time) inside a form, checked as the API checks them: HH:MM and
 * the end after the start. `name` is the list's form field, e.g. `workingHours`.
 */
export function WorkingHoursField({ name }: { name: string }) {
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Space key={field.key} wrap align="baseline" data-testid="working-period">
              <Form.Item name={[field.name, 'weekday']} rules={[{ required: true, message: '请选择星期' }]}>
                <Select options={weekdayOptions} style={{ width: 90 }} aria-label="星期" />
              </Form.Item>
              <Form.Item name={[field.name, 'startTime']} rules={[{ required: true, message: '开始时间' }, { pattern: HH_MM, message: '格式为 HH:MM' }]}>
                <Input style={{ width: 90 }} placeholder="08:00" aria-label="开始时间" />
              </Form.Item>
              <Form.Item name={[field.name, 'endTime']} dependencies={[[name, field.name, 'startTime']]}
                rules={[{ required: true, message: '结束时间' }, { pattern: HH_MM, message: '格式为 HH:MM' },
                  ({ getFieldValue }) => ({ validator: (_, v: string | undefined) => {
                    const start = getFieldValue([name, field.name, 'startTime']) as string | undefined;
                    return !v || !start || v > start ? Promise.resolve() : Promise.reject(new Error('结束须晚于开始'));
                  } })]}>
                <Input style={{ width: 90 }} placeholder="17:00" aria-label="结束时间" />
              </Form.Item>
              <Button onClick={() => remove(field.name)} aria-label="删除这一段">删除</Button>
            </Space>
          ))}
          <Button onClick={() => add({ weekday: 1, startTime: '08:00', endTime: '17:00' })}>添加时段</Button>
        </>
      )}
    </Form.List>
  );
}
