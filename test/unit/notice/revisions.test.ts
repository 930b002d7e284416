import { describe, expect, it } from 'vitest';
import { readStatement, parseNotice, type ParsedLiaison } from '../../../src/notice/index.ts';
import { readAssignments } from '../../support/read-assignments.ts';

const read = readAssignments;
const pairs = (liaisons: readonly ParsedLiaison[]) =>
  liaisons.map((liaison) => `${liaison.line}:${liaison.from}→${liaison.counterpart}:${liaison.kind}`);

describe('readStatement on revisions (调整为, 改为, 变更为, 改由, 增加, 新增, 取消)', () => {
  it.each([
    ['市审计局对口联系的党派改为民盟市委', ['department:市审计局→民盟市委']],
    ['市审计局对口联系的党派由民革市委变更为民盟市委、民进市委', ['department:市审计局→民盟市委/民进市委']],
    ['副市长王某同志联系的民主党派调整为致公党市委', ['leader:王某→致公党市委']],
    ['市财政局联系民建市委改为联系民进市委', ['department:市财政局→民进市委']],
    ['市财政局对口联系民建市委变更为民进市委和九三学社市委', ['department:市财政局→民进市委/九三学社市委']],
    ['原由副县长李某同志联系的民进县支部，现改由副县长张某同志联系', ['leader:张某→民进县支部']],
    ['原由副市长甲某同志联系民盟市委，现调整为副市长王某同志联系', ['leader:王某→民盟市委']],
    ['副市长李某同志联系的民盟市委，调整为由副市长王某同志负责联系', ['leader:王某→民盟市委']],
    ['原市农业局对口联系九三学社市委的工作，调整为由市农业农村局承担', ['department:市农业农村局→九三学社市委']],
    ['新增市数据资源局与台盟市委的对口联系', ['department:市数据资源局→台盟市委']],
    ['增加由市侨办联系致公党市委', ['department:市侨办→致公党市委']],
    ['新增致公党市委由市侨办对口联系', ['department:市侨办→致公党市委']],
    [
      '民革市委的对口联系部门变更为市司法局，民盟市委的对口联系部门为市教育局、市科技局',
      ['department:市司法局→民革市委', 'department:市教育局/市科技局→民盟市委'],
    ],
  ])('states only the new pair of %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    '取消市财政局与民建市委的对口联系',
    '取消由市财政局联系民建市委',
    '增加市大数据局',
    '新增市大数据局为对口联系部门',
    '民盟市委的职责，调整为由市农业农村局承担',
    '原市农业局的职责，调整为由市农业农村局承担',
    '市财政局联系的民革市委，由市审计局协助联系',
  ])('states no pair for %s (a removal, no counterpart, or a duty that is not one of liaison)', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('never reads the verb of a revision as part of a department name', () => {
    const names = readStatement('（三）增加市统计局与民进市委的对口联系').assignments.flatMap((assignment) => assignment.from);
    expect(names).toEqual(['市统计局']);
  });
});

describe('readStatement on counterparts written before their subject', () => {
  it.each([
    ['民建市委由市商务局和市财政局负责联系', ['department:市商务局/市财政局→民建市委']],
    ['民进省委由省教育厅、科技厅对口联系', ['department:省教育厅/省科技厅→民进省委']],
    ['民革市委由副市长王某同志负责联系', ['leader:王某→民革市委']],
    ['经研究，民盟市委由市教育局联系，民进市委的对口联系部门为市文旅局', ['department:市教育局→民盟市委', 'department:市文旅局→民进市委']],
    [
      '根据工作需要，致公党市委的对口联系部门是市外办、市侨联；台盟市委由市台办对口联系',
      ['department:市外办/市侨联→致公党市委', 'department:市台办→台盟市委'],
    ],
    ['民盟市委由市教育局联系，市财政局联系民革市委', ['department:市教育局→民盟市委', 'department:市财政局→民革市委']],
  ])('reads %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each(['民盟市委由市教育局牵头组织调研', '民主党派由市委统战部联系', '市财政局由民革市委联系', '民盟市委市财政局联系'])(
    'finds no liaison in %s',
    (text) => {
      expect(read(text)).toEqual([]);
    },
  );
});

describe('readStatement on collective duties worded in any way', () => {
  it.each([
    ['市政府办公室：负责同全市各民主党派和市工商联的联系服务', ['department:市政府办公室→GENERAL+FIC']],
    ['市委统战部统筹做好与所有民主党派、工商联的联络工作', ['department:市委统战部→GENERAL+FIC']],
    ['副县长王某同志：面向全部民主党派开展经常性联系', ['leader:王某→GENERAL']],
    ['县政府办、县委统战部：作为兜底单位，面向县内所有民主党派组织和县工商联开展联系服务', ['department:县政府办/县委统战部→GENERAL+FIC']],
    [
      '市政府办公室、市委统战部不单独确定对口联系党派，两者同各民主党派和市工商联保持联系',
      ['department:市政府办公室/市委统战部→GENERAL+FIC'],
    ],
    ['市委统战部负责与全体民主党派的联络，市财政局联系民革市委', ['department:市委统战部→GENERAL', 'department:市财政局→民革市委']],
    ['市政府办公室统一联系各民主党派和市工商联', ['department:市政府办公室→GENERAL+FIC']],
  ])('reads %s as general', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    '市财政局不再与各民主党派保持联系',
    '市公安局聘请各民主党派推荐的特约监督员，加强联系',
    '市政府办公室邀请各民主党派负责人参加座谈会',
    '市政府办公室主任负责联系各民主党派',
    '各对口联系部门要与所有民主党派保持联系',
    '记者日前从市政府办公室获悉，全市各民主党派联系工作进展顺利',
    '市政府办公室关于加强与各民主党派联系的通知',
    '市委统战部负责各民主党派的联系工作中涉及民盟的事务',
    '市政府办公室要加强对各民主党派对口联系工作的指导',
    '市委统战部负责汇总各民主党派对口联系工作情况',
    '市政府办公室对各民主党派的联系工作进行督促',
  ])('finds no collective duty in %s', (text) => {
    expect(read(text).filter((entry) => entry.includes('GENERAL'))).toEqual([]);
  });
});

describe('parseNotice on a revision notice and a letterhead', () => {
  it('states the new pairs of a revision notice, none for a removal, and warns about nothing it reads', () => {
    const parsed = parseNotice(
      [
        '某市人民政府办公室文件',
        '某市人民政府办公室',
        '关于调整部分对口联系关系的通知',
        '某府办函〔2023〕9号',
        '一、原由副市长甲某同志联系的民建市委，调整为由副市长乙某同志联系。',
        '二、市交通局对口联系的党派由民盟市委调整为民进市委。',
        '三、新增市数据局与九三学社市委的对口联系。',
        '四、取消市园林局与民革市委的对口联系关系。',
        '五、民盟市委的对口联系部门调整为市文化局、',
        '市体育局。',
        '2023年5月6日',
      ].join('\n'),
    );
    expect(pairs(parsed.liaisons)).toEqual([
      '5:乙某→民建:formal',
      '6:市交通局→民进:formal',
      '7:市数据局→九三学社:formal',
      '9:市文化局→民盟:formal',
      '9:市体育局→民盟:formal',
    ]);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.document.issuer).toBe('某市人民政府办公室');
    expect(parsed.document.title).toBe('关于调整部分对口联系关系的通知');
  });
});
