import { describe, expect, it } from 'vitest';
import { COVERAGE_RULES, ruleParameters, ruleTitle } from '../../../src/review/index.ts';

/**
 * The Cypher of every rule, snapshotted without a database (as neo4j/graphql's TCK tests snapshot
 * the Cypher they generate): a change to a shared fragment shows here as a change to each rule that
 * uses it. After a deliberate change, review the diff and run `npx vitest run -u` on this file.
 */
describe('the Cypher of the coverage rules', () => {
  it.each(COVERAGE_RULES.map((rule) => [rule.id, rule] as const))('%s reads as its snapshot', async (id, rule) => {
    await expect(`// ${id}, clause ${rule.clause}: ${ruleTitle(rule, '资阳市')}\n${rule.cypher.trim()}\n`).toMatchFileSnapshot(
      `./__snapshots__/${id}.cypher`,
    );
  });

  it('uses only parameters that the scope gives', () => {
    const given = new Set(Object.keys(ruleParameters({ jurisdiction: '资阳市', year: 2023, asOf: '2023-12-31' })));
    for (const rule of COVERAGE_RULES) {
      const used = [...rule.cypher.matchAll(/\$([A-Za-z]+)/g)].map((match) => match[1] ?? '');
      expect(
        used.filter((name) => !given.has(name)),
        rule.id,
      ).toEqual([]);
    }
  });

  it('names no office of one level in a query, so a county is checked with its own offices', () => {
    for (const rule of COVERAGE_RULES) expect(rule.cypher, rule.id).not.toMatch(/[省市县区州]政府|[省市县区州]委统战部/);
  });
});

describe('the parameters of a review', () => {
  it('give a city its 市政府, 市政府办公室 and 市委统战部', () => {
    const parameters = ruleParameters({ jurisdiction: '资阳市', year: 2023, asOf: '2023-12-31' });
    expect(parameters.governmentOffices).toEqual(['市政府', '市政府办公室']);
    expect(parameters.reportOffices).toEqual(['市政府办公室', '市委统战部']);
    expect((parameters.roleTitles as Record<string, string>).MAYOR).toBe('市长');
  });

  it('give a county its 县政府, 县政府办公室 and 县委统战部, and its leaders 县长 titles', () => {
    const parameters = ruleParameters({ jurisdiction: '安岳县', year: 2023, asOf: '2023-12-31' });
    expect(parameters.governmentOffices).toEqual(['县政府', '县政府办公室']);
    expect(parameters.reportOffices).toEqual(['县政府办公室', '县委统战部']);
    expect(parameters.roleTitles).toMatchObject({ MAYOR: '县长', EXECUTIVE_VICE_MAYOR: '常务副县长', VICE_MAYOR: '副县长' });
  });

  it('give rule titles in the words of the jurisdiction', () => {
    const r8 = COVERAGE_RULES.find((rule) => rule.id === 'R8');
    expect(r8 && ruleTitle(r8, '资阳市')).toBe('Each department reports its work plan and annual summary to 市政府办公室 and 市委统战部');
    expect(r8 && ruleTitle(r8, '雁江区')).toBe('Each department reports its work plan and annual summary to 区政府办公室 and 区委统战部');
  });
});
