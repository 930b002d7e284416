import { describe, expect, it } from 'vitest';
import { readAssignments } from '../../support/read-assignments.ts';
import { parseNotice } from '../../../src/notice/index.ts';

const jointUnits = ['department:市政府办公室/市委统战部→GENERAL+FIC'];

describe('common liaison units however the line names them', () => {
  it.each([
    ['共同联系单位：市政府办公室、市委统战部。'],
    ['共同联系单位为市政府办公室、市委统战部。'],
    ['市政府办公室、市委统战部（共同联系单位）'],
    ['市政府办公室、市委统战部为共同联系单位。'],
    ['市政府办公室、市委统战部：共同联系各民主党派和市工商联。'],
  ])('reads %s as every counterpart’s liaison', (text) => {
    expect(readAssignments(text)).toEqual(jointUnits);
  });

  it('reads no joint unit from a label with no departments after it', () => {
    expect(readAssignments('共同联系单位为各民主党派提供服务。')).toEqual([]);
  });
});

describe('collective lines that name the counterparts first', () => {
  it.each([
    ['各民主党派市委、市工商联：市政府办公室、市委统战部。'],
    ['各民主党派市委、市工商联的共同联系单位为市政府办公室、市委统战部。'],
    ['民主党派和工商联共同联系单位：市政府办公室、市委统战部。'],
    ['各民主党派市委、市工商联由市政府办公室、市委统战部共同联系。'],
  ])('reads %s as a duty toward every counterpart', (text) => {
    expect(readAssignments(text)).toEqual(jointUnits);
  });
});

describe('a list of departments toward every counterpart, named one by one', () => {
  const notice = (collective: string) =>
    parseNotice(
      [
        '某市人民政府办公室关于政府部门与民主党派对口联系的通知',
        collective,
        '市财政局对口联系民革、民盟。',
        '市水利局对口联系民进、工商联。',
      ].join('\n'),
    );
  const kinds = (parsed: ReturnType<typeof parseNotice>) =>
    parsed.liaisons.map((liaison) => `${liaison.line} ${liaison.from} ${liaison.counterpart} ${liaison.kind}`);

  it('reads the line as a collective duty of each department when it names every party and the FIC of the notice', () => {
    const parsed = notice('市教育局、市公安局、市民政局对口联系民革、民盟、民进和工商联；');
    expect(kinds(parsed).filter((entry) => entry.startsWith('2 '))).toEqual(
      ['市教育局', '市公安局', '市民政局'].flatMap((from) =>
        ['民革', '民盟', '民进', '工商联'].map((party) => `2 ${from} ${party} general`),
      ),
    );
    expect(
      kinds(parsed)
        .filter((entry) => !entry.startsWith('2 '))
        .every((entry) => entry.endsWith('formal')),
    ).toBe(true);
  });

  it('keeps the pairs formal when one department names them, when the FIC is not among them, or when a counterpart is missing', () => {
    for (const line of [
      '市教育局对口联系民革、民盟、民进和工商联；',
      '市教育局、市公安局对口联系民革、民盟和民进；',
      '市教育局、市公安局对口联系民革、民盟和工商联；',
    ]) {
      expect(
        kinds(notice(line)).every((entry) => entry.endsWith('formal')),
        line,
      ).toBe(true);
    }
  });
});
