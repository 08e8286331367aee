import { App as AntApp, ConfigProvider, Spin, theme } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { Suspense, useEffect, useMemo } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { Provider as UrqlProvider } from 'urql';
import { createApiClient, tokens } from '../api/client';
import { HOME_BY_ROLE } from '../api/session';
import { LoginPage } from '../features/auth/LoginPage';
import { RegisterPage } from '../features/auth/RegisterPage';
import { AuthProvider, useAuth } from './auth';
import { AppLayout } from './AppLayout';
import { PAGES } from './pages';
import { PrefsProvider, usePrefs } from './prefs';
import { LiveContext } from '../ui/useLive';

function Themed({ children }: { children: React.ReactNode }) {
  const { prefs } = usePrefs();
  const token = useMemo(
    () => ({
      fontSize: prefs.largeType ? 18 : 14,
      ...(prefs.highContrast
        ? { colorText: '#000000', colorTextSecondary: '#000000', colorTextTertiary: '#1f1f1f', colorBorder: '#000000', colorPrimary: '#0033a0', colorLink: '#0033a0', colorError: '#a8071a', lineWidth: 2 }
        : {}),
    }),
    [prefs.largeType, prefs.highContrast],
  );
  return (
    <ConfigProvider locale={zhCN} theme={{ token, algorithm: theme.defaultAlgorithm }} componentSize={prefs.largeType ? 'large' : 'middle'}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

function AppRoutes() {
  const { session } = useAuth();
  // One client (cache and live socket) per signed-in account: a token refresh keeps it, another account gets a new one.
  const userId = session?.user.id;
  const api = useMemo(() => createApiClient(), [userId]);
  useEffect(() => () => api.dispose(), [api]);
  useEffect(() => (userId ? tokens.start() : undefined), [userId]);
  const home = session ? HOME_BY_ROLE[session.user.role] : '/login';
  const pages = session ? PAGES.filter((p) => p.roles.includes(session.user.role)) : [];
  return (
    <UrqlProvider value={api.client}>
      <LiveContext.Provider value={userId ? api.live : null}>
      <Routes>
        <Route path="/login" element={session ? <Navigate to={home} replace /> : <LoginPage />} />
        <Route path="/register" element={session ? <Navigate to={home} replace /> : <RegisterPage />} />
        {session ? (
          <Route element={<AppLayout pages={pages} />}>
            {pages.map((p) => (
              <Route
                key={p.path}
                path={p.path}
                element={
                  <Suspense fallback={<Spin style={{ margin: 48 }} />}>
                    <p.component />
                  </Suspense>
                }
              />
            ))}
            <Route path="*" element={<Navigate to={home} replace />} />
          </Route>
        ) : (
          <Route path="*" element={<Navigate to="/login" replace />} />
        )}
      </Routes>
      </LiveContext.Provider>
    </UrqlProvider>
  );
}

export function App() {
  return (
    <PrefsProvider>
      <Themed>
        <AuthProvider>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </AuthProvider>
      </Themed>
    </PrefsProvider>
  );
}
