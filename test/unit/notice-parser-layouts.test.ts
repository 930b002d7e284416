import { describe, expect, it } from 'vitest';
import { parseNotice, type ParsedLiaison } from '../../src/ingest/notice-parser.ts';

const pairs = (liaisons: readonly ParsedLiaison[]) => liaisons.map((liaison) => `${liaison.line}:${liaison.from}→${liaison.counterpart}:${liaison.kind}`);

describe('parseNotice on layouts that wrap statements across lines', () => {
  it('reads a paragraph hard-wrapped mid-name and gives each assignment the line its first name begins on', () => {
    // No formal pair names the FIC here, so the general duty expands to the four parties only.
    const parsed = parseNotice(
      [
        '    一、领导联系。县长张立新同志普遍联系各民主党派和县工商',
        '联；常务副县长李  明同志联系民盟某县总支、农工党某县',
        '支部；副县长王五同志联系民进某县支部；副县长赵',
        '六同志联系民革某县支部。',
      ].join('\n'),
    );
    expect(pairs(parsed.liaisons)).toEqual([
      '1:张立新→民革:general',
      '1:张立新→民盟:general',
      '1:张立新→民进:general',
      '1:张立新→农工党:general',
      '2:李明→民盟:formal',
      '2:李明→农工党:formal',
      '3:王五→民进:formal',
      '3:赵六→民革:formal',
    ]);
    expect(parsed.liaisons.find((liaison) => liaison.from === '赵六')?.text).toBe('支部；副县长王五同志联系民进某县支部；副县长赵');
    expect(parsed.warnings.filter((warning) => warning.line > 0)).toEqual([]);
  });

  it('reads a leader whose title is cut by the wrap under the personal name, not a name beginning with 长', () => {
    const parsed = parseNotice(['根据通知，市长孙海同志联系民革某市委；常务副市', '长周  平同志联系民建某市委、', '市工商联。'].join('\n'));
    expect(pairs(parsed.liaisons)).toEqual(['1:孙海→民革:formal', '2:周平→民建:formal', '2:周平→工商联:formal']);
  });

  it('does not run two party-first rows together when the second starts with departments', () => {
    const parsed = parseNotice(
      ['民盟某县总支：县教育局、县财政局', '县工商联：县市场监督管理局、县发展和改革局', '县政府办公室、县委统战部负责与各民主党派、县工商联的联系协调工作'].join('\n'),
    );
    expect(pairs(parsed.liaisons)).toEqual([
      '1:县教育局→民盟:formal',
      '1:县财政局→民盟:formal',
      '2:县市场监督管理局→工商联:formal',
      '2:县发展和改革局→工商联:formal',
      '3:县政府办公室→民盟:general',
      '3:县政府办公室→工商联:general',
      '3:县委统战部→民盟:general',
      '3:县委统战部→工商联:general',
    ]);
  });

  it('reads a table aligned with spaces, with a remarks column and a cell wrapped onto the next row', () => {
    const parsed = parseNotice(
      [
        '附件',
        '序号    部门                    对口联系单位              备注',
        '1       市发展改革委            民建市委、市工商联',
        '2       市教育局                民进市委                  牵头',
        '3       市自然资源和规划局      九三学社市委、民',
        '                                盟市委',
      ].join('\n'),
    );
    expect(pairs(parsed.liaisons)).toEqual([
      '3:市发展改革委→民建:formal',
      '3:市发展改革委→工商联:formal',
      '4:市教育局→民进:formal',
      '5:市自然资源和规划局→九三学社:formal',
      '5:市自然资源和规划局→民盟:formal',
    ]);
    expect(parsed.warnings.filter((warning) => warning.line > 0)).toEqual([]);
  });
});
