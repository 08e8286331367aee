import {
  getNamedType,
  isCompositeType,
  isObjectType,
  isInterfaceType,
  Kind,
  valueFromAST,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/** Arguments that say how many items a list field returns. */
const PAGE_SIZE_ARGUMENTS = ['first', 'last'];

/**
 * What an operation costs, with the values it will run with: every field selected costs 1 (`__typename` and its
 * aliases too), and the selections under a field that takes `first`/`last` are counted that many times. The value is
 * the literal, else the variable's value, else the argument's default: `providers(first: $n)` with n = 100 counts
 * its nodes 100 times, not once. Introspection (`__schema`, `__type`) costs nothing: production turns it off.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return 0;

  const costOf = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, visiting: Set<string>): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name === '__schema' || name === '__type') continue;
        cost += 1;
        if (!selection.selectionSet) continue;
        const field: GraphQLField<unknown, unknown> | undefined = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
        if (!field) continue;
        const type = getNamedType(field.type);
        if (!isCompositeType(type)) continue;
        cost += pageSize(selection, field, variables) * costOf(selection.selectionSet, type, visiting);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        cost += costOf(selection.selectionSet, isCompositeType(type) ? type : parent, visiting);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // A fragment that spreads itself is refused by validation; never loop on one here either.
        if (!fragment || visiting.has(name)) continue;
        const type = schema.getType(fragment.typeCondition.name.value);
        visiting.add(name);
        cost += costOf(fragment.selectionSet, isCompositeType(type) ? type : parent, visiting);
        visiting.delete(name);
      }
    }
    return cost;
  };
  return costOf(operation.selectionSet, root, new Set());
}

function pageSize(
  node: { arguments?: ReadonlyArray<{ name: { value: string }; value: ValueNode }> },
  field: GraphQLField<unknown, unknown>,
  variables: Record<string, unknown>,
): number {
  for (const name of PAGE_SIZE_ARGUMENTS) {
    const definition = field.args.find((a) => a.name === name);
    if (!definition) continue;
    const given = node.arguments?.find((a) => a.name.value === name);
    const value = (given ? valueFromAST(given.value, definition.type, variables) : undefined) ?? definition.defaultValue;
    if (typeof value === 'number' && Number.isFinite(value) && value > 1) return Math.floor(value);
  }
  return 1;
}
