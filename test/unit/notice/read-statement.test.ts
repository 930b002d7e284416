import { describe, expect, it } from 'vitest';
import { readStatement } from '../../../src/notice/index.ts';
import { readAssignments } from '../../support/read-assignments.ts';

const read = readAssignments;

describe('readStatement on shapes beyond the corpus', () => {
  it.each([
    ['民盟某省委——省教育厅、省科技厅', ['department:省教育厅/省科技厅→民盟某省委']],
    ['民建省委的对口联系部门为省商务厅、省财政厅', ['department:省商务厅/省财政厅→民建省委']],
    ['民建、民进省委：省教育厅、省文化和旅游厅', ['department:省教育厅/省文化和旅游厅→民建省委/民进省委']],
    ['各民主党派省委、省工商联：省政府办公厅、省委统战部（共同联系单位）', ['department:省政府办公厅/省委统战部→GENERAL+FIC']],
    ['市政府办公室、市委统战部作为共同联系单位', ['department:市政府办公室/市委统战部→GENERAL+FIC']],
    [
      '副县长王某同志（分管教育、卫生工作）：联系中国民主同盟某县总支部、九三学社某县支社',
      ['leader:王某→中国民主同盟某县总支部/九三学社某县支社'],
    ],
    ['副县长王某同志分管教育、卫生工作，联系民盟某县总支', ['leader:王某→民盟某县总支']],
    ['周立新（市长）：联系民革市委', ['leader:周立新→民革市委']],
    ['市财政局联系市工商联（总商会）', ['department:市财政局→市工商联（总商会）']],
    ['● 市商务局 | 民建市委、致公党市委', ['department:市商务局→民建市委/致公党市委']],
    ['根据工作需要，市审计局联系民革市委', ['department:市审计局→民革市委']],
    ['市卫生健康委联系农工党市委，市教育局联系民进市委', ['department:市卫生健康委→农工党市委', 'department:市教育局→民进市委']],
    ['市侨联、省侨联联系致公党省委', ['department:市侨联/省侨联→致公党省委']],
    ['常务副市长 高  翔 民建市委、市工商联', ['leader:高翔→民建市委/市工商联']],
    ['3 市民政局 民革市委', ['department:市民政局→民革市委']],
    ['2       市教育局          民进市委、民盟市委        牵头', ['department:市教育局→民进市委/民盟市委']],
    ['5\t市卫生健康委  农工党市委', ['department:市卫生健康委→农工党市委']],
    ['15 市政府办公室、市委统战部 共同联系单位', ['department:市政府办公室/市委统战部→GENERAL+FIC']],
    ['县长 曹某：联系全部民主党派和县工商联', ['leader:曹某→GENERAL+FIC']],
    ['市政府办公室负责与各民主党派、市工商联的日常联系和综合协调', ['department:市政府办公室→GENERAL+FIC']],
    ['县政府办公室、县委统战部负责与各民主党派、县工商联的联系协调工作', ['department:县政府办公室/县委统战部→GENERAL+FIC']],
    ['市政府办公室、市委统战部作为共同联系单位，负责对口联系工作的统筹协调', ['department:市政府办公室/市委统战部→GENERAL+FIC']],
    [
      '由市财政局、市审计局对口联系民革市委会，市教育局和市卫健委对口联系民进市委会',
      ['department:市财政局/市审计局→民革市委会', 'department:市教育局/市卫健委→民进市委会'],
    ],
    ['请市科技局联系九三学社市委', ['department:市科技局→九三学社市委']],
    ['由常务副市长刘某同志联系民建市委和市工商联', ['leader:刘某→民建市委/市工商联']],
    ['改由副县长孙某同志联系民盟县总支', ['leader:孙某→民盟县总支']],
    ['市长王某同志统筹联系各民主党派和市工商联', ['leader:王某→GENERAL+FIC']],
    ['副市长陈某同志协调联系民盟市委', ['leader:陈某→民盟市委']],
    ['市商务局牵头联系致公党市委', ['department:市商务局→致公党市委']],
    ['市侨办负责对口联系致公党市委、台盟市委', ['department:市侨办→致公党市委/台盟市委']],
    ['市委常委、常务副市长王某同志联系民建市委', ['leader:王某→民建市委']],
    ['市政府党组成员、副市长赵某同志联系民盟市委', ['leader:赵某→民盟市委']],
    ['市审计局与市统计局联系民盟市委', ['department:市审计局/市统计局→民盟市委']],
    ['县政府办公室与县委统战部为共同联系单位', ['department:县政府办公室/县委统战部→GENERAL+FIC']],
    ['1. 县发改局：民盟县支部、民进县支部；', ['department:县发改局→民盟县支部/民进县支部']],
    ['市财政局对口联系单位由民革市委调整为民盟市委', ['department:市财政局→民盟市委']],
    ['民革市委的对口联系部门由市财政局调整为市审计局', ['department:市审计局→民革市委']],
  ])('reads %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    '市发展改革委与民盟市委、民进市委联合开展调研',
    '市发展改革委与民盟市委联合开展调研',
    '市发展改革委、市教育局等部门对口联系民主党派工作情况',
    '市政府领导、市级有关部门与民主党派的对口联系工作',
    '市公安局、市司法局等单位要聘请民盟、民进成员担任特约监督员',
    '参加座谈会的有市政府办公室、市委统战部和民盟市委、民进市委负责人',
    '市人民建议征集办公室收到的涉及民主党派成员的建议，应及时转交市委统战部',
    '长周平同志联系民建市委',
    '县工商联：县市场监督管理局、县发展和改革局县政府办公室',
    '取消市财政局联系民革市委',
    '原市财政局联系民革市委',
    '市财政局不再联系民革市委',
    '经市政府研究同意，现将有关事项通知如下',
    '市财政局与市审计局联合开展调研',
  ])('finds no liaison in %s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it.each(['市财政局联系民革市委，现调整为由市审计局联系', '市财政局联系民革市委；改由市审计局联系', '市财政局联系民革市委，不再保留'])(
    'keeps no pair but a doubt when a phrase after the arrangement revises it: %s',
    (text) => {
      const [assignment, ...others] = readStatement(text).assignments;
      expect(others).toEqual([]);
      expect(assignment?.from).toEqual(['市财政局']);
      expect(assignment?.counterparts).toEqual([]);
      expect(assignment?.general).toBe(false);
      expect(assignment?.doubt).toMatch(/revises/);
    },
  );

  it('says a line ending in a separator may continue on the next line', () => {
    expect(readStatement('市商务局联系民盟市委、').unfinished).toBe(true);
    expect(readStatement('市商务局联系民盟市委').unfinished).toBe(false);
    expect(readStatement('市商务局联系民盟市委、').trailingSeparator).toBe(true);
  });

  it('says where each assignment starts in the text without whitespace, the leader at the personal name', () => {
    const reading = readStatement('1. 市教育局联系民进市委；副市长王  五同志联系民盟市委');
    expect(reading.assignments.map((assignment) => assignment.start)).toEqual([2, 16]);
  });
});

describe('counterparts whose place starts with 和 or 及', () => {
  it('reads the place as part of the name, not as a conjunction', () => {
    expect(read('区民政局联系民革和平区委会。')).toEqual(['department:区民政局→民革和平区委会']);
    expect(read('市民政局联系民革和平区委会、民盟和平区委。')).toEqual(['department:市民政局→民革和平区委会/民盟和平区委']);
  });

  it('still joins two counterparts with 和', () => {
    expect(read('市民政局联系民盟和民进市委。')).toEqual(['department:市民政局→民盟市委/民进市委']);
    expect(read('市民政局联系民革和市工商联。')).toEqual(['department:市民政局→民革/市工商联']);
  });
});
