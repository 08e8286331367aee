import { useEffect } from 'react';

/**
 * "Live" status by polling: re-runs the query every `ms` while the page is visible. Used until the API offers
 * subscriptions for order status; then the page subscribes instead.
 */
export function usePolling(refetch: () => void, ms: number, enabled = true) {
  useEffect(() => {
    if (!enabled) return;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') refetch();
    }, ms);
    return () => clearInterval(timer);
  }, [refetch, ms, enabled]);
}
