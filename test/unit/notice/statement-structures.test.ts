import { describe, expect, it } from 'vitest';
import { readStatement, parseNotice, normaliseWording, readLeaders, type ParsedLiaison } from '../../../src/notice/index.ts';

const pairs = (liaisons: readonly ParsedLiaison[]) =>
  liaisons.map((liaison) => `${liaison.line}:${liaison.from}→${liaison.counterpart}:${liaison.kind}`);
const read = (text: string) =>
  readStatement(text).assignments.map(
    (item) => `${item.from.join('+')}→${item.counterparts.map((counterpart) => counterpart.name).join('+')}`,
  );
const lineWarnings = (text: string) =>
  parseNotice(text)
    .warnings.filter((warning) => warning.line > 0)
    .map((warning) => warning.line);

describe('verbs of liaison in any wording', () => {
  it('normalises 挂钩联系, 挂钩 and 联络 without changing the length of the text', () => {
    const text = '县教育局挂钩联系民进某县支部，县财政局挂钩民盟某县总支，县商务局联络县工商联，联络员张某';
    expect(normaliseWording(text)).toBe('县教育局对口联系民进某县支部，县财政局对口民盟某县总支，县商务局联系县工商联，联络员张某');
    expect(normaliseWording('a,b;c:(d)')).toBe('a，b；c：（d）');
  });

  it('reads a department with 挂钩联系 and a leader with 联络 as liaisons', () => {
    expect(read('③县财政局、县人力资源和社会保障局挂钩联系民盟某县总支;')).toEqual(['县财政局+县人力资源和社会保障局→民盟某县总支']);
    expect(read('副县长陆丰同志联络民进某县支部。')).toEqual(['陆丰→民进某县支部']);
  });

  it('reads 挂联, 对接联系, 共同联系 and 建立对口联系关系 as verbs of a pair, 共同联系 with one party never as general', () => {
    expect(read('市财政局挂联民建某市委。')).toEqual(['市财政局→民建某市委']);
    expect(read('市财政局对接联系民建某市委、市工商联。')).toEqual(['市财政局→民建某市委+市工商联']);
    expect(read('市财政局、市审计局共同联系民建某市委。')).toEqual(['市财政局+市审计局→民建某市委']);
    expect(readStatement('市财政局、市审计局共同联系民建某市委。').assignments.every((item) => !item.general)).toBe(true);
    expect(read('市财政局同民建某市委建立对口联系关系')).toEqual(['市财政局→民建某市委']);
    expect(read('市政府办公室挂联工作由市委统战部统筹。')).toEqual([]);
  });

  it('gives nothing for a liaison officer with a phone number, nor for an invitation naming parties', () => {
    const text = ['县教育局联络员：叶　青，电话：5862310', '县政府可邀请民盟某县总支、民进某县支部负责人列席会议。'].join('\n');
    expect(parseNotice(text).liaisons).toEqual([]);
  });
});

describe('numbered lines and party-first passives', () => {
  it('reads circled numbers and a party first in the passive with 州 prefixes and a dropped prefix', () => {
    expect(read('①民革州委会由州司法局、州公安局和州民宗委对口联系；')).toEqual(['州司法局+州公安局+州民宗委→民革州委会']);
    expect(read('⑤农工党州委会由州卫生健康委、医疗保障局对口联系；')).toEqual(['州卫生健康委+州医疗保障局→农工党州委会']);
  });

  it('reads 盟 and 旗 prefixes like 市 and 县', () => {
    expect(read('旗教育局联系民盟某旗支部')).toEqual(['旗教育局→民盟某旗支部']);
  });

  it("reads a collective duty toward the parties' grass-roots or district organisations as general", () => {
    // The general duty expands to the counterparts the formal pairs name (民进, the FIC).
    const parsed = parseNotice(
      ['县长郑某同志挂钩联系全县各民主党派基层组织和县工商联。', '县教育局挂钩联系民进某县支部、县工商联。'].join('\n'),
    );
    expect(pairs(parsed.liaisons)).toEqual([
      '1:郑某→民进:general',
      '1:郑某→工商联:general',
      '2:县教育局→民进:formal',
      '2:县教育局→工商联:formal',
    ]);
    expect(read('区长韩默同志统筹联系各民主党派区级组织和区工商联')).toEqual(['韩默→']);
    expect(readStatement('区长韩默同志统筹联系各民主党派区级组织和区工商联').assignments[0]?.general).toBe(true);
  });
});

