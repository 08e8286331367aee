import { act, fireEvent, screen } from '@testing-library/react';
import { renderPage } from '../../test/render-page';
import { ObservationForm } from './ObservationsPanel';

const renderWith = (mutation: unknown) => renderPage(<ObservationForm elderId="e1" />, { mutation }).mutations;

const submit = () => act(async () => fireEvent.click(screen.getByRole('button', { name: /记录观察/ })));

describe('observation form', () => {
  it('refuses a pain score above 10 and half a blood pressure before sending, as the API would', async () => {
    const sent = renderWith({ data: null });
    fireEvent.change(screen.getByLabelText('疼痛(0-10)'), { target: { value: '11' } });
    fireEvent.change(screen.getByLabelText('收缩压'), { target: { value: '130' } });
    await submit();
    expect(await screen.findByText('0 到 10')).toBeInTheDocument();
    expect((await screen.findAllByText('收缩压和舒张压需同时填写')).length).toBeGreaterThan(0);
    expect(sent).toEqual([]);
  });

  it('sends the observation with its blood pressure nested, and puts the API\'s field error beside its field', async () => {
    const { CombinedError } = await import('@urql/core');
    const { GraphQLError } = await import('graphql');
    const sent = renderWith({
      error: new CombinedError({
        graphQLErrors: [new GraphQLError('Invalid input', { extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'input.bloodPressure.systolic', message: 'systolic must not be less than 40' }] } })],
      }),
    });
    fireEvent.change(screen.getByLabelText('收缩压'), { target: { value: '120' } });
    fireEvent.change(screen.getByLabelText('舒张压'), { target: { value: '80' } });
    fireEvent.change(screen.getByLabelText('备注'), { target: { value: '精神好' } });
    await submit();
    expect(sent).toEqual([{ input: { elderId: 'e1', bloodPressure: { systolic: 120, diastolic: 80 }, note: '精神好' } }]);
    expect(await screen.findByText('systolic must not be less than 40')).toBeInTheDocument();
  });
});
