import { Button, Form, Input, Typography } from 'antd';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { SessionUser } from '../../api/session';
import { useAuth } from '../../app/auth';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { rules } from '../../ui/rules';
import { useApiForm } from '../../ui/useApiForm';
import { AuthFrame } from './LoginPage';

const REGISTER = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      accessToken
      expiresAt
      refreshToken
      refreshTokenExpiresAt
      user { id role displayName providerId regionScope }
    }
  }
`);

interface Values {
  phone: string;
  password: string;
  confirm: string;
  displayName: string;
}

/** A family account (家属): the only kind anyone may create for themselves. */
export function RegisterPage() {
  const { signIn } = useAuth();
  const [, register] = useMutation(REGISTER);
  const { form, problem, unplaced, busy, submit } = useApiForm<Values>('input');
  const onFinish = async ({ phone, password, displayName }: Values) => {
    const input = { phone, password, displayName };
    const data = await submit(() => register({ input }));
    if (data) signIn({ ...data.register, user: data.register.user as SessionUser });
  };
  return (
    <AuthFrame title="注册家属账号">
      <ApiErrorAlert problem={problem} unplaced={unplaced} />
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
        <Form.Item name="displayName" label="您的姓名" rules={rules.displayName}>
          <Input autoComplete="name" />
        </Form.Item>
        <Form.Item name="phone" label="手机号" rules={rules.phone}>
          <Input inputMode="numeric" autoComplete="tel" maxLength={11} />
        </Form.Item>
        <Form.Item name="password" label="密码（8位以上）" rules={rules.password}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label="再次输入密码"
          dependencies={['password']}
          rules={[
            { required: true, message: '请再次输入密码' },
            ({ getFieldValue }) => ({
              validator: (_, v) => (v === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error('两次输入的密码不一致'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} block>
          注册并登录
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16 }}>
        已有账号？<Link to="/login">登录</Link>
      </Typography.Paragraph>
    </AuthFrame>
  );
}
