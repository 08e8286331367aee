import 'reflect-metadata';
import { MODULE_METADATA } from '@nestjs/common/constants.js';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { FEATURES } from '../../app.module.js';
import { SCHEMA_BUILD_OPTIONS } from './date-time.scalar.js';
import { describeRootTypes } from './root-types.js';

const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';
const RESOLVER_NAME_METADATA = 'graphql:resolver_name';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- the type GraphQLSchemaFactory.create takes
type ClassRef = Function;

/** Every resolver class provided by the feature modules and the modules they import, found through Nest's metadata. */
export function featureResolvers(): ClassRef[] {
  const seen = new Set<unknown>();
  const resolvers = new Set<ClassRef>();
  const visit = (mod: unknown): void => {
    if (!mod || seen.has(mod)) return;
    seen.add(mod);
    const target = typeof mod === 'function' ? mod : (mod as { module?: ClassRef }).module;
    if (!target) return;
    const dynamic = typeof mod === 'function' ? {} : (mod as Record<string, unknown[] | undefined>);
    const imports = [...(Reflect.getMetadata(MODULE_METADATA.IMPORTS, target) ?? []), ...(dynamic.imports ?? [])];
    const providers = [...(Reflect.getMetadata(MODULE_METADATA.PROVIDERS, target) ?? []), ...(dynamic.providers ?? [])];
    for (const provider of providers) {
      if (typeof provider !== 'function') continue;
      const isResolver =
        Reflect.getMetadata(RESOLVER_TYPE_METADATA, provider) !== undefined || Reflect.getMetadata(RESOLVER_NAME_METADATA, provider) !== undefined;
      if (isResolver) resolvers.add(provider);
    }
    for (const imported of imports) visit(typeof imported === 'object' && imported && 'forwardRef' in imported ? (imported as { forwardRef: () => unknown }).forwardRef() : imported);
  };
  FEATURES.forEach(visit);
  return [...resolvers];
}

/**
 * The public schema built from the code-first classes without starting the server or a database, sorted as the
 * server sorts it. `npm run schema` writes it to schema.graphql; a test fails when the committed file differs.
 */
export async function buildPublicSchema(): Promise<GraphQLSchema> {
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  try {
    const schema = await app.get(GraphQLSchemaFactory).create(featureResolvers(), SCHEMA_BUILD_OPTIONS);
    return lexicographicSortSchema(describeRootTypes(schema));
  } finally {
    await app.close();
  }
}

export async function printPublicSchema(): Promise<string> {
  return `${printSchema(await buildPublicSchema())}\n`;
}
