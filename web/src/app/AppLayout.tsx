import { Button, Layout, Menu, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { ROLE } from '../ui/labels';
import { useAuth } from './auth';
import type { PageDef } from './page-registry';
import { usePrefs } from './prefs';

/** The frame of every signed-in page: the role's menu (a drawer-like collapse on a phone), display toggles, sign-out. */
export function AppLayout({ pages }: { pages: PageDef[] }) {
  const { session, signOut } = useAuth();
  const { prefs, setPrefs } = usePrefs();
  const navigate = useNavigate();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const menu = pages.filter((p) => p.menu !== false);
  const selected = menu
    .filter((p) => location.pathname === p.path || location.pathname.startsWith(`${p.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="md" collapsedWidth={0} collapsed={collapsed} onCollapse={setCollapsed} theme="light" width={200}>
        <div style={{ padding: 16, fontWeight: 700, fontSize: '1.2em' }}>颐养 · {ROLE[session!.user.role]}</div>
        <Menu
          mode="inline"
          selectedKeys={selected ? [selected.path] : []}
          items={menu.map((p) => ({ key: p.path, icon: p.icon, label: p.title }))}
          onClick={({ key }) => {
            navigate(key);
            if (window.innerWidth < 768) setCollapsed(true);
          }}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: 'transparent', height: 'auto', lineHeight: 'normal', padding: '8px 16px', borderBottom: '1px solid #ddd' }}>
          <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
            <Typography.Text strong>{session!.user.displayName}</Typography.Text>
            <Space wrap>
              <NotificationBell />
              <label>
                <Switch size="small" checked={prefs.largeType} onChange={(v) => setPrefs({ largeType: v })} aria-label="大字体" /> 大字体
              </label>
              <label>
                <Switch size="small" checked={prefs.highContrast} onChange={(v) => setPrefs({ highContrast: v })} aria-label="高对比度" /> 高对比度
              </label>
              <Button onClick={async () => { await signOut(); navigate('/login'); }}>退出登录</Button>
            </Space>
          </Space>
        </Layout.Header>
        <Layout.Content className="yy-content">
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
