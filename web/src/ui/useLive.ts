import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { useSubscription, type AnyVariables, type TypedDocumentNode } from 'urql';
import type { LiveConnection } from '../api/live';
import { usePolling } from './usePolling';

/** The signed-in client's live connection (null outside a session, e.g. in component tests). */
export const LiveContext = createContext<LiveConnection | null>(null);

/** Whether the live socket is connected now. */
export function useLiveUp(): boolean {
  const live = useContext(LiveContext);
  const [up, setUp] = useState(() => live?.isUp() ?? false);
  useEffect(() => {
    if (!live) return;
    setUp(live.isUp());
    return live.onStatus(setUp);
  }, [live]);
  return up;
}

/**
 * Live status pushed by a subscription: `onChange` runs for every change the server sends (typically a refetch of the
 * page's list), and once more each time the socket comes back (changes made while it was down). While the socket is
 * down the page polls every `fallbackMs` instead, only while the tab is visible. Returns the last change pushed.
 */
export function useLive<D, V extends AnyVariables>(
  subscription: { query: TypedDocumentNode<D, V>; variables: V; pause?: boolean },
  onChange: () => void,
  fallbackMs: number,
) {
  const up = useLiveUp();
  const [{ data }] = useSubscription(subscription);
  const latest = useRef(onChange);
  latest.current = onChange;
  useEffect(() => {
    if (data) latest.current();
  }, [data]);
  const wasUp = useRef(up);
  useEffect(() => {
    if (up && !wasUp.current && !subscription.pause) latest.current();
    wasUp.current = up;
  }, [up, subscription.pause]);
  const poll = useCallback(() => latest.current(), []);
  usePolling(poll, fallbackMs, !up && !subscription.pause);
  return { up, data };
}
