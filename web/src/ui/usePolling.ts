import { useEffect } from 'react';

/**
 * Re-runs `refetch` every `ms` while the page is visible. Live pages use it only as the fallback of `useLive` while
 * the live socket is down.
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
