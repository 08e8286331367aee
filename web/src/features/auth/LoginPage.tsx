import { Button, Card, Form, Input, Typography } from 'antd';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { SessionUser } from '../../api/session';
import { useAuth } from '../../app/auth';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { rules } from '../../ui/rules';
import { useApiForm } from '../../ui/useApiForm';

const LOGIN = graphql(`
  mutation Login($phone: String!, $password: String!) {
    login(phone: $phone, password: $password) {
      accessToken
      expiresAt
      refreshToken
      refreshTokenExpiresAt
      user { id role displayName providerId regionScope }
    }
  }
`);

/** Sign-in by phone and password; each role then lands on its own home. */
export function LoginPage() {
  const { signIn } = useAuth();
  const [, login] = useMutation(LOGIN);
  const { form, problem, unplaced, busy, submit } = useApiForm<{ phone: string; password: string }>('');
  const onFinish = async (values: { phone: string; password: string }) => {
    const data = await submit(() => login(values));
    if (data) signIn({ ...data.login, user: data.login.user as SessionUser });
  };
  return (
    <AuthFrame title="登录颐养养老服务平台">
      {problem?.code === 'UNAUTHENTICATED' ? (
        <ApiErrorAlert problem={{ ...problem, reason: undefined, code: 'WRONG_PASSWORD' }} />
      ) : (
        <ApiErrorAlert problem={problem} unplaced={unplaced} />
      )}
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
        <Form.Item name="phone" label="手机号" rules={rules.phone}>
          <Input inputMode="numeric" autoComplete="username" maxLength={11} />
        </Form.Item>
        <Form.Item name="password" label="密码" rules={[{ required: true, message: '请填写密码' }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} block>
          登录
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16 }}>
        家属还没有账号？<Link to="/register">注册家属账号</Link>
      </Typography.Paragraph>
    </AuthFrame>
  );
}

export function AuthFrame({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', padding: 16, background: '#f5f7fa' }}>
      <Card style={{ width: '100%', maxWidth: 420 }} title={<h1 style={{ fontSize: '1.3em', margin: 0 }}>{title}</h1>}>
        {children}
      </Card>
    </div>
  );
}
