import { auditLog } from '../../questions/index.ts';
import type { QueryResolvers } from '../generated/types.ts';

/** Resolvers of `Query.auditLog`: a thin call into the audit log reader. */
export const auditLogResolvers: { Query: QueryResolvers } = {
  Query: {
    auditLog: (_source, { where, first, after }, { database }) => auditLog(database, where ?? {}, first ?? null, after ?? null),
  },
};
