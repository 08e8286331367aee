import { act, renderHook } from '@testing-library/react';
import { useRefetch } from './useRefetch';

describe('useRefetch', () => {
  it('refetches at once when nothing is in flight', () => {
    const refetch = vi.fn();
    const { result } = renderHook(({ fetching }) => useRefetch(refetch, fetching), { initialProps: { fetching: false } });
    act(() => result.current());
    expect(refetch).toHaveBeenCalledTimes(1);
    expect(refetch).toHaveBeenCalledWith({ requestPolicy: 'network-only' });
  });

  it('asked while the query is in flight, refetches once more after its answer (which may predate the change)', () => {
    const refetch = vi.fn();
    const { result, rerender } = renderHook(({ fetching }) => useRefetch(refetch, fetching), { initialProps: { fetching: true } });
    act(() => {
      result.current();
      result.current();
    });
    expect(refetch).not.toHaveBeenCalled();
    rerender({ fetching: false });
    expect(refetch).toHaveBeenCalledTimes(1);
    rerender({ fetching: true });
    rerender({ fetching: false });
    expect(refetch).toHaveBeenCalledTimes(1); // nothing more was asked for
  });
});
