import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';

/**
 * GraphQL spec, Validation › Operations › Operation Type Existence: an operation's type (query,
 * mutation, subscription) must be a root type of the schema. graphql-js 16 does not check it
 * (17 adds KnownOperationTypesRule), and executing such an operation throws, which reached
 * clients as an internal error; refused here, it is a validation error like any other.
 */
export function KnownOperationTypesRule(context: ValidationContext): ASTVisitor {
  const schema = context.getSchema();
  return {
    OperationDefinition(node) {
      if (schema.getRootType(node.operation) == null) {
        context.reportError(new GraphQLError(`The schema has no ${node.operation} operations.`, { nodes: node }));
      }
    },
  };
}
