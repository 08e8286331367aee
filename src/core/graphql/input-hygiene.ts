import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,

  typeFromAST,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { FieldProblem } from '../errors/domain-error.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** At most this many problems are reported (a list of 10,000 bad ids gives one answer of reasonable size). */
const MAX_PROBLEMS = 20;

/**
 * Input that PostgreSQL cannot take, refused before any resolver runs, naming the argument or input field: an `ID`
 * that is not a UUID (every id this service issues is one), and text with a NUL character (PostgreSQL text cannot
 * hold it). Both literals in the document and variables' values are checked, at any depth of input objects and lists.
 * Dates are checked by the DateTime scalar itself.
 */
export function inputProblems(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const report = (path: string, message: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ path, message });
  };
  // Literals, in the operation and the fragments it may use: they are the document's, so they are found once per
  // document (the server keeps parsed documents, so a repeated operation is the same object) and not per request.
  for (const problem of literalProblems(schema, document)) report(problem.path, problem.message);

  // Variables' values, by their declared types.
  const walk = (type: GraphQLInputType, value: unknown, at: string): void => {
    if (value === null || value === undefined) return;
    if (isNonNullType(type)) return walk(type.ofType, value, at);
    if (isListType(type)) {
      if (Array.isArray(value)) value.forEach((item, i) => walk(type.ofType, item, `${at}[${i}]`));
      else walk(type.ofType, value, at);
      return;
    }
    if (isInputObjectType(type)) {
      if (typeof value !== 'object' || Array.isArray(value)) return;
      for (const [name, field] of Object.entries(type.getFields())) {
        if (Object.hasOwn(value, name)) walk(field.type, (value as Record<string, unknown>)[name], `${at}.${name}`);
      }
      return;
    }
    checkScalar(type, value, at, report);
  };
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type as Parameters<typeof typeFromAST>[1]) as GraphQLInputType | undefined;
    const name = definition.variable.name.value;
    if (type && Object.hasOwn(variables, name)) walk(type, variables[name], name);
  }
  return problems;
}

function checkScalar(type: GraphQLNamedType, value: unknown, path: string, report: (path: string, message: string) => void): void {
  if (type.name === 'ID' && (typeof value === 'string' || typeof value === 'number')) {
    if (!UUID.test(String(value))) report(path, 'must be an id issued by this service (a UUID)');
  } else if (type.name !== 'ID' && typeof value === 'string' && value.includes('\u0000')) {
    report(path, 'must not contain a NUL character');
  }
}

/** Problems of the literals written in a document, per schema and document object. */
const literalCache = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, FieldProblem[]>>();

function literalProblems(schema: GraphQLSchema, document: DocumentNode): FieldProblem[] {
  let forSchema = literalCache.get(schema);
  if (!forSchema) literalCache.set(schema, (forSchema = new WeakMap()));
  const cached = forSchema.get(document);
  if (cached) return cached;
  const problems: FieldProblem[] = [];
  const report = (path: string, message: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ path, message });
  };
  const typeInfo = new TypeInfo(schema);
  const path: string[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument: { enter: (node) => void path.push(node.name.value), leave: () => void path.pop() },
      ObjectField: { enter: (node) => void path.push(node.name.value), leave: () => void path.pop() },
      StringValue(node) {
        const type = typeInfo.getInputType();
        if (type) checkScalar(getNamedType(type), node.value, path.join('.'), report);
      },
      IntValue(node) {
        const type = typeInfo.getInputType();
        if (type) checkScalar(getNamedType(type), node.value, path.join('.'), report);
      },
    }),
  );
  forSchema.set(document, problems);
  return problems;
}
