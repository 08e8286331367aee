import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface LiveResult<T = Record<string, any>> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string; reason?: string } }>;
}

/** One subscription's results as they arrive, with a helper to wait for the next matching one. */
export class LiveSubscription<T = Record<string, any>> {
  readonly results: LiveResult<T>[] = [];
  completed = false;
  error: unknown = null;
  private waiters: Array<() => void> = [];
  dispose: () => void = () => undefined;

  push(result: LiveResult<T>) {
    this.results.push(result);
    this.notify();
  }

  notify() {
    for (const w of this.waiters.splice(0)) w();
  }

  /** Waits until a result satisfies `match` (from index `from` on) or `timeoutMs` passes; returns it or null. */
  async next(match: (r: LiveResult<T>) => boolean = () => true, timeoutMs = 3000, from = 0): Promise<LiveResult<T> | null> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.results.slice(from).find(match);
      if (found) return found;
      if (this.completed || Date.now() >= deadline) return null;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, deadline - Date.now());
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
}

export interface LiveClient {
  client: Client;
  subscribe<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): LiveSubscription<T>;
  /** Resolves with the close event's code and reason once the socket closes. */
  closed: Promise<{ code: number; reason: string }>;
  close(): Promise<void>;
}

/** A graphql-ws client on the test app's WebSocket URL, logged in with `token` (none: anonymous). */
export function liveClient(url: string, token?: string, options: { lazy?: boolean; connectionParams?: Record<string, unknown> } = {}): LiveClient {
  let onClosed!: (e: { code: number; reason: string }) => void;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (onClosed = resolve));
  const client = createClient({
    url,
    webSocketImpl: WebSocket,
    lazy: options.lazy ?? false,
    retryAttempts: 0,
    connectionParams: options.connectionParams ?? (token ? { authorization: `Bearer ${token}` } : {}),
    on: {
      closed: (event) => {
        const e = event as { code: number; reason: string };
        onClosed({ code: e.code, reason: String(e.reason) });
      },
    },
    onNonLazyError: () => undefined,
  });
  return {
    client,
    closed,
    subscribe<T>(query: string, variables?: Record<string, unknown>) {
      const sub = new LiveSubscription<T>();
      sub.dispose = client.subscribe<T>(
        { query, variables },
        {
          next: (value) => sub.push(value as LiveResult<T>),
          error: (error) => {
            sub.error = error;
            if (Array.isArray(error)) sub.push({ errors: error as LiveResult['errors'] });
            sub.completed = true;
            sub.notify();
          },
          complete: () => {
            sub.completed = true;
            sub.notify();
          },
        },
      );
      return sub;
    },
    async close() {
      await client.dispose();
    },
  };
}

/** Resolves once the server has acknowledged the connection (a subscription sent before then would wait anyway). */
export function connected(live: LiveClient, timeoutMs = 3000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('not connected')), timeoutMs);
    live.client.on('connected', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
