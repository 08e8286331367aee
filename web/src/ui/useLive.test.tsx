import { act, render } from '@testing-library/react';
import { Provider } from 'urql';
import { makeSubject, never } from 'wonka';
import type { LiveConnection } from '../api/live';
import { VISIT_CHANGED as CHANGED } from '../features/family/MyVisitsPage';
import { LiveContext, useLive } from './useLive';

/** A live connection whose state the test sets. */
function fakeConnection() {
  let up = false;
  const listeners = new Set<(up: boolean) => void>();
  const live: LiveConnection = {
    forward: () => ({ subscribe: () => ({ unsubscribe() {} }) }),
    isUp: () => up,
    onStatus(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    dispose() {},
  };
  return { live, set: (v: boolean) => { up = v; for (const l of listeners) l(v); } };
}

function Page({ onChange }: { onChange: () => void }) {
  useLive({ query: CHANGED, variables: { elderId: 'e1' } }, onChange, 5_000);
  return null;
}

describe('useLive', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('polls only while the socket is down, reads once when it comes back, and follows each pushed change', () => {
    const pushed = makeSubject<{ data: unknown }>();
    const client = { executeSubscription: () => pushed.source, executeQuery: () => never, executeMutation: () => never };
    const { live, set } = fakeConnection();
    const onChange = vi.fn();
    render(
      <Provider value={client as never}>
        <LiveContext.Provider value={live}>
          <Page onChange={onChange} />
        </LiveContext.Provider>
      </Provider>,
    );
    // Down: a poll every 5 s.
    act(() => vi.advanceTimersByTime(10_000));
    expect(onChange).toHaveBeenCalledTimes(2);
    // Up: one read for what changed meanwhile, then no more polling.
    act(() => set(true));
    expect(onChange).toHaveBeenCalledTimes(3);
    act(() => vi.advanceTimersByTime(30_000));
    expect(onChange).toHaveBeenCalledTimes(3);
    // A change pushed by the server.
    act(() => pushed.next({ data: { homeCareOrderChanged: { __typename: 'HomeCareOrder', id: 'o1', status: 'ASSIGNED' } } } as never));
    expect(onChange).toHaveBeenCalledTimes(4);
    // Down again: polling resumes.
    act(() => set(false));
    act(() => vi.advanceTimersByTime(5_000));
    expect(onChange).toHaveBeenCalledTimes(5);
  });
});
