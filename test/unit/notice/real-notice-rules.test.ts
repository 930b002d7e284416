import { describe, expect, it } from 'vitest';
import { parseNotice, toNoticeJson } from '../../../src/notice/index.ts';
import { recogniseCounterpart } from '../../../src/notice/readers/counterpart-names.ts';
import { readAssignments } from '../../support/read-assignments.ts';

/** The pairs of a parsed text as `line from→counterpart (kind)`, and the lines warned about. */
function pairsOf(text: string): { pairs: string[]; warned: number[] } {
  const json = toNoticeJson(parseNotice(text));
  return {
    pairs: json.liaisons.map((liaison) => `${liaison.line} ${liaison.from}→${liaison.counterpart} (${liaison.kind})`),
    warned: json.warnings.filter((warning) => warning.line > 0).map((warning) => warning.line),
  };
}

describe('departments named as the joint liaison units of every counterpart', () => {
  it.each([
    [
      '市农办、发展改革委、财政局等部门作为各民主党派青岚市委、青岚市工商联的共同联系单位',
      ['department:市农办/市发展改革委/市财政局→GENERAL+FIC'],
    ],
    ['市发改委、市财政局、市统计局等3家单位为民主党派和工商联共同联系单位', ['department:市发改委/市财政局/市统计局→GENERAL+FIC']],
    ['县政府办公室、县委统战部作为各民主党派的共同联系单位', ['department:县政府办公室/县委统战部→GENERAL']],
    ['省政府办公厅、省委统战部等十个部门为共同联系单位', ['department:省政府办公厅/省委统战部→GENERAL+FIC']],
  ])('reads %s as a general duty', (text, expected) => {
    expect(readAssignments(text)).toEqual(expected);
  });

  it('keeps the named departments of a list closed by 等, each with every counterpart of the notice', () => {
    const { pairs } = pairsOf(
      ['市农办、财政局等部门作为各民主党派市委、市工商联的共同联系单位。', '市教育局与民盟市委', '市科技局与农工党市委'].join('\n'),
    );
    expect(pairs).toEqual([
      '1 市农办→民盟 (general)',
      '1 市农办→农工党 (general)',
      '1 市农办→工商联 (general)',
      '1 市财政局→民盟 (general)',
      '1 市财政局→农工党 (general)',
      '1 市财政局→工商联 (general)',
      '2 市教育局→民盟 (formal)',
      '3 市科技局→农工党 (formal)',
    ]);
  });

  it('is no duty when the joint unit is an activity or the departments are not names', () => {
    expect(readAssignments('各部门作为各民主党派的共同联系单位')).toEqual([]);
    expect(readAssignments('市财政局作为承办单位参加各民主党派的调研')).toEqual([]);
  });
});

describe('a label naming whom the departments after it all serve', () => {
  it('reads the counterparts first, a counted and restated party list, then the departments after the colon', () => {
    expect(
      readAssignments(
        '（一）与七个民主党派市委（即民革、民盟、民建、民进、农工党、致公党、九三学社）和市工商联普遍对口联系的委、办、局：市政府办、市发改委、财政局。',
      ),
    ).toEqual(['department:市政府办/市发改委/市财政局→GENERAL+FIC']);
  });

  it('reads a label with nothing named as every counterpart, and one naming the parties only as the parties', () => {
    expect(readAssignments('普遍联系单位：县政府办公室、县委统战部')).toEqual(['department:县政府办公室/县委统战部→GENERAL+FIC']);
    expect(readAssignments('与各民主党派普遍联系的部门：区政府办公室')).toEqual(['department:区政府办公室→GENERAL']);
  });
});

describe('short forms of the parties as real notices write them', () => {
  const forms: Record<string, string[]> = {
    民革: ['民革', '中国国民党革命委员会'],
    民盟: ['民盟', '中国民主同盟'],
    民建: ['民建', '中国民主建国会'],
    民进: ['民进', '中国民主促进会'],
    农工党: ['农工党', '农工', '农工民主党', '中国农工民主党'],
    致公党: ['致公党', '致公', '中国致公党'],
    九三学社: ['九三学社', '九三'],
    台盟: ['台盟', '台湾民主自治同盟'],
    工商联: ['工商联', '工商业联合会', '工商联合会', '总商会'],
  };
  const places = ['', '市', '省', '县', '区', '青岚市', '白石省', '枫林县', '凉山彝族自治州'];
  const units = [
    '',
    '委',
    '委会',
    '委员会',
    '市委',
    '市委会',
    '省委',
    '县委',
    '区委',
    '州委会',
    '总支',
    '总支部',
    '支部',
    '县支部',
    '支社',
    '区支社',
    '工委',
    '基层委员会',
    '小组',
    // Units of a school, a firm or a street, named without a level.
    '锡山基层委员会',
    '中专支部',
    '机关支社',
    '城东总支',
  ];

  it('maps every form of the eight parties and the FIC, at every level and with every unit, to its canonical name', () => {
    const missed: string[] = [];
    for (const [party, written] of Object.entries(forms)) {
      for (const form of written) {
        for (const place of places) {
          for (const unit of party === '工商联' ? ['', '（总商会）'] : units) {
            const name = `${place}${form}${unit}`;
            if (recogniseCounterpart(name)?.party !== party) missed.push(name);
          }
        }
      }
    }
    expect(missed).toEqual([]);
  });

  it('maps none of the bodies whose names look like a party’s to a party', () => {
    for (const name of ['市台联', '市台办', '市民政局', '市委农工办', '市侨联', '九三路街道办', '农工商公司'])
      expect(recogniseCounterpart(name), name).toBeUndefined();
  });

  it.each([
    ['市农业局、市科技局主要对口联系民盟、九三市委', ['department:市农业局/市科技局→民盟市委/九三市委']],
    ['市卫生局联系农工市委', ['department:市卫生局→农工市委']],
    ['市侨办联系致公、民革市委', ['department:市侨办→致公市委/民革市委']],
    ['县人口计生委联系农工县支部', ['department:县人口计生委→农工县支部']],
  ])('reads %s', (text, expected) => {
    expect(readAssignments(text)).toEqual(expected);
  });

  it('does not read the stems inside other words (涉农工作, 一九三五年) as parties', () => {
    expect(readAssignments('市农业农村局负责涉农工作')).toEqual([]);
    expect(pairsOf('市档案馆整理一九三五年以来的档案，联系各单位。').pairs).toEqual([]);
  });
});

