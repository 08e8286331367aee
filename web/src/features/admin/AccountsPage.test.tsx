import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { MemoryRouter } from 'react-router';
import { Provider } from 'urql';
import { fromValue, never } from 'wonka';
import { writeSession } from '../../api/session';
import { AuthProvider } from '../../app/auth';
import AccountsPage from './AccountsPage';

beforeAll(() => {
  // antd's table measures its columns; jsdom has no layout, so nothing is ever resized.
  globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} } as never;
  window.matchMedia ??= ((q: string) => ({ matches: false, media: q, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, onchange: null, dispatchEvent: () => false })) as never;
});

const account = (id: string, phone: string, disabledAt: string | null = null) => ({
  id, displayName: `用户${id}`, phone, role: 'FAMILY', providerId: null, regionScope: null, disabledAt, createdAt: '2026-11-30T02:00:00Z',
});

function renderAs(role: 'ADMIN' | 'CIVIL_AFFAIRS') {
  writeSession({ accessToken: 't', user: { id: 'me', role, displayName: '管理员', regionScope: role === 'CIVIL_AFFAIRS' ? '3708' : null } });
  const queries: Array<Record<string, unknown>> = [];
  const client = {
    executeQuery: (op: { variables: Record<string, unknown> }) => {
      queries.push(op.variables);
      return fromValue({ data: { users: { totalCount: 2, pageInfo: { endCursor: null, hasNextPage: false }, nodes: [account('me', '13700000001'), account('a', '13612345678')] } } });
    },
    executeMutation: () => fromValue({ data: null }),
    executeSubscription: () => never,
  };
  render(
    <Provider value={client as never}>
      <AuthProvider>
        <MemoryRouter>
          <App>
            <AccountsPage />
          </App>
        </MemoryRouter>
      </AuthProvider>
    </Provider>,
  );
  return queries;
}

describe('accounts page', () => {
  it('lists accounts with their phones for an admin, with no actions on the admin\'s own row', async () => {
    renderAs('ADMIN');
    expect(await screen.findByText('13612345678')).toBeInTheDocument();
    expect(screen.getByText('本人账号')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /停\s*用/ })).toHaveLength(1);
  });

  it('searches by phone digits', async () => {
    const queries = renderAs('ADMIN');
    const search = await screen.findByLabelText('按手机号查找');
    fireEvent.change(search, { target: { value: '5678' } });
    await act(async () => fireEvent.keyDown(search, { key: 'Enter', code: 'Enter', keyCode: 13 }));
    await waitFor(() => expect(JSON.stringify(queries.at(-1))).toBe(JSON.stringify({ filter: { phoneContains: '5678' }, after: null })));
  });

  it('refuses a phone search that is not digits before asking', async () => {
    const queries = renderAs('ADMIN');
    const search = await screen.findByLabelText('按手机号查找');
    fireEvent.change(search, { target: { value: '136x' } });
    await act(async () => fireEvent.keyDown(search, { key: 'Enter', code: 'Enter', keyCode: 13 }));
    expect(await screen.findByText('手机号只能是数字，最多11位')).toBeInTheDocument();
    expect(queries.some((q) => (q.filter as { phoneContains?: string }).phoneContains)).toBe(false);
  });

  it('shows an officer the creation form only (the API lists accounts to admins)', async () => {
    const queries = renderAs('CIVIL_AFFAIRS');
    expect(await screen.findByText('创建账号')).toBeInTheDocument();
    expect(screen.queryByText('账号列表')).toBeNull();
    expect(queries).toEqual([]);
  });
});
