import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { renderPage } from '../../test/render-page';
import CapacityPage from './CapacityPage';

const capacity = { providerId: 'p1', category: 'NURSING', total: 10, occupied: 4, reserved: 1, available: 5, version: 3, updatedAt: null, monthlyPriceFen: 300000 };

const renderWith = (mutation: unknown) =>
  renderPage(<CapacityPage />, {
    user: { id: 'u', role: 'PROVIDER_STAFF', displayName: '李主任', providerId: 'p1' },
    query: () => ({ data: { provider: { id: 'p1', name: '颐养护理院', kind: 'NURSING_HOME', capacity: [capacity] } } }),
    mutation,
  }).mutations;

async function editNursing(total: string, occupied: string) {
  const card = await screen.findByTestId('capacity-NURSING');
  await act(async () => fireEvent.click(card.querySelector('button')!));
  fireEvent.change(screen.getByLabelText('总床位'), { target: { value: total } });
  fireEvent.change(screen.getByLabelText('已入住'), { target: { value: occupied } });
  await act(async () => fireEvent.click(screen.getByRole('button', { name: /保\s*存/ })));
}

describe('capacity form', () => {
  it('refuses occupied above total before sending, as the API would', async () => {
    const sent = renderWith({ data: null });
    await editNursing('5', '6');
    expect(await screen.findByText('已入住数不能大于总床位数')).toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('sends the version it showed, and explains a stale version', async () => {
    const { CombinedError } = await import('@urql/core');
    const { GraphQLError } = await import('graphql');
    const sent = renderWith({ error: new CombinedError({ graphQLErrors: [new GraphQLError('stale', { extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' } })] }) });
    await editNursing('12', '4');
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({ input: { providerId: 'p1', category: 'NURSING', total: 12, occupied: 4, expectedVersion: 3, monthlyPriceFen: 300000 } });
    expect(await screen.findByText('别人刚刚修改了这类床位')).toBeInTheDocument();
  });

  it('shows an API field error beside its field', async () => {
    const { CombinedError } = await import('@urql/core');
    const { GraphQLError } = await import('graphql');
    renderWith({ error: new CombinedError({ graphQLErrors: [new GraphQLError('Invalid input', { extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'input.total', message: 'total must not be greater than 100000' }] } })] }) });
    await editNursing('12', '4');
    const error = await screen.findByText('total must not be greater than 100000');
    expect(error.closest('.ant-form-item')!.textContent).toContain('总床位');
  });
});
