import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { operationName, renderPage } from '../../test/render-page';
import ServicesPage from './ServicesPage';

const provider = {
  id: 'p1', name: '颐家服务中心', regionCode: '370811', homeCareAutoAssign: false,
  services: [{ kind: 'BATHING', priceFen: 5000, unit: '次', durationMinutes: 60 }, { kind: 'MEAL', priceFen: 1550, unit: '次', durationMinutes: null }],
};

const renderWith = (mutation: unknown) =>
  renderPage(<ServicesPage />, {
    user: { id: 'u', role: 'PROVIDER_STAFF', displayName: '李主任', providerId: 'p1' },
    query: (op) => (operationName(op) === 'StaffServices' ? { data: { provider } } : { data: null }),
    mutation,
  }).mutations;

describe('services and prices form', () => {
  it('shows prices in yuan and sends them in fen', async () => {
    const sent = renderWith({ data: { setProviderServices: { id: 'p1', services: [] } } });
    const prices = await screen.findAllByLabelText('价格（元）');
    expect((prices[1] as HTMLInputElement).value).toBe('15.50');
    fireEvent.change(prices[0], { target: { value: '88.5' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /保存服务与价格/ })));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      providerId: 'p1',
      services: [{ kind: 'BATHING', priceFen: 8850, unit: '次', durationMinutes: 60 }, { kind: 'MEAL', priceFen: 1550, unit: '次', durationMinutes: undefined }],
    });
  });

  it('refuses a price above the API\'s ceiling before sending', async () => {
    const sent = renderWith({ data: null });
    const prices = await screen.findAllByLabelText('价格（元）');
    fireEvent.change(prices[0], { target: { value: '100001' } });
    fireEvent.blur(prices[0]);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /保存服务与价格/ })));
    expect(await screen.findByText('0 到 100000 元')).toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('puts the API\'s error on services[1].priceFen beside that row\'s price in yuan', async () => {
    const { CombinedError } = await import('@urql/core');
    const { GraphQLError } = await import('graphql');
    renderWith({ error: new CombinedError({ graphQLErrors: [new GraphQLError('Invalid input', { extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'services[1].priceFen', message: 'priceFen must not be greater than 10000000' }] } })] }) });
    await screen.findAllByLabelText('价格（元）');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /保存服务与价格/ })));
    const error = await screen.findByText('priceFen must not be greater than 10000000');
    const rows = screen.getAllByTestId('service-row');
    expect(rows[1].contains(error)).toBe(true);
    expect(rows[0].contains(error)).toBe(false);
  });
});
