import type { ElderCategory } from '../../gql/graphql';
import { Checkbox, DatePicker, Form, Input, InputNumber, Radio, Select, Space, type FormInstance } from 'antd';
import { ELDER_CATEGORY, options, SELF_CARE_CLASS } from '../../ui/labels';
import { rules } from '../../ui/rules';

export interface ElderFormValues {
  fullName: string;
  gender?: 'MALE' | 'FEMALE';
  birthDate?: { format(f: string): string };
  idNumber?: string;
  regionCode?: string;
  address: string;
  location: { latitude: number; longitude: number };
  phone?: string;
  categories?: string[];
  selfCareClass?: string;
}

/**
 * The elder's record, as createElder and updateElder take it. On edit, the fields the API does not allow to change
 * (ID number, birth date, gender, region) are not shown.
 */
export function ElderForm({ form, editing, onFinish, initialValues }: { form: FormInstance<ElderFormValues>; editing: boolean; onFinish: (v: ElderFormValues) => void; initialValues?: Partial<ElderFormValues> }) {
  return (
    <Form form={form} layout="vertical" onFinish={onFinish} requiredMark="optional" name="elder" initialValues={initialValues}>
      <Form.Item name="fullName" label="老人姓名" rules={rules.fullName}>
        <Input />
      </Form.Item>
      {!editing && (
        <>
          <Form.Item name="gender" label="性别" rules={[{ required: true, message: '请选择性别' }]}>
            <Radio.Group options={[{ value: 'MALE', label: '男' }, { value: 'FEMALE', label: '女' }]} />
          </Form.Item>
          <Form.Item name="birthDate" label="出生日期" rules={[{ required: true, message: '请选择出生日期' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="idNumber" label="身份证号" rules={rules.idNumber} extra="只用于核对身份，平台只显示前4位和后4位">
            <Input maxLength={18} autoComplete="off" />
          </Form.Item>
          <Form.Item name="regionCode" label="所在区县/乡镇行政区划代码" rules={rules.regionCode} extra="例如 370811（济宁市任城区）">
            <Input inputMode="numeric" maxLength={12} />
          </Form.Item>
        </>
      )}
      <Form.Item name="address" label="居住地址" rules={rules.address}>
        <Input />
      </Form.Item>
      <Form.Item label="住址坐标" required extra="用于计算与服务机构的距离和上门签到范围">
        <Space wrap>
          <Form.Item name={['location', 'latitude']} noStyle rules={rules.latitude}>
            <InputNumber placeholder="纬度" step={0.0001} style={{ width: 160 }} aria-label="纬度" />
          </Form.Item>
          <Form.Item name={['location', 'longitude']} noStyle rules={rules.longitude}>
            <InputNumber placeholder="经度" step={0.0001} style={{ width: 160 }} aria-label="经度" />
          </Form.Item>
        </Space>
      </Form.Item>
      <Form.Item name="phone" label="老人联系电话" rules={rules.elderPhone}>
        <Input inputMode="tel" />
      </Form.Item>
      <Form.Item name="categories" label="老人类别（由民政核实后才用于补贴）">
        <Checkbox.Group options={options(ELDER_CATEGORY)} />
      </Form.Item>
      <Form.Item name="selfCareClass" label="生活自理情况">
        <Select allowClear options={options(SELF_CARE_CLASS)} />
      </Form.Item>
    </Form>
  );
}

/** The form's values as the API's CreateElderInput / UpdateElderInput. */
export function elderInput(v: ElderFormValues, editing: boolean) {
  const common = {
    fullName: v.fullName,
    address: v.address,
    location: v.location,
    phone: v.phone || undefined,
    categories: (v.categories ?? []) as ElderCategory[],
    selfCareClass: (v.selfCareClass || undefined) as never,
  };
  if (editing) return common;
  return {
    ...common,
    gender: v.gender!,
    birthDate: v.birthDate!.format('YYYY-MM-DD'),
    idNumber: v.idNumber!.toUpperCase(),
    regionCode: v.regionCode!,
  };
}
