import { useCallback, useEffect, useRef } from 'react';

/**
 * A network refetch of a page's query that is never lost. urql drops an identical query while the first is still on
 * its way, and that first answer may have been read before the change that asked for the refetch (a live event, the
 * page's own mutation): so a refetch asked for while the query is in flight runs once more after its answer came.
 */
export function useRefetch(refetch: (opts: { requestPolicy: 'network-only' }) => void, fetching: boolean): () => void {
  const inFlight = useRef(fetching);
  inFlight.current = fetching;
  const again = useRef(false);
  useEffect(() => {
    if (fetching || !again.current) return;
    again.current = false;
    refetch({ requestPolicy: 'network-only' });
  }, [fetching, refetch]);
  return useCallback(() => {
    if (inFlight.current) again.current = true;
    else refetch({ requestPolicy: 'network-only' });
  }, [refetch]);
}
