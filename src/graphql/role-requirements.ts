import { getDirective, MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, GraphQLError, type GraphQLSchema } from 'graphql';
import { hasRole, isRole, type Principal, type Role } from '../auth/index.ts';
import { ErrorCode, LiaisonError } from '../errors/index.ts';

/** The refusal for a caller whose roles do not reach `required`: 401 without a token, 403 with one. */
export function accessRefusal(principal: Principal, required: Role, field: string): GraphQLError {
  const [code, status, message] = principal.anonymous
    ? [ErrorCode.UNAUTHENTICATED, 401, `${field} needs a bearer token granting the ${required} role`]
    : [ErrorCode.FORBIDDEN, 403, `${field} needs the ${required} role; the token grants ${principal.roles.join(', ') || 'no known role'}`];
  return new GraphQLError(message, { originalError: new LiaisonError(code, message), extensions: { code, http: { status } } });
}

/**
 * Wraps every root field that carries `@requiresRole(role:)` so that it runs only for a caller
 * granted that role (`context.principal`). A hand-written root field (one of `handWritten`) without
 * the directive stops the schema from being built: no field is ever open by omission.
 */
export function applyRoleRequirements(schema: GraphQLSchema, handWritten: ReadonlySet<string>): GraphQLSchema {
  const unguarded: string[] = [];
  const guarded = mapSchema(schema, {
    [MapperKind.ROOT_FIELD]: (field, fieldName, typeName) => {
      const role = getDirective(schema, field, 'requiresRole')?.[0]?.role as unknown;
      const name = `${typeName}.${fieldName}`;
      if (role === undefined) {
        if (handWritten.has(name)) unguarded.push(name);
        return field;
      }
      if (!isRole(role)) throw new Error(`${name}: @requiresRole names an unknown role ${String(role)}`);
      const resolve = field.resolve ?? defaultFieldResolver;
      return {
        ...field,
        resolve: (source, args, context: { principal: Principal }, info) => {
          if (!hasRole(context.principal.roles, role)) throw accessRefusal(context.principal, role, fieldName);
          return resolve(source, args, context, info);
        },
      };
    },
  });
  if (unguarded.length > 0) throw new Error(`hand-written fields without @requiresRole: ${unguarded.join(', ')}`);
  return guarded;
}
