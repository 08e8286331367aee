import { readFileSync, writeFileSync } from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SCHEMA_FILE = new URL('../../web/schema.graphql', import.meta.url);

/**
 * The console's typed operations are generated (graphql-codegen) from web/schema.graphql, committed so that a clean
 * clone builds with no server running. This test keeps that file equal to the schema the server really has:
 * run it with UPDATE_WEB_SCHEMA=1 to rewrite the file, then `npm run codegen -w web`.
 */
describe('web console: the committed schema is the server schema', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('web/schema.graphql matches the code-first schema', () => {
    const printed = printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema)) + '\n';
    if (process.env.UPDATE_WEB_SCHEMA === '1') writeFileSync(SCHEMA_FILE, printed);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printed);
  });
});
