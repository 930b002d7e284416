import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, ensureSchema } from '../../src/db/index.ts';
import { generatedDataset, generateWorld, loadWorld, RULE_IDS, type DesignedGap, type World } from '../../src/generate/index.ts';
import { removeDataset } from '../../src/records/index.ts';
import { renderReviewMarkdown, runAnnualReview } from '../../src/report/index.ts';
import { coverageReport } from '../../src/review/index.ts';
import { openTestDatabase } from '../support/test-database.ts';

// A generated province (a province, a prefecture, counties and districts) loaded through the real
// ingest and import paths: the review of each jurisdiction finds exactly the gaps designed into it.
const YEAR = 2023;
let database: Database;
let world: World;

const sorted = (gaps: DesignedGap[]) =>
  gaps
    .map((gap) => ({ subject: gap.subject, missing: [...gap.missing].sort() }))
    .sort((left, right) => left.subject.localeCompare(right.subject));

beforeAll(async () => {
  database = await openTestDatabase();
  await ensureSchema(database);
  // A seed of its own each run: the names differ from run to run, so runs on one server never meet.
  world = generateWorld({ jurisdictions: 6, years: [YEAR], seed: Math.floor(Math.random() * 2 ** 31) });
  await loadWorld(database, world);
}, 240_000);

afterAll(async () => {
  for (const design of world?.designs ?? []) {
    await removeDataset(database, generatedDataset(design.name, YEAR)).catch(() => undefined);
    await database.write(
      `MATCH (jurisdiction:Jurisdiction {name: $name})
       OPTIONAL MATCH (jurisdiction)<-[:IN_JURISDICTION]-(node)
       OPTIONAL MATCH (node)-[:HOLDS|AT]-(role:Role)
       DETACH DELETE role, node, jurisdiction`,
      { name: design.name },
    );
  }
  await database.close();
});

describe('a generated province in Neo4j', () => {
  it('has a province, a prefecture within it and counties or districts within the prefecture', async () => {
    const rows = await database.read(
      `UNWIND $names AS name
       MATCH (jurisdiction:Jurisdiction {name: name})
       RETURN name, head([(jurisdiction)-[:PART_OF]->(parent) | parent.name]) AS parent`,
      { names: world.designs.map((design) => design.name) },
    );
    expect(rows).toEqual(world.designs.map((design) => ({ name: design.name, parent: design.parent })));
    expect(world.designs.map((design) => design.level).slice(0, 2)).toEqual(['省', '市']);
    expect(world.designs.slice(2).every((design) => design.level === '县' || design.level === '区')).toBe(true);
  });

  it('is reviewed, at every level, with exactly the gaps designed into each jurisdiction and the offices of its level', async () => {
    const designedRules = new Set(
      world.designs.flatMap((design) => RULE_IDS.filter((id) => (design.years[0]?.expected[id].length ?? 0) > 0)),
    );
    expect(designedRules.size).toBeGreaterThanOrEqual(5);
    for (const design of world.designs) {
      const report = await coverageReport(database, { jurisdiction: design.name, year: YEAR });
      const expected = design.years[0]?.expected;
      const found = Object.fromEntries(report.rules.map((rule) => [rule.id, sorted(rule.gaps)]));
      expect(found, design.name).toEqual(Object.fromEntries(RULE_IDS.map((id) => [id, sorted(expected?.[id] ?? [])])));
      const r2 = report.rules.find((rule) => rule.id === 'R2');
      expect(r2?.title).toContain(`${design.level}政府办公室`);
    }
  }, 240_000);

  it('rolls the province up: every jurisdiction within it, in tree order, each with its own gaps, in the API and in the report', async () => {
    const [province, ...within] = world.designs;
    const report = await coverageReport(database, { jurisdiction: province?.name, year: YEAR, includeDescendants: true });
    // Siblings by name, as Neo4j orders strings (by code point).
    const childrenOf = (parent: string | undefined) =>
      within.filter((design) => design.parent === parent).sort((left, right) => (left.name < right.name ? -1 : 1));
    const treeOrder = childrenOf(province?.name).flatMap((prefecture) => [prefecture, ...childrenOf(prefecture.name)]);
    expect(report.descendants.map((item) => [item.report.jurisdiction, item.parent, item.depth])).toEqual(
      treeOrder.map((design) => [design.name, design.parent, design.parent === province?.name ? 1 : 2]),
    );
    for (const { report: descendant } of report.descendants) {
      const design = world.designs.find((candidate) => candidate.name === descendant.jurisdiction);
      expect(Object.fromEntries(descendant.rules.map((rule) => [rule.id, sorted(rule.gaps)])), descendant.jurisdiction).toEqual(
        Object.fromEntries(RULE_IDS.map((id) => [id, sorted(design?.years[0]?.expected[id] ?? [])])),
      );
    }
    const markdown = renderReviewMarkdown(
      await runAnnualReview(database, { jurisdiction: province?.name, year: YEAR, includeDescendants: true }),
    );
    expect(markdown).toContain('## Roll-up 下辖地区汇总');
    for (const design of within) expect(markdown).toContain(`${design.name} | ${design.parent} |`);
  }, 240_000);
});
