import { useQuery } from 'urql';
import { graphql } from '../../gql';

const NAMES = graphql(`query CareElderNames($providerId: ID!) { elders(filter: { providerId: $providerId }, first: 100) { nodes { id fullName } } }`);

/** Names of the elders a provider serves, by id (boards list alerts by elder id). */
export function useServedElderNames(providerId: string): Map<string, string> {
  const [{ data }] = useQuery({ query: NAMES, variables: { providerId } });
  return new Map((data?.elders.nodes ?? []).map((e) => [e.id, e.fullName]));
}
