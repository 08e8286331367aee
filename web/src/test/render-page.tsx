import { render } from '@testing-library/react';
import { App } from 'antd';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { Provider } from 'urql';
import { fromValue, never } from 'wonka';
import { writeSession, type SessionUser } from '../api/session';
import { AuthProvider } from '../app/auth';

/** What jsdom lacks and antd asks for: media queries (grid, menus) and resize observers (tables). */
export function stubBrowser() {
  window.matchMedia ??= ((q: string) => ({ matches: false, media: q, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, onchange: null, dispatchEvent: () => false })) as never;
  // jsdom has no layout, so nothing is ever resized.
  globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} } as never;
}

export interface Operation {
  query: { definitions: Array<{ name?: { value: string } }> };
  variables: Record<string, unknown>;
}

/** The operation's name as written in its document (`query StaffServices(...)` is "StaffServices"). */
export const operationName = (op: Operation) => op.query.definitions[0]?.name?.value;

/**
 * Renders a console component signed in as `user` (no session when left out) against a fake urql client: queries
 * answer `query(op)` (never, when left out), mutations answer `mutation`. Returns what was asked, in order.
 */
export function renderPage(ui: ReactElement, opts: { user?: SessionUser; query?: (op: Operation) => unknown; mutation?: unknown } = {}) {
  stubBrowser();
  if (opts.user) writeSession({ accessToken: 't', expiresAt: '2099-01-01T00:00:00Z', refreshToken: 'r', refreshTokenExpiresAt: '2099-01-01T00:00:00Z', user: opts.user });
  const queries: Array<Record<string, unknown>> = [];
  const mutations: Array<Record<string, unknown>> = [];
  const client = {
    executeQuery: (op: Operation) => {
      queries.push(op.variables);
      return opts.query ? fromValue(opts.query(op)) : never;
    },
    executeMutation: (op: Operation) => {
      mutations.push(op.variables);
      return fromValue(opts.mutation ?? { data: null });
    },
    executeSubscription: () => never,
  };
  render(
    <Provider value={client as never}>
      <AuthProvider>
        <MemoryRouter>
          <App>{ui}</App>
        </MemoryRouter>
      </AuthProvider>
    </Provider>,
  );
  return { queries, mutations };
}
