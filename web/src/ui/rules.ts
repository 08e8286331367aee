import type { Rule } from 'antd/es/form';

/**
 * Client-side checks that mirror the API's input validation (the same patterns and lengths), so that most mistakes
 * are caught before sending; the API's own field errors are still shown beside the field when it refuses.
 */
export const MOBILE_PHONE = /^1[3-9]\d{9}$/;
export const ELDER_PHONE = /^[0-9+\-() ]{5,20}$/;
export const ELDER_REGION_CODE = /^\d{6}(\d{3}(\d{3})?)?$/;
export const REGION_PREFIX = /^\d{2,12}$/;
export const ID_NUMBER = /^\d{17}[\dXx]$/;

export const required = (label: string): Rule => ({ required: true, message: `请填写${label}` });

export const rules = {
  phone: [required('手机号'), { pattern: MOBILE_PHONE, message: '请输入11位手机号' }] as Rule[],
  password: [required('密码'), { min: 8, max: 72, message: '密码为8到72个字符' }] as Rule[],
  displayName: [required('姓名'), { max: 100, message: '最多100个字符' }] as Rule[],
  fullName: [required('姓名'), { max: 100, message: '最多100个字符' }] as Rule[],
  elderPhone: [{ pattern: ELDER_PHONE, message: '电话为5到20位数字' }] as Rule[],
  regionCode: [required('行政区划代码'), { pattern: ELDER_REGION_CODE, message: '行政区划代码为6、9或12位数字' }] as Rule[],
  regionScope: [required('管辖区域'), { pattern: REGION_PREFIX, message: '区域代码前缀为2到12位数字' }] as Rule[],
  address: [required('地址'), { max: 300, message: '最多300个字符' }] as Rule[],
  idNumber: [required('身份证号'), { pattern: ID_NUMBER, message: '身份证号为18位' }] as Rule[],
  latitude: [required('纬度'), { type: 'number', min: -90, max: 90, message: '纬度在-90到90之间' }] as Rule[],
  longitude: [required('经度'), { type: 'number', min: -180, max: 180, message: '经度在-180到180之间' }] as Rule[],
};
