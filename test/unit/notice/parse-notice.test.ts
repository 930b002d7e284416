import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNotice, type ParsedLiaison } from '../../../src/notice/index.ts';

const ziyangText = readFileSync(join(import.meta.dirname, '..', '..', '..', 'seed', 'ziyang-2022-65.txt'), 'utf8');
const ziyang = parseNotice(ziyangText);

const pair = (liaison: ParsedLiaison) => [liaison.line, liaison.from, liaison.counterpartName];
const formal = ziyang.liaisons.filter((liaison) => liaison.kind === 'formal');
const general = ziyang.liaisons.filter((liaison) => liaison.kind === 'general');

describe('parseNotice on the Ziyang notice (资府办函〔2022〕65号)', () => {
  it('reads the document number, title, issuer, date and jurisdiction', () => {
    expect(ziyang.document).toEqual({
      number: '资府办函〔2022〕65号',
      title: '关于在政府工作中进一步加强同民主党派对口联系的通知',
      issuer: '资阳市人民政府办公室',
      issued: '2022-11-02',
      jurisdiction: '资阳市',
    });
  });

  it('finds the repealed 2017 notice with its title and issuer on line 39', () => {
    expect(ziyang.supersedes).toEqual([
      {
        number: '资府发〔2017〕16号',
        title: '关于在政府工作中进一步加强同民主党派对口联系的通知',
        issuer: '资阳市人民政府',
        line: 39,
      },
    ]);
  });

  it('reads the seven formal leader lines of annex 1, one per counterpart', () => {
    expect(formal.filter((liaison) => liaison.fromKind === 'leader').map(pair)).toEqual([
      [53, '李东', '民盟资阳市委会'],
      [55, '张宇星', '市工商联'],
      [57, '张建红', '民建资阳市委会'],
      [59, '罗道坤', '农工党资阳市总支'],
      [61, '郑小清', '民进资阳市总支'],
      [63, '贾发扬', '民革资阳市委会'],
      [65, '林显奎', '九三学社资阳市委会'],
    ]);
  });

  it('removes the padding of the two-character name on line 53 but keeps the line as written', () => {
    const line53 = ziyang.liaisons.find((liaison) => liaison.line === 53);
    expect(line53).toEqual({
      from: '李东',
      fromKind: 'leader',
      counterpart: '民盟',
      counterpartName: '民盟资阳市委会',
      kind: 'formal',
      line: 53,
      text: '李  东同志负责联系民盟资阳市委会',
    });
  });

  it('reads line 59 as a liaison although it omits the verb 联系', () => {
    expect(ziyang.liaisons.filter((liaison) => liaison.line === 59)).toEqual([
      expect.objectContaining({ from: '罗道坤', counterpart: '农工党', kind: 'formal', text: '罗道坤同志负责农工党资阳市总支' }),
    ]);
  });

  it('reads 王善平 on line 51 as a general duty toward all seven counterparts, not a formal one', () => {
    expect(general.map((liaison) => [liaison.line, liaison.from, liaison.counterpart])).toEqual([
      [51, '王善平', '民革'],
      [51, '王善平', '民盟'],
      [51, '王善平', '民建'],
      [51, '王善平', '民进'],
      [51, '王善平', '农工党'],
      [51, '王善平', '九三学社'],
      [51, '王善平', '工商联'],
    ]);
    expect(formal.some((liaison) => liaison.from === '王善平')).toBe(false);
  });

  it('reads the 28 department pairs of annex 2 with their lines', () => {
    expect(formal.filter((liaison) => liaison.fromKind === 'department').map(pair)).toEqual([
      [70, '市发展改革委', '民盟资阳市委会'],
      [70, '市发展改革委', '九三学社资阳市委会'],
      [72, '市同城化发展局', '民革资阳市委会'],
      [72, '市同城化发展局', '民建资阳市委会'],
      [74, '市经济和信息化局', '民革资阳市委会'],
      [74, '市经济和信息化局', '民盟资阳市委会'],
      [74, '市经济和信息化局', '民建资阳市委会'],
      [74, '市经济和信息化局', '市工商联'],
      [76, '市教育和体育局', '民盟资阳市委会'],
      [76, '市教育和体育局', '民进资阳市总支'],
      [78, '市科学技术局', '九三学社资阳市委会'],
      [80, '市司法局', '民革资阳市委会'],
      [82, '市自然资源规划局', '民建资阳市委会'],
      [82, '市自然资源规划局', '农工党资阳市总支'],
      [84, '市生态环境局', '九三学社资阳市委会'],
      [84, '市生态环境局', '农工党资阳市总支'],
      [86, '市交通运输局', '民盟资阳市委会'],
      [86, '市交通运输局', '农工党资阳市总支'],
      [88, '市农业农村局', '民革资阳市委会'],
      [88, '市农业农村局', '九三学社资阳市委会'],
      [90, '市商务局', '民盟资阳市委会'],
      [90, '市商务局', '民建资阳市委会'],
      [91, '市文化广电旅游局', '民盟资阳市委会'],
      [91, '市文化广电旅游局', '民进资阳市总支'],
      [93, '市卫生健康委', '九三学社资阳市委会'],
      [93, '市卫生健康委', '农工党资阳市总支'],
      [95, '市市场监管局', '市工商联'],
      [97, '市经济合作外事局', '民革资阳市委会'],
    ]);
  });

  it('counts the department liaisons per counterpart as annex 2 does', () => {
    const counts: Record<string, number> = {};
    for (const liaison of formal.filter((item) => item.fromKind === 'department')) {
      counts[liaison.counterpart] = (counts[liaison.counterpart] ?? 0) + 1;
    }
    expect(counts).toEqual({ 民盟: 6, 九三学社: 5, 民革: 5, 民建: 4, 农工党: 4, 民进: 2, 工商联: 2 });
    expect(new Set(formal.filter((item) => item.fromKind === 'department').map((item) => item.from)).size).toBe(15);
  });

  it('states 35 formal liaisons in all, reads nothing from the body, and has no warnings', () => {
    expect(formal).toHaveLength(35);
    expect(ziyang.liaisons.every((liaison) => liaison.line >= 51)).toBe(true);
    expect(ziyang.warnings).toEqual([]);
  });
});

