import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { apiProblem, describeProblem, fieldName, showFieldErrors, type FieldErrorTarget } from './errors';

const refusal = (extensions: Record<string, unknown>, message = 'refused') =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] });

describe('API error mapping', () => {
  it('reads code, reason and field problems from extensions', () => {
    const p = apiProblem(refusal({ code: 'BAD_USER_INPUT', reason: 'ID_NUMBER_INVALID', fields: [{ path: 'input.idNumber', message: 'bad check digit' }, { nope: 1 }] }));
    expect(p).toEqual({ code: 'BAD_USER_INPUT', reason: 'ID_NUMBER_INVALID', message: 'refused', fields: [{ path: 'input.idNumber', message: 'bad check digit' }] });
    expect(describeProblem(p!)).toBe('身份证号不正确，请核对后重新填写。');
  });

  it('describes a business reason before the code, the code when the reason is unknown, and a network failure', () => {
    expect(describeProblem(apiProblem(refusal({ code: 'CONFLICT', reason: 'STALE_VERSION' }))!)).toContain('已被其他人修改');
    expect(describeProblem(apiProblem(refusal({ code: 'CONFLICT', reason: 'SOMETHING_NEW' }))!)).toBe('操作与当前数据冲突，请刷新后重试。');
    expect(describeProblem(apiProblem(refusal({}))!)).toBe('服务器出错了，请稍后再试。');
    const network = apiProblem(new CombinedError({ networkError: new Error('Failed to fetch') }));
    expect(network?.code).toBe('NETWORK');
    expect(apiProblem(undefined)).toBeNull();
  });

  it('names the task the API names when a required task was left open', () => {
    const p = apiProblem(refusal({ code: 'BAD_USER_INPUT', reason: 'REQUIRED_TASK_OPEN', fields: [{ path: 'tasks', message: 'x' }] }, 'Required task "助浴" is open: record it as DONE, or SKIPPED with a reason'));
    expect(describeProblem(p!)).toBe('必做项目“助浴”还没有记录：请选“已完成”，或选“未做”并写明原因。');
    expect(describeProblem(apiProblem(refusal({ code: 'BAD_USER_INPUT', reason: 'REQUIRED_TASK_OPEN' }, 'no title'))!)).toContain('还有必做的护理项目没有记录');
  });

  it('turns API field paths into form names', () => {
    expect(fieldName('input.location.latitude', 'input')).toEqual(['location', 'latitude']);
    expect(fieldName('input.mentalState[6]', 'input')).toEqual(['mentalState', 6]);
    expect(fieldName('services[2].priceFen', 'input')).toEqual(['services', 2, 'priceFen']);
    expect(fieldName('phone', '')).toEqual(['phone']);
    expect(fieldName('inputX.name', 'input')).toEqual(['inputX', 'name']);
  });

  it('puts each problem beside the nearest field the form has, and returns the ones with no field', () => {
    const set: Array<{ name: Array<string | number>; errors: string[] }> = [];
    const form: FieldErrorTarget = {
      getFieldsValue: () => ({ fullName: 'x', location: { latitude: undefined, longitude: 1 }, mentalState: [1, 2, 3, 4, 4, 4, undefined, 1, 2], address: undefined }),
      setFields: (fields) => set.push(...fields),
    };
    const unplaced = showFieldErrors(form, {
      code: 'BAD_USER_INPUT',
      message: 'Invalid input',
      fields: [
        { path: 'input.location.latitude', message: 'latitude must not be greater than 90' },
        { path: 'input.mentalState[6]', message: 'out of range' },
        { path: 'input.address', message: 'too long' },
        { path: 'input.address', message: 'second problem' },
        { path: 'input.regionCode', message: 'regionCode must be 6, 9 or 12 digits' },
      ],
    });
    expect(set).toEqual([
      { name: ['location', 'latitude'], errors: ['latitude must not be greater than 90'] },
      { name: ['mentalState', 6], errors: ['out of range'] },
      { name: ['address'], errors: ['too long', 'second problem'] },
    ]);
    expect(unplaced).toEqual([{ path: 'input.regionCode', message: 'regionCode must be 6, 9 or 12 digits' }]);
  });
});