describe('what the parser says about a copy that may be cut off', () => {
  it('warns about the last line when it stops with no closing punctuation, keeping its pair', () => {
    const { pairs, warned } = pairsOf(['市教育局与民盟市委', '市科技局与农工'].join('\n'));
    expect(pairs).toEqual(['1 市教育局→民盟 (formal)', '2 市科技局→农工党 (formal)']);
    expect(warned).toEqual([2]);
  });

  it('warns about a last line cut before its counterparts, and not about a last line that is closed', () => {
    expect(pairsOf(['市财政局联系民革市委。', '（一）省农办、财政厅等部门作为各民主党派福建'].join('\n')).warned).toEqual([2]);
    expect(pairsOf(['市财政局联系民革市委。', '市教育局联系民盟市委。'].join('\n')).warned).toEqual([]);
  });

  it('expands a duty toward the parties and the FIC to the FIC it names when the notice names no party, and says so', () => {
    const { pairs, warned } = pairsOf('其中，市发改委、市财政局等2家单位为民主党派和工商联共同联系单位，此外，各民主党派各联系4个部门。');
    expect(pairs).toEqual(['1 市发改委→工商联 (general)', '1 市财政局→工商联 (general)']);
    expect(warned).toEqual([1]);
  });
});

describe('department names that begin like another word', () => {
  it('reads 市政务服务局 as the level 市 and 政务服务局, while 市政工程 stays no name', () => {
    const { pairs } = pairsOf(['市政务服务局联系民革市委。', '县政务服务管理局联系县工商联。'].join('\n'));
    expect(pairs).toEqual(['1 市政务服务局→民革 (formal)', '2 县政务服务管理局→工商联 (formal)']);
    expect(pairsOf('市政工程建设联系民革市委。').pairs).toEqual([]);
  });
});

describe('department lists whose later items drop the level prefix', () => {
  it('reads a two-character item such as 台办 or 侨办 as a name once the prefix is back', () => {
    expect(readAssignments('市公安局、安监局、台办、外侨办联系民革某市委；')).toEqual([
      'department:市公安局/市安监局/市台办/市外侨办→民革某市委',
    ]);
  });

  it('reads 市政协… as the level 市 and the CPPCC committee, not as a name to prefix again', () => {
    expect(readAssignments('民革青岚市委会的对口联系单位市民政局、市政协社法委派员参加。')).toEqual([
      'department:市民政局/市政协社法委→民革青岚市委会',
    ]);
  });

  it('still reads no list with an item that is no name (`各部门`)', () => {
    expect(readAssignments('市公安局、各部门联系民革某市委；')).toEqual([]);
  });
});

describe('a party-first entry cut off inside its last department', () => {
  it('keeps the departments written in full and warns about the line', () => {
    const { pairs, warned } = pairsOf(['民盟青岚市委：市教育局、市科技局。', '青岚市工商联：市市场监管局、市质量技术'].join('\n'));
    expect(pairs).toEqual(['1 市教育局→民盟 (formal)', '1 市科技局→民盟 (formal)', '2 市市场监管局→工商联 (formal)']);
    expect(warned).toEqual([2]);
  });

  it('reads a list closed by 等单位 as complete, with no warning', () => {
    const { pairs, warned } = pairsOf('民盟青岚市委：市教育局、市科技局等单位。');
    expect(pairs).toEqual(['1 市教育局→民盟 (formal)', '1 市科技局→民盟 (formal)']);
    expect(warned).toEqual([]);
  });
});

describe('an example introduced before the subject', () => {
  it('reads the subject after 如 or 例如, and keeps the 如 of a place name', () => {
    expect(readAssignments('如新增市扶贫办联系民建市委，例如市财政局联系民革市委。')).toEqual([
      'department:市扶贫办→民建市委',
      'department:市财政局→民革市委',
    ]);
    expect(readAssignments('如皋市财政局联系民建市委。')).toEqual(['department:如皋市财政局→民建市委']);
  });
});
