import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { inputProblems } from './input-hygiene.js';

const schema = buildSchema(`
  input Filter { id: ID, name: String }
  type Query { item(id: ID!, filter: Filter): String }
`);
const ok = '00000000-0000-4000-8000-000000000001';

describe('inputProblems', () => {
  const document = parse(`query($id: ID!, $filter: Filter) { a: item(id: "nope", filter: { name: "x\\u0000" }) b: item(id: $id, filter: $filter) }`);
  const operation = document.definitions[0] as OperationDefinitionNode;

  it('finds a document\'s literal problems once and keeps them for that document, while variables are checked per call', () => {
    const first = inputProblems(schema, document, operation, { id: ok });
    expect(first).toEqual([
      { path: 'id', message: 'must be an id issued by this service (a UUID)' },
      { path: 'filter.name', message: 'must not contain a NUL character' },
    ]);
    const second = inputProblems(schema, document, operation, { id: 'bad', filter: { id: 'also-bad' } });
    expect(second).toEqual([
      ...first,
      { path: 'id', message: 'must be an id issued by this service (a UUID)' },
      { path: 'filter.id', message: 'must be an id issued by this service (a UUID)' },
    ]);
    // The kept problems are not changed by a call that adds its own.
    expect(inputProblems(schema, document, operation, { id: ok })).toEqual(first);
  });

  it('finds nothing in a clean document with clean variables', () => {
    const clean = parse(`query($id: ID!) { item(id: $id) }`);
    expect(inputProblems(schema, clean, clean.definitions[0] as OperationDefinitionNode, { id: ok })).toEqual([]);
  });
});
