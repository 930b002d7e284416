/**
 * The natural key of a body that belongs to a jurisdiction (office, department, counterpart,
 * leader): "<jurisdiction>/<name>", e.g. 资阳市/市发展改革委. Names repeat across cities (市工商联,
 * 市政府), keys do not. Uniqueness constraints hold on `key` (src/db/schema-setup.ts).
 */
export function entityKey(jurisdiction: string, name: string): string {
  return `${jurisdiction}/${name}`;
}