describe('parseNotice rules beyond the Ziyang layout', () => {
  it('reads numbered lines with end punctuation, 对口联系, national party names and lists joined by 和', () => {
    const parsed = parseNotice(
      ['1. 市民政局对口联系中国民主同盟某市委员会和九三学社某市委员会；', '（二）市财政局联系中国农工民主党某市委员会。'].join('\n'),
    );
    expect(parsed.liaisons.map((liaison) => [liaison.line, liaison.from, liaison.counterpart, liaison.counterpartName])).toEqual([
      [1, '市民政局', '民盟', '中国民主同盟某市委员会'],
      [1, '市民政局', '九三学社', '九三学社某市委员会'],
      [2, '市财政局', '农工党', '中国农工民主党某市委员会'],
    ]);
  });

  it('reads several departments before one verb', () => {
    const parsed = parseNotice('市公安局、市司法局联系民革市委会');
    expect(parsed.liaisons.map((liaison) => liaison.from)).toEqual(['市公安局', '市司法局']);
  });

  it('finds no liaison in body sentences that speak of liaison in general', () => {
    const parsed = parseNotice(
      [
        '进一步加强市政府领导、市级有关部门与民主党派的对口联系工作（对口联系安排见附件1、2）。',
        '各部门印发的政策法规性文件，应定期、及时向对口联系的民主党派送阅。',
        '工商联是具有统战性的人民团体和商会组织，参照民主党派加强对口联系工作。',
      ].join('\n'),
    );
    expect(parsed.liaisons).toEqual([]);
  });

  it('keeps the parties named in full on a truncated line, the one whose organisation is cut too, and warns', () => {
    const parsed = parseNotice(['附件', '市商务局联系民盟市委会、民建市委会、九三学社市'].join('\n'));
    expect(parsed.liaisons.map((liaison) => liaison.counterpart)).toEqual(['民盟', '民建', '九三学社']);
    expect(parsed.warnings.filter((warning) => warning.line > 0).map((warning) => warning.line)).toEqual([2]);
  });

  it('drops a fragment that names no party in full (`、民`) and warns once for the line, saying every doubt', () => {
    const parsed = parseNotice(['附件', '市商务局联系民盟市委会、民'].join('\n'));
    expect(parsed.liaisons.map((liaison) => liaison.counterpart)).toEqual(['民盟']);
    const lineWarnings = parsed.warnings.filter((warning) => warning.line > 0);
    expect(lineWarnings).toHaveLength(1);
    expect(lineWarnings[0]?.line).toBe(2);
    expect(lineWarnings[0]?.message).toContain('could not read "民" as a party or the FIC; kept the others');
    expect(lineWarnings[0]?.message).toContain('cut off');
  });

  it('warns about an annex line that names a party but cannot be read, and guesses nothing', () => {
    const parsed = parseNotice(['附件1', '市商务局负责与民盟有关的联系工作'].join('\n'));
    expect(parsed.liaisons).toEqual([]);
    expect(parsed.warnings.filter((warning) => warning.line > 0)).toEqual([
      { line: 2, message: 'names a party or the FIC but states no liaison that could be read' },
    ]);
  });

  it('expands a general duty that names only the parties to the parties, not the FIC', () => {
    const parsed = parseNotice(['张三同志负责听取各民主党派意见', '李四同志负责联系民盟市委会', '王五同志负责联系市工商联'].join('\n'));
    expect(parsed.liaisons.filter((liaison) => liaison.kind === 'general').map((liaison) => liaison.counterpart)).toEqual(['民盟']);
  });

  it('reads a date written in Chinese numerals and takes flags over the text', () => {
    const parsed = parseNotice(
      ['某府发〔2020〕3号', '某市人民政府', '关于对口联系的通知', '某市人民政府', '二〇二〇年十二月三十一日'].join('\n'),
      {
        number: '某府发〔2020〕4号',
      },
    );
    expect(parsed.document).toEqual({
      number: '某府发〔2020〕4号',
      title: '关于对口联系的通知',
      issuer: '某市人民政府',
      issued: '2020-12-31',
      jurisdiction: '某市',
    });
  });

  it('warns, on line 0, about what a bare list of pairs does not say', () => {
    const parsed = parseNotice('市商务局联系民盟市委会');
    expect(parsed.document.number).toBeNull();
    expect(parsed.warnings.map((warning) => warning.line)).toEqual([0, 0, 0, 0]);
    expect(parsed.warnings[0]?.message).toContain('文号');
  });

  it('does not crash on empty or random text and finds no pairs in it', () => {
    expect(parseNotice('').liaisons).toEqual([]);
    expect(parseNotice('联系、、，同志负责\n\n〔〕号 民盟 年月日').liaisons).toEqual([]);
  });
});
