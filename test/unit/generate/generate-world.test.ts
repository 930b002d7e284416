import { describe, expect, it } from 'vitest';
import { generateWorld, jurisdictionFiles, worldManifest } from '../../../src/generate/index.ts';
import { parseNotice } from '../../../src/notice/index.ts';

describe('generateWorld', () => {
  it('gives the same world, notices and records for the same seed, and another for another seed', () => {
    const files = (seed: number) => generateWorld({ jurisdictions: 15, years: [2022, 2023], seed }).designs.map(jurisdictionFiles);
    expect(files(11)).toEqual(files(11));
    expect(JSON.stringify(files(12))).not.toEqual(JSON.stringify(files(11)));
  });

  it('builds a province of prefectures and counties with distinct names, each at its level', () => {
    const world = generateWorld({ jurisdictions: 41, years: [2023], seed: 3 });
    const names = world.designs.map((design) => design.name);
    expect(new Set(names).size).toBe(41);
    const [province, ...rest] = world.designs;
    expect(province).toMatchObject({ level: '省', parent: null });
    const prefectures = rest.filter((design) => design.level === '市');
    expect(prefectures.length).toBe(4);
    expect(prefectures.every((design) => design.parent === province?.name)).toBe(true);
    const counties = rest.filter((design) => design.level === '县' || design.level === '区');
    expect(counties.length).toBe(36);
    expect(counties.every((design) => prefectures.some((prefecture) => prefecture.name === design.parent))).toBe(true);
    for (const design of world.designs) {
      expect(design.name.endsWith(design.level)).toBe(true);
      expect(design.departments.length).toBeGreaterThanOrEqual(20);
      expect(design.departments.length).toBeLessThanOrEqual(60);
      expect(design.departments.every((department) => department.name.startsWith(design.level))).toBe(true);
    }
    // All eight parties and the FIC in the province; fewer parties in a county.
    expect(province?.counterparts).toHaveLength(9);
    expect(Math.max(...counties.map((design) => design.counterparts.length))).toBeLessThan(9);
    expect(world.designs.every((design) => design.counterparts.some((counterpart) => counterpart.party === '工商联'))).toBe(true);
  });

  it('writes notices the parser reads as designed: every liaison, no warning, the jurisdiction from the issuer', () => {
    for (const design of generateWorld({ jurisdictions: 60, years: [2023], seed: 5 }).designs) {
      const parsed = parseNotice(jurisdictionFiles(design).notice);
      const designed = [
        ...design.leaders.flatMap((leader) => leader.counterparts.map((counterpart) => `${leader.name}→${counterpart}`)),
        ...design.departments.flatMap((department) => department.formal.map((counterpart) => `${department.name}→${counterpart}`)),
      ].sort();
      const read = parsed.liaisons
        .filter((liaison) => liaison.kind === 'formal')
        .map((liaison) => `${liaison.from}→${liaison.counterpartName}`);
      expect({ name: design.name, liaisons: read.sort(), warnings: parsed.warnings }).toEqual({
        name: design.name,
        liaisons: designed,
        warnings: [],
      });
      expect(parsed.document).toMatchObject({ jurisdiction: design.name, number: design.notice.number, issued: design.notice.issued });
    }
  });

  it('designs gaps for every rule somewhere, and lists them per jurisdiction and year in the manifest', () => {
    const world = generateWorld({ jurisdictions: 30, years: [2022, 2023], seed: 9 });
    const manifest = worldManifest(world);
    expect(manifest.jurisdictions).toHaveLength(30);
    const rules = new Set(
      manifest.jurisdictions.flatMap((entry) =>
        Object.values(entry.expected).flatMap((year) =>
          Object.entries(year)
            .filter(([, gaps]) => gaps.length > 0)
            .map(([id]) => id),
        ),
      ),
    );
    expect([...rules].sort()).toEqual(['R1', 'R10', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9']);
    expect(Object.keys(manifest.jurisdictions[0]?.expected ?? {})).toEqual(['2022', '2023']);
  });
});
