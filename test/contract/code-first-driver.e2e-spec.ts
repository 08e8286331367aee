import { ApolloDriver } from '@nestjs/apollo';
import { AbstractGraphQLDriver, GRAPHQL_MODULE_OPTIONS, GraphQLSchemaHost } from '@nestjs/graphql';
import { isObjectType, printSchema, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { CodeFirstApolloDriver } from '../../src/core/graphql/apollo-driver.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Every field of the object types, with whether it has its own resolve and subscribe. */
function resolvedFields(schema: GraphQLSchema): string[] {
  return Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && !type.name.startsWith('__'))
    .flatMap((type) => Object.values((type as GraphQLObjectType).getFields()).map((f) => `${type.name}.${f.name} resolve=${!!f.resolve} subscribe=${!!f.subscribe}`))
    .sort();
}

/**
 * The server builds its code-first schema once (CodeFirstApolloDriver) instead of Nest's build, print, parse and
 * rebuild: the schema it serves must be the one Nest's own way gives, resolvers included.
 */
describe('the code-first Apollo driver', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('is the driver the server runs', () => {
    expect(t.app.get(AbstractGraphQLDriver, { strict: false })).toBeInstanceOf(CodeFirstApolloDriver);
  });

  it("serves the schema Nest's own generation builds: the same SDL, and the same fields resolved and subscribed", async () => {
    const driver = t.app.get(AbstractGraphQLDriver, { strict: false }) as CodeFirstApolloDriver;
    const options = await driver.mergeDefaultOptions(t.app.get(GRAPHQL_MODULE_OPTIONS, { strict: false }));
    const nest = await ApolloDriver.prototype.generateSchema.call(driver, { ...options, typeDefs: [] });
    const served = t.app.get(GraphQLSchemaHost).schema;
    expect(printSchema(served)).toBe(printSchema(nest!));
    const fields = resolvedFields(served);
    expect(fields).toEqual(resolvedFields(nest!));
    // Resolvers were attached at all: queries, mutations, subscriptions and field resolvers of object types.
    expect(fields.filter((f) => f.startsWith('Query.') && f.includes('resolve=true')).length).toBeGreaterThan(20);
    expect(fields.filter((f) => f.startsWith('Mutation.') && f.includes('resolve=true')).length).toBeGreaterThan(20);
    expect(fields.filter((f) => f.startsWith('Subscription.') && f.includes('subscribe=true')).length).toBeGreaterThan(0);
    expect(fields.filter((f) => !/^(Query|Mutation|Subscription)\./.test(f) && f.includes('resolve=true')).length).toBeGreaterThan(0);
  });

  it('answers through the attached resolvers: a query and a field of its answer', async () => {
    const answer = await t.gql<{ ratingRubric: { version: number; kind: string } }>(
      `query { ratingRubric(kind: NURSING_HOME) { version kind } }`,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.ratingRubric).toEqual({ version: expect.any(Number), kind: 'NURSING_HOME' });
  });
});
