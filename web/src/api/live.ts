import { createClient, type Client as WsClient } from 'graphql-ws';
import type { SubscriptionForwarder, SubscriptionOperation } from '@urql/core';
import type { TokenManager } from './tokens';

/** graphql-ws close code for "Unauthorized": the server closes with it when the socket's access token expires. */
const UNAUTHORIZED = 4401;
/** Closed by us to reconnect with a fresh token after a refresh (any 4xxx code that is not fatal is retried). */
const RESTART = 4205;

type Listener = (up: boolean) => void;

/**
 * The live connection (graphql-ws on /graphql): authenticated with the session's current access token on each
 * connection, re-authenticated after every token refresh (the socket is reopened with the new token), and, when the
 * server closes it because the token expired, renewed and resubscribed. `up` tells pages whether to poll instead.
 */
export interface LiveConnection {
  forward(request: SubscriptionOperation): ReturnType<SubscriptionForwarder>;
  isUp(): boolean;
  onStatus(listener: Listener): () => void;
  dispose(): void;
}

export function liveUrl(path = '/graphql'): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}${path}`;
}

export function createLiveConnection(tokens: TokenManager, url = liveUrl()): LiveConnection {
  let up = false;
  let socket: WebSocket | null = null;
  let lastToken: string | null = null;
  let refused = false;
  const listeners = new Set<Listener>();
  const setUp = (value: boolean) => {
    if (up === value) return;
    up = value;
    for (const l of listeners) l(value);
  };

  // Made on first use, and again after a dispose (React's StrictMode runs an effect's cleanup once in development).
  let client: WsClient | null = null;
  let offRefreshed: (() => void) | null = null;
  const make = (): WsClient => createClient({
    url,
    lazy: true,
    lazyCloseTimeout: 2_000,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(1_000 * 2 ** retries, 15_000))),
    connectionParams: async () => {
      // After the server refused the last token, renew it (once across requests and tabs) before reconnecting.
      const token = refused && lastToken ? ((await tokens.refresh(lastToken))?.accessToken ?? null) : await tokens.accessToken();
      refused = false;
      lastToken = token;
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    on: {
      opened: (s) => {
        socket = s as WebSocket;
      },
      connected: () => setUp(true),
      closed: (event) => {
        socket = null;
        if ((event as CloseEvent | undefined)?.code === UNAUTHORIZED) refused = true;
        setUp(false);
      },
    },
  });

  const ws = (): WsClient => {
    if (client) return client;
    client = make();
    offRefreshed = tokens.onRefreshed((session) => {
      // The open socket still runs on the old token (the server would close it at its expiry): reopen it now.
      if (socket && session.accessToken !== lastToken && socket.readyState === WebSocket.OPEN) socket.close(RESTART, 'token refreshed');
    });
    return client;
  };

  const forward = (request: SubscriptionOperation): ReturnType<SubscriptionForwarder> => ({
    subscribe(sink) {
      let dispose: () => void = () => undefined;
      let stopped = false;
      const run = () => {
        dispose = ws().subscribe({ ...request, query: request.query ?? '' }, {
          next: (value) => sink.next(value as never),
          complete: () => sink.complete(),
          error: (error) => {
            // The token ran out while connected (graphql-ws treats 4401 as fatal): renew, then subscribe again.
            if (!stopped && (error as CloseEvent | undefined)?.code === UNAUTHORIZED) {
              refused = true;
              setTimeout(run, 1_000);
              return;
            }
            sink.error(error);
          },
        });
      };
      run();
      return {
        unsubscribe() {
          stopped = true;
          dispose();
        },
      };
    },
  });

  return {
    forward,
    isUp: () => up,
    onStatus(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    dispose() {
      offRefreshed?.();
      offRefreshed = null;
      void client?.dispose();
      client = null;
      socket = null;
      setUp(false);
    },
  };
}
