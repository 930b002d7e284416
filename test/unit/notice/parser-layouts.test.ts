import { describe, expect, it } from 'vitest';
import { parseNotice, type ParsedLiaison } from '../../../src/notice/index.ts';

const pairs = (liaisons: readonly ParsedLiaison[]) =>
  liaisons.map((liaison) => `${liaison.line}:${liaison.from}→${liaison.counterpart}:${liaison.kind}`);

describe('parseNotice on layouts that wrap statements across lines', () => {
  it('reads a paragraph hard-wrapped mid-name and gives each assignment the line its first name begins on', () => {
    // No formal pair names the FIC, but the general line itself does: the duty covers the four parties and the FIC.
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
      '1:张立新→工商联:general',
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
      [
        '民盟某县总支：县教育局、县财政局',
        '县工商联：县市场监督管理局、县发展和改革局',
        '县政府办公室、县委统战部负责与各民主党派、县工商联的联系协调工作',
      ].join('\n'),
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

  it('reads a Word table copied with each cell on its own line, giving a leader the line of the name', () => {
    const parsed = parseNotice(
      [
        '附件',
        '职务',
        '姓名',
        '联系单位',
        '副县长',
        '吴  凡',
        '民盟县总支、民进县支部',
        '序号',
        '部门',
        '对口联系单位',
        '1',
        '县发展和改革局',
        '民建县委、县工商联',
        '2',
        '县教育局',
        '民进县支部',
      ].join('\n'),
    );
    expect(pairs(parsed.liaisons)).toEqual([
      '6:吴凡→民盟:formal',
      '6:吴凡→民进:formal',
      '12:县发展和改革局→民建:formal',
      '12:县发展和改革局→工商联:formal',
      '15:县教育局→民进:formal',
    ]);
    expect(parsed.liaisons[0]?.text).toBe('吴  凡');
    expect(parsed.warnings.filter((warning) => warning.line > 0)).toEqual([]);
  });

  it('joins a statement whose name and verb are cut over several narrow lines, and a 与 between departments', () => {
    const parsed = parseNotice(
      ['  据了解，副市长邵', '  一鸣负责联系民进', '  某市委、致公党某', '  市委；市审计局与', '  市统计局联系民盟', '  某市委。'].join(
        '\n',
      ),
    );
    expect(pairs(parsed.liaisons)).toEqual([
      '1:邵一鸣→民进:formal',
      '1:邵一鸣→致公党:formal',
      '4:市审计局→民盟:formal',
      '4:市统计局→民盟:formal',
    ]);
  });

  it('ignores the frame of a web page: headlines of other articles state no liaison', () => {
    const parsed = parseNotice(
      [
        '首页 > 政务公开 > 通知公告',
        '来源：某市人民政府办公室  发布时间：2022-03-01  浏览次数：88',
        '市教育局联系民进市委。',
        '【打印本页】 【关闭窗口】',
        '分享到：',
        '上一篇：市财政局联系民盟市委开展专题调研',
        '下一篇：市卫健委联系农工党市委',
      ].join('\n'),
    );
    expect(pairs(parsed.liaisons)).toEqual(['3:市教育局→民进:formal']);
  });

  it('states the new pair of a revision and warns about an arrangement a later phrase revises, without a pair', () => {
    const parsed = parseNotice(
      [
        '市科技局对口联系单位由民革市委调整为九三学社市委；',
        '市商务局联系致公党市委，现调整为市外办联系。',
        '民盟市委的对口联系部门由市文旅局调整为市教育局。',
      ].join('\n'),
    );
    expect(pairs(parsed.liaisons)).toEqual(['1:市科技局→九三学社:formal', '3:市教育局→民盟:formal']);
    expect(parsed.warnings.filter((warning) => warning.line > 0).map((warning) => warning.line)).toEqual([2]);
  });

  it('reads running prose whose subjects start with 由 and whose clauses are split by commas', () => {
    const parsed = parseNotice('经市政府同意，由市财政局、市审计局对口联系民革市委会，市教育局和市卫健委对口联系民进市委会。');
    expect(pairs(parsed.liaisons)).toEqual([
      '1:市财政局→民革:formal',
      '1:市审计局→民革:formal',
      '1:市教育局→民进:formal',
      '1:市卫健委→民进:formal',
    ]);
  });

  it('finds a quoted title wrapped over three lines of a narrow column, and not one the text repeals', () => {
    const parsed = parseNotice(
      [
        '本报讯 日前，2015年印发的《关于建立对口联系制度的通知》同时废止。',
        '某市人民政府办公室近日印发《关于调整市',
        '政府领导与民主党派对口联系',
        '安排的通知》，明确了分工。',
      ].join('\n'),
    );
    expect(parsed.document.title).toBe('关于调整市政府领导与民主党派对口联系安排的通知');
    expect(parsed.document.issuer).toBe('某市人民政府办公室');
  });

  it('finds an unquoted title that a report says it carries out, without taking the place for its issuer', () => {
    const parsed = parseNotice('为贯彻青岚市关于建立政府部门与民主党派对口联系制度的通知精神，民盟青岚市委与市教育局召开对口联系座谈会。');
    expect(parsed.document.title).toBe('关于建立政府部门与民主党派对口联系制度的通知');
    expect(parsed.document.issuer).toBeNull();
    expect(parseNotice('民盟青岚市委关于加强对口联系的几点思考。').document.title).toBeNull();
  });
});
