import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Injectable } from '@nestjs/common';
import { extend } from '@nestjs/graphql';
import { isObjectType, lexicographicSortSchema, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';

/** What a resolver map holds per field: a resolve function, or (subscriptions) resolve and subscribe. */
type FieldResolvers = Record<string, Record<string, GraphQLFieldResolver<unknown, unknown> | { resolve?: GraphQLFieldResolver<unknown, unknown>; subscribe?: GraphQLFieldResolver<unknown, unknown> }>>;

/** The parts of Nest's GraphQLFactory that build a code-first schema (its own fields, not public API). */
interface CodeFirstParts {
  resolversExplorerService: { explore(): FieldResolvers; getAllCtors(): unknown[] };
  scalarsExplorerService: { explore(): FieldResolvers[] };
  gqlSchemaBuilder: { build(autoSchemaFile: ApolloDriverConfig['autoSchemaFile'], options: ApolloDriverConfig, resolvers: unknown[]): Promise<GraphQLSchema> };
}

/**
 * Apollo as Nest drives it, with the code-first schema built once. Nest builds the schema from the decorators, then
 * prints it, parses the text again and builds a second, executable schema from it only to copy its resolvers back onto
 * the first: half of the schema's cost at every start (about 200 of 410 ms of CPU on a loaded machine). Here the
 * resolvers go straight onto the built schema's fields, which gives the same schema (a test compares it with Nest's).
 * Any option this does not cover (a schema or type definitions given, resolver transforms) takes Nest's own way.
 */
@Injectable()
export class CodeFirstApolloDriver extends ApolloDriver {
  override generateSchema(options: ApolloDriverConfig): Promise<GraphQLSchema> | null {
    const plain = options.autoSchemaFile && !options.schema && !hasTypeDefs(options.typeDefs) && !options.transformResolvers && !options.resolvers;
    const parts = this.graphQlFactory as unknown as Partial<CodeFirstParts>;
    if (!plain || !parts.resolversExplorerService || !parts.scalarsExplorerService || !parts.gqlSchemaBuilder) return super.generateSchema(options);
    return buildCodeFirst(options, parts as CodeFirstParts);
  }
}

async function buildCodeFirst(options: ApolloDriverConfig, parts: CodeFirstParts): Promise<GraphQLSchema> {
  // Nest's list: schema-first scalars (none in code-first, kept for parity), then the resolver map.
  const resolvers = extend(parts.scalarsExplorerService.explore(), parts.resolversExplorerService.explore()) as FieldResolvers[];
  const built = await parts.gqlSchemaBuilder.build(options.autoSchemaFile, options, parts.resolversExplorerService.getAllCtors());
  for (const map of resolvers) attachResolvers(built, map);
  const schema = options.transformSchema ? await options.transformSchema(built) : built;
  return options.sortSchema ? lexicographicSortSchema(schema) : schema;
}

function hasTypeDefs(typeDefs: ApolloDriverConfig['typeDefs']): boolean {
  if (typeDefs == null) return false;
  return Array.isArray(typeDefs) || typeof typeDefs === 'string' ? typeDefs.length > 0 : true;
}

/**
 * Sets each field's resolve (and a subscription's subscribe) from the resolver map, as Nest copies them from its
 * executable schema: object types only (scalars, enums and unions are complete in the built schema), and no `__`
 * entries (type-level hooks, which Nest's copy leaves out too).
 */
export function attachResolvers(schema: GraphQLSchema, resolvers: FieldResolvers): void {
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) continue;
    const own = type.getFields();
    for (const [name, resolver] of Object.entries(fields)) {
      const field = own[name];
      if (!field || name.startsWith('__')) continue;
      if (typeof resolver === 'function') {
        field.resolve = resolver;
      } else {
        if (resolver.resolve) field.resolve = resolver.resolve;
        if (resolver.subscribe) field.subscribe = resolver.subscribe;
      }
    }
  }
}
