import { readFile } from 'node:fs/promises';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildPublicSchema, printPublicSchema } from '../../src/core/graphql/schema-sdl.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { undocumented } from './schema-descriptions.js';

/**
 * The schema is the public contract: schema.graphql at the repository root is what clients are written against, so a
 * change to it must be deliberate (regenerated and reviewed), and every part of it must say what it means.
 */
describe('the GraphQL schema as a contract', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('schema.graphql is the schema generated from the code', async () => {
    const committed = await readFile(new URL('../../schema.graphql', import.meta.url), 'utf8').catch(() => '');
    const generated = await printPublicSchema();
    if (committed !== generated) {
      throw new Error('schema.graphql differs from the schema the code defines: run `npm run schema` and commit schema.graphql (review the diff: it is the public API).');
    }
  });

  it('the generator prints exactly the schema the running server serves', async () => {
    const served = `${printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema))}\n`;
    expect(served).toBe(await printPublicSchema());
  });

  it('every type, field, argument, input field and enum value has a description', async () => {
    const missing = undocumented(await buildPublicSchema());
    if (missing.length > 0) throw new Error(`${missing.length} parts of the schema have no description:\n  ${missing.join('\n  ')}`);
  });

  it('the description check names what lacks one', async () => {
    const { buildSchema } = await import('graphql');
    const schema = buildSchema(`
      """Documented."""
      type Query { bare(arg: Int): Color }
      enum Color { RED }
      input Filter { x: Int }
    `);
    expect(undocumented(schema).sort()).toEqual(
      ['argument Query.bare(arg)', 'enum value Color.RED', 'field Query.bare', 'input field Filter.x', 'type Color', 'type Filter'].sort(),
    );
  });
});
