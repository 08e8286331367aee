import { Client, cacheExchange, fetchExchange, mapExchange } from 'urql';
import { readSession, writeSession } from './session';

/**
 * One urql client for the console: the bearer token of the session on every request; an UNAUTHENTICATED answer to
 * a signed-in request (expired or revoked token) ends the session, which sends the user back to the sign-in page.
 */
export function createApiClient(url = '/graphql') {
  return new Client({
    url,
    // POST for every operation: Apollo's CSRF protection refuses simple GET requests, and POST bodies stay out of logs.
    preferGetMethod: false,
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
    ],
    fetchOptions: () => {
      const session = readSession();
      return session ? { headers: { authorization: `Bearer ${session.accessToken}` } } : {};
    },
    // Lists change under the user's feet (other staff, caregivers): pages ask the network and show the cache meanwhile.
    requestPolicy: 'cache-and-network',
  });
}
