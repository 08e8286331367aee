import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { renderPage } from '../../test/render-page';
import AccountsPage from './AccountsPage';

const account = (id: string, phone: string, disabledAt: string | null = null) => ({
  id, displayName: `用户${id}`, phone, role: 'FAMILY', providerId: null, regionScope: null, disabledAt, createdAt: '2026-11-30T02:00:00Z',
});

const renderAs = (role: 'ADMIN' | 'CIVIL_AFFAIRS') =>
  renderPage(<AccountsPage />, {
    user: { id: 'me', role, displayName: '管理员', regionScope: role === 'CIVIL_AFFAIRS' ? '3708' : null },
    query: () => ({ data: { users: { totalCount: 2, pageInfo: { endCursor: null, hasNextPage: false }, nodes: [account('me', '13700000001'), account('a', '13612345678')] } } }),
  }).queries;

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
