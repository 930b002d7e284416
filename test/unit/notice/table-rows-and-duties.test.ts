import { describe, expect, it } from 'vitest';
import { readStatement, parseNotice, readDepartments, readLeader, type ParsedLiaison } from '../../../src/notice/index.ts';

const pairs = (liaisons: readonly ParsedLiaison[]) =>
  liaisons.map((liaison) => `${liaison.line}:${liaison.from}→${liaison.counterpart}:${liaison.kind}`);
const read = (text: string) =>
  readStatement(text).assignments.map(
    (item) => `${item.from.join('+')}→${item.general ? 'ALL' : item.counterparts.map((counterpart) => counterpart.name).join('+')}`,
  );
const isGeneral = (text: string) => readStatement(text).assignments.some((item) => item.general);
const lineWarnings = (text: string) =>
  parseNotice(text)
    .warnings.filter((warning) => warning.line > 0)
    .map((warning) => warning.line);

describe('prefectures: 地区, 地委 and 行署 prefixes, 专员 titles', () => {
  it('reads departments with a prefecture prefix and gives a dropped prefix back once, never twice', () => {
    expect(readDepartments('地区公安局、地区司法局')).toEqual(['地区公安局', '地区司法局']);
    expect(readDepartments('地区市场监管局、地区商务局')).toEqual(['地区市场监管局', '地区商务局']);
    expect(readDepartments('地区教育局、科技局')).toEqual(['地区教育局', '地区科技局']);
    expect(readDepartments('行署办公室、地委统战部')).toEqual(['行署办公室', '地委统战部']);
  });

  it("reads 专员, 副专员 and 常务副专员 as leaders' titles", () => {
    expect(readLeader('专员扎西某')).toBe('扎西某');
    expect(readLeader('常务副专员马骏')).toBe('马骏');
    expect(read('3）副专员 沈若某：民盟某地区工委、民进某地区工委')).toEqual(['沈若某→民盟某地区工委+民进某地区工委']);
  });

  it('reads a deputy named before the title, 人民政府 and 自治州 before it, and an office held after it', () => {
    expect(readLeader('王某副市长')).toBe('王某');
    expect(readLeader('李某某常务副县长同志')).toBe('李某某');
    expect(readLeader('市人民政府副市长王某同志')).toBe('王某');
    expect(readLeader('自治州州长阿某同志')).toBe('阿某');
    expect(readLeader('副市长、市公安局局长王某同志')).toBe('王某');
  });

  it('reads no leader from a title alone, nor a place before a title as a name', () => {
    for (const text of ['常务副市长', '自治州副州长', '行署副专员', '某某市副市长', '资阳市长', '市长'])
      expect(readLeader(text)).toBeUndefined();
  });

  it("reads no department whose name holds a leader's title (a title and name run into the next cell)", () => {
    expect(readDepartments('常务副市长王强市财政局、审计局')).toBeUndefined();
    expect(readDepartments('副县长李某同志县财政局')).toBeUndefined();
  });
});