describe('分别 pairs lists one to one', () => {
  it('pairs two leaders with two parties in order, never across', () => {
    expect(read('副县长林　帆、陈其远同志分别挂钩联系民盟某县总支、民进某县支部。')).toEqual(['林帆→民盟某县总支', '陈其远→民进某县支部']);
    expect(read('民革市委、民盟市委分别由市财政局、市审计局对口联系')).toEqual(['市财政局→民革市委', '市审计局→民盟市委']);
  });

  it('keeps no pair and warns when the lists differ in length', () => {
    const text = '市财政局、市审计局分别联系民革市委、民盟市委和民进市委。';
    expect(parseNotice(text).liaisons).toEqual([]);
    expect(lineWarnings(text)).toEqual([1]);
  });

  it('pairs a single counterpart with every subject', () => {
    expect(read('市财政局、市审计局分别联系民革市委')).toEqual(['市财政局+市审计局→民革市委']);
  });
});

describe('lists of leaders', () => {
  it('reads leaders sharing the title of the first', () => {
    expect(readLeaders('副县长林帆、陈其远同志')).toEqual(['林帆', '陈其远']);
    expect(readLeaders('副区长周琳、副区长唐远')).toEqual(['周琳', '唐远']);
  });

  it('reads no list without a title first, nor one with a body in it', () => {
    expect(readLeaders('根据通知、副市长孙海')).toBeUndefined();
    expect(readLeaders('副市长孙海、市财政局')).toBeUndefined();
    expect(readLeaders('副市长孙海')).toBeUndefined();
  });
});

describe('party headings and labelled fields', () => {
  it('reads a paragraph per party: heading, departments field, leader field', () => {
    const parsed = parseNotice('（二）民建某区委。对口联系部门：区发改委、区财政局和国资委。联系领导：常务副区长许某。');
    expect(pairs(parsed.liaisons)).toEqual([
      '1:区发改委→民建:formal',
      '1:区财政局→民建:formal',
      '1:区国资委→民建:formal',
      '1:许某→民建:formal',
    ]);
  });

  it('reads a heading on a line of its own for the field lines after it, until the next heading', () => {
    const text = [
      '一、民盟某市委',
      '对口联系单位：市教育局、市人社局',
      '联系市领导：副市长　周　琳',
      '二、九三学社区支社',
      '对口联系部门：区科委',
    ].join('\n');
    expect(pairs(parseNotice(text).liaisons)).toEqual([
      '2:市教育局→民盟:formal',
      '2:市人社局→民盟:formal',
      '3:周琳→民盟:formal',
      '5:区科委→九三学社:formal',
    ]);
  });

  it('reads a heading joined to its first field by a colon, and a deputy named before the title', () => {
    const parsed = parseNotice('（一）民盟某市委：联系市领导为李某副市长；对口联系部门为市教育局、科技局。');
    expect(pairs(parsed.liaisons)).toEqual(['1:李某→民盟:formal', '1:市教育局→民盟:formal', '1:市科技局→民盟:formal']);
    expect(parseNotice('民盟某市委：市教育局要加强沟通').liaisons).toEqual([]);
  });

  it('reads no field without a heading, nor after a line that ends the heading', () => {
    expect(parseNotice('对口联系部门：市教育局、市人社局').liaisons).toEqual([]);
    const text = ['民盟某市委', '各部门要加强沟通，及时通报情况。', '对口联系部门：市教育局'].join('\n');
    expect(parseNotice(text).liaisons).toEqual([]);
  });

  it('reads nothing from a field whose value is not a department or leader, and nothing from a contact person', () => {
    const text = ['民盟某市委', '联系领导：待定', '联系人：张三，电话：1234567'].join('\n');
    expect(parseNotice(text).liaisons).toEqual([]);
  });

  it('takes no heading from a list that is not only party names (抄送, supervisors)', () => {
    const text = ['抄送：民盟某市委，民进某市委。', '对口联系部门：市教育局'].join('\n');
    expect(parseNotice(text).liaisons).toEqual([]);
  });
});

describe('group labels and revisions in prose', () => {
  it('does not read a group label before a list as a subject', () => {
    expect(read('经济部门：市发展改革委对口联系民建某市委、市工商联；市统计局对口联系民建某市委。')).toEqual([
      '市发展改革委→民建某市委+市工商联',
      '市统计局→民建某市委',
    ]);
  });

  it('reads a newly formed department and keeps only the new side of a revision', () => {
    expect(read('新组建的市医疗保障局对口联系农工党某市委')).toEqual(['市医疗保障局→农工党某市委']);
    expect(read('市商务局由原来对口联系民盟某市委调整为对口联系致公党某市委')).toEqual(['市商务局→致公党某市委']);
    expect(read('市统计局不再对口联系民盟某市委，改为对口联系民建某市委')).toEqual(['市统计局→民建某市委']);
  });

  it('keeps no pair when a department stops a liaison without a new one', () => {
    expect(read('市统计局不再对口联系民盟某市委')).toEqual([]);
    expect(read('市统计局不再对口联系民盟某市委，改由市审计局联系')).toEqual([]);
  });
});
