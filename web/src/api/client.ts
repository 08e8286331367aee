import { Client, cacheExchange, fetchExchange, mapExchange, subscriptionExchange } from 'urql';
import { graphql } from '../gql';
import { createLiveConnection, type LiveConnection } from './live';
import { readSession, writeSession, type TokenPair } from './session';
import { createTokenManager, type RefreshOutcome } from './tokens';

const REFRESH = graphql(`
  mutation RefreshAccessToken($refreshToken: String!) {
    refreshAccessToken(refreshToken: $refreshToken) { accessToken expiresAt refreshToken refreshTokenExpiresAt }
  }
`);
const LOGOUT = graphql(`mutation Logout { logout }`);

/** A client with no session of its own, for the token calls themselves (a refused refresh must not trigger a refresh). */
const bare = new Client({ url: '/graphql', preferGetMethod: false, requestPolicy: 'network-only', exchanges: [fetchExchange] });

/** Codes with which the server refuses the refresh token itself: the session is over. Anything else is tried again. */
const SESSION_OVER = new Set(['UNAUTHENTICATED', 'BAD_USER_INPUT', 'FORBIDDEN']);

async function exchangeRefreshToken(refreshToken: string): Promise<RefreshOutcome> {
  const result = await bare.mutation(REFRESH, { refreshToken }).toPromise();
  if (result.data) return result.data.refreshAccessToken as TokenPair;
  const codes = result.error?.graphQLErrors.map((e) => e.extensions?.code) ?? [];
  return codes.some((c) => typeof c === 'string' && SESSION_OVER.has(c)) ? 'REJECTED' : 'UNREACHABLE';
}

/** The session's tokens: renewed shortly before expiry and once on UNAUTHENTICATED, one renewal at a time across tabs. */
export const tokens = createTokenManager({
  exchange: exchangeRefreshToken,
  revoke: (accessToken) => bare.mutation(LOGOUT, {}, { fetchOptions: { headers: { authorization: `Bearer ${accessToken}` } } }).toPromise(),
});

export interface ApiClient {
  client: Client;
  live: LiveConnection;
  dispose(): void;
}

/**
 * One urql client per signed-in account: the bearer token on every request (renewed as needed), subscriptions over
 * the live socket; an UNAUTHENTICATED answer that survives a renewal ends the session (back to the sign-in page).
 */
export function createApiClient(url = '/graphql'): ApiClient {
  const live = createLiveConnection(tokens);
  const client = new Client({
    url,
    // POST for every operation: Apollo's CSRF protection refuses simple GET requests, and POST bodies stay out of logs.
    preferGetMethod: false,
    fetch: tokens.fetch,
    exchanges: [
      mapExchange({
        onResult(result) {
          const unauthenticated = result.error?.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
          if (unauthenticated && readSession()) writeSession(null);
          return result;
        },
      }),
      cacheExchange,
      fetchExchange,
      subscriptionExchange({ forwardSubscription: (request) => live.forward(request) }),
    ],
    // Lists change under the user's feet (other staff, caregivers): pages ask the network and show the cache meanwhile.
    requestPolicy: 'cache-and-network',
  });
  return { client, live, dispose: () => live.dispose() };
}