describe('collective duties in ordinary wordings', () => {
  it.each([
    '市政府办公室负责同各民主党派和市工商联的联系。',
    '市委统战部与各民主党派市委、市工商联保持经常性联系。',
    '市长王某同志联系各民主党派市委和市工商联。',
    '市政府办公室：面向全市全部民主党派和市工商联做好联系服务。',
    '市政府办公室：与各党派、工商联均保持联系。',
    '省政府办公厅、省委统战部作为综合协调单位，对所有民主党派省委和省工商联均负有联系服务职责。',
    '区政府办公室和区委统战部负责日常协调，与全区每一个民主党派基层组织及区工商联均建立联系渠道。',
    '市政府办公室与市委统战部同各民主党派和市工商联保持联系。',
  ])('reads %s as a general duty', (text) => {
    expect(isGeneral(text)).toBe(true);
  });

  it.each([
    '市政府召开常务会议时，邀请各民主党派市委和市工商联负责同志列席。',
    '各部门要加强与各民主党派、工商联的联系。',
    '市政府各部门要同各民主党派保持经常联系。',
    '市政府办公室将有关文件及时送各民主党派市委、市工商联。',
    '市财政局与各民主党派市委联合开展调研。',
    '市政府办公室定期对各民主党派通报联系工作。',
    '市政府办公室负责向各民主党派市委提供联系人名单。',
    '市政府办公室负责对各民主党派的联系工作进行督促检查。',
    '市长王某同志出席各民主党派市委联席会议。',
  ])('reads no pair from %s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('reads a joint unit after a colon, and one whose parenthesis says whom it serves', () => {
    expect(read('10）市政府办公室、市委统战部：共同联系单位，负责做好对口联系的综合协调工作。')).toEqual(['市政府办公室+市委统战部→ALL']);
    const serving = readStatement('12     行署办公室、地委统战部           共同联系单位（面向全部民主党派和地区工商联）');
    expect(serving.assignments.map((item) => [item.from, item.general, item.includesFederation])).toEqual([
      [['行署办公室', '地委统战部'], true, true],
    ]);
    const partiesOnly = readStatement('市政府办公室：共同联系单位（面向各民主党派）');
    expect(partiesOnly.assignments.map((item) => [item.general, item.includesFederation])).toEqual([[true, false]]);
  });

  it('reads all the parties written first in the passive as a general duty, never mixed with one party', () => {
    expect(read('各民主党派市委、市工商联由市政府办公室、市委统战部共同联系。')).toEqual(['市政府办公室+市委统战部→ALL']);
    expect(readStatement('各民主党派由市委统战部联系。').assignments.map((item) => item.includesFederation)).toEqual([false]);
    expect(read('各民主党派、民盟市委由市委统战部联系。')).toEqual([]);
  });

  it('reads a partial list closed by 等民主党派 or 等单位 as its named parties, with a warning', () => {
    expect(read('副市长张某同志负责联系民革市委、民盟市委等民主党派。')).toEqual(['张某→民革市委+民盟市委']);
    const text = ['市财政局联系民革市委、民盟市委等单位。', '市教育局联系民进市委。'].join('\n');
    expect(pairs(parseNotice(text).liaisons)).toEqual(['1:市财政局→民革:formal', '1:市财政局→民盟:formal', '2:市教育局→民进:formal']);
    expect(lineWarnings(text)).toEqual([1]);
  });

  it('reads 联系指导<parties>的工作 as a liaison with each party', () => {
    expect(read('④副省长 欧阳某 同志联系指导农工党省委、致公党省委和九三学社省委的工作。')).toEqual([
      '欧阳某→农工党省委+致公党省委+九三学社省委',
    ]);
    expect(read('县长罗某同志负责联系指导全县对口联系工作。')).toEqual([]);
  });
});

describe('table rows with a leader cell and a departments cell', () => {
  it("reads a party-first row: each further cell a leader or departments toward the first cell's parties", () => {
    expect(read('民盟某县总支\t副县长 范  某\t县教育局、科技局、县人力资源和社会保障局')).toEqual([
      '范某→民盟某县总支',
      '县教育局+县科技局+县人力资源和社会保障局→民盟某县总支',
    ]);
    expect(read('民建市委\t常务副市长\t王  强\t市财政局、审计局')).toEqual(['王强→民建市委', '市财政局+市审计局→民建市委']);
  });

  it('reads a subject-first row with a leader cell and a departments cell before the parties', () => {
    expect(read('1     常务副市长 王  强      市财政局、审计局      民建市委')).toEqual(['王强→民建市委', '市财政局+市审计局→民建市委']);
  });

  it('reads no row whose header or other cells are not names', () => {
    expect(read('对口联系组织\t联系县领导\t对口联系部门')).toEqual([]);
    expect(read('民盟某县总支\t副县长 范  某\t另行通知')).toEqual([]);
  });

  it('continues a departments cell that ends in 、 on the next row, and warns when the copy is cut mid-name', () => {
    const text = [
      '县工商联\t常务副县长 卢某\t县市场监督管理局、县商务局、',
      '\t\t县税务局',
      '',
      '- 2 -',
      '',
      '农工党某县支部\t副县长 宋  某\t县卫生健康局、县医疗保障局、县疾',
    ].join('\n');
    expect(pairs(parseNotice(text).liaisons)).toEqual([
      '1:卢某→工商联:formal',
      '1:县市场监督管理局→工商联:formal',
      '1:县商务局→工商联:formal',
      '1:县税务局→工商联:formal',
      '6:宋某→农工党:formal',
      '6:县卫生健康局→农工党:formal',
      '6:县医疗保障局→农工党:formal',
    ]);
    expect(lineWarnings(text)).toEqual([6]);
  });

  it('never takes a line of TAB-separated cells as one cell of a row on the lines before it', () => {
    const text = ['县税务局', '农工党某县支部\t副县长\t宋某\t另行通知'].join('\n');
    expect(parseNotice(text).liaisons).toEqual([]);
  });
});
