import neo4j from 'neo4j-driver';

/**
 * Turns driver values into plain JSON-friendly values: integers become numbers, temporal values
 * ISO strings (a Date `2022-11-02`), nodes and relationships their properties.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (
    neo4j.isDate(value as never) ||
    neo4j.isDateTime(value as never) ||
    neo4j.isLocalDateTime(value as never) ||
    neo4j.isTime(value as never) ||
    neo4j.isLocalTime(value as never) ||
    neo4j.isDuration(value as never)
  ) {
    return String(value);
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isNode(value as never) || neo4j.isRelationship(value as never)) {
    return toPlain((value as { properties: unknown }).properties);
  }
  if (typeof value === 'object') {
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) result[key] = toPlain(item);
    return result;
  }
  return value;
}
