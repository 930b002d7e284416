import { describe, expect, it } from 'vitest';
import { parseNotice, readStatement, toNoticeJson } from '../../../src/notice/index.ts';
import { readAssignments } from '../../support/read-assignments.ts';

/** The pairs of a parsed text as `line from→counterpart (kind)`. */
function pairsOf(text: string): string[] {
  return toNoticeJson(parseNotice(text)).liaisons.map(
    (liaison) => `${liaison.line} ${liaison.from}→${liaison.counterpart} (${liaison.kind})`,
  );
}

describe('a department named in prose as a party’s liaison unit', () => {
  it.each([
    ['市民政局是民革青岚市委会对口联系单位，双方一直保持密切联系。', ['department:市民政局→民革青岚市委会']],
    ['王某说，县卫生健康局是农工党县总支的对口联系单位。', ['department:县卫生健康局→农工党县总支']],
    ['确定市财政局、市统计局、金融办3家部门为民建市委会对口联系单位。', ['department:市财政局/市统计局/市金融办→民建市委会']],
    ['市教育局作为民盟市委的对口联系部门，积极支持盟务工作。', ['department:市教育局→民盟市委']],
    ['新增市大数据局为民建青岚市委会对口联系单位。', ['department:市大数据局→民建青岚市委会']],
  ])('reads %s', (text, expected) => {
    expect(readAssignments(text)).toEqual(expected);
  });

  it('reads no pair when the unit serves the parties as a whole or is of another kind', () => {
    expect(readAssignments('市财政局是民主党派的对口联系单位之一。')).toEqual([]);
    expect(readAssignments('市财政局是民盟市委的承办单位。')).toEqual([]);
  });
});

describe('a party’s liaison units named with 的', () => {
  it.each([
    ['民建青岚市委会对口联系的市商务局派员参加。', ['department:市商务局→民建青岚市委会']],
    ['与民革青岚市委会对口联系的市司法局负责人介绍了情况。', ['department:市司法局→民革青岚市委会']],
    ['对口联系民革青岚市委会的市司法局负责人参加。', ['department:市司法局→民革青岚市委会']],
    ['民革青岚市委会对口联系的部门有市司法局、市民政局。', ['department:市司法局/市民政局→民革青岚市委会']],
  ])('reads %s', (text, expected) => {
    expect(readAssignments(text)).toEqual(expected);
  });

  it('reads no department in a leader or a piece of work that follows 的', () => {
    expect(readAssignments('负责联系民革青岚市委会的市政府领导出席。')).toEqual([]);
    expect(readAssignments('民革青岚市委会对口联系的工作取得成效。')).toEqual([]);
    expect(readAssignments('关于调整民主党派工商联对口联系的通知各区人民政府')).toEqual([]);
  });
});

describe('departments named before 等 and the party whose liaison units they are', () => {
  it('reads the departments without a copula', () => {
    expect(readAssignments('市科技局、市卫健委等九三学社青岚市委会对口联系单位负责人参加会议。')).toEqual([
      'department:市科技局/市卫健委→九三学社青岚市委会',
    ]);
  });

  it('reads no pair for departments of every party or of no party', () => {
    expect(readAssignments('市科技局、市卫健委等部门负责人参加会议。')).toEqual([]);
    expect(readAssignments('市财政局等各民主党派对口联系单位参加。')).toEqual([]);
  });
});

describe('a party’s liaison unit named in a clause before the department', () => {
  it('reads the department that opens the clause after `作为<party>的对口联系单位`', () => {
    expect(readAssignments('作为民盟白石省委的对口联系单位，省文化和旅游厅将给予支持。')).toEqual([
      'department:省文化和旅游厅→民盟白石省委',
    ]);
  });

  it('reads no pair when the unit serves every party or no department follows', () => {
    expect(readAssignments('作为各民主党派的对口联系单位，市财政局将提供便利。')).toEqual([]);
    expect(readAssignments('作为民盟市委的对口联系单位，我们将加强沟通。')).toEqual([]);
  });
});

describe('a party and its liaison units in apposition', () => {
  it('reads the departments after 对口联系单位 up to where the sentence goes on', () => {
    expect(readAssignments('民进某市委会对口联系单位市教育局、市交通局、城南街道派员参加了调研。')).toEqual([
      'department:市教育局/市交通局/市城南街道→民进某市委会',
    ]);
  });

  it('reads the units after `的对口联系单位为` when the sentence counts them and goes on', () => {
    expect(readAssignments('民盟市委的对口联系单位为市教育局、市科技局等2个部门，均已建立联系机制。')).toEqual([
      'department:市教育局/市科技局→民盟市委',
    ]);
  });

  it.each([
    ['民盟青岚市委与其对口联系单位市教育局召开座谈会。', ['department:市教育局→民盟青岚市委']],
    ['对口联系民盟青岚市委的部门为市教育局、市科技局。', ['department:市教育局/市科技局→民盟青岚市委']],
    ['民盟青岚市委联系单位市教育局派员参加。', ['department:市教育局→民盟青岚市委']],
    [
      '民盟、民进青岚市委的对口联系单位为市教育局、市科技局等部门，均已建立机制。',
      ['department:市教育局/市科技局→民盟青岚市委/民进青岚市委'],
    ],
  ])('reads the units in %s', (text, expected) => {
    expect(readAssignments(text)).toEqual(expected);
  });

  it('reads no units from a generic noun after the label (`对口联系的市政府有关部门`)', () => {
    expect(readAssignments('对原来与民建青岚市委对口联系的市政府有关部门进行调整。')).toEqual([]);
  });

  it('reads the units of a party named inside the sentence (`走访民盟市委会对口联系单位市教育局`)', () => {
    expect(readAssignments('主委带领机关干部走访民盟市委会对口联系单位市教育局，座谈交流。')).toEqual(['department:市教育局→民盟市委会']);
  });

  it('reads no pair when the units are not named (`与对口联系单位合作`)', () => {
    expect(readAssignments('民盟市委会要进一步加强与对口联系单位合作。')).toEqual([]);
  });
});

describe('a party and a department doing liaison together', () => {
  it.each([
    ['民盟市委会与市文化局召开对口联系座谈会。', ['department:市文化局→民盟市委会']],
    ['民建青岚市委会、青岚市商务局召开对口联系单位座谈会，双方负责人出席。', ['department:青岚市商务局→民建青岚市委会']],
    ['下一步，市商务局和民建市委会将认真落实对口联系制度。', ['department:市商务局→民建市委会']],
    ['近年来，九三学社市委与市科技局围绕创新工作，不断深化对口联系机制。', ['department:市科技局→九三学社市委']],
    ['会议宣读了农工党青岚市委会与青岚市卫生健康委员会对口联系工作意见。', ['department:青岚市卫生健康委员会→农工党青岚市委会']],
  ])('reads %s', (text, expected) => {
    expect(readAssignments(text)).toEqual(expected);
  });

  it('reads the names after a clause that is only about liaison (`作为对口联系单位，…`)', () => {
    expect(readAssignments('作为对口联系单位，民进青岚市委会与市文广局（体育局）一直保持着密切联系。')).toEqual([
      'department:市文广局（体育局）→民进青岚市委会',
    ]);
  });

  it('reads no pair for a meeting that is not about liaison, for attendees, or for a liaison that ends', () => {
    expect(readAssignments('民盟市委会与市文化局召开座谈会。')).toEqual([]);
    expect(readAssignments('农工党市委与市卫健委开展对口协商。')).toEqual([]);
    expect(readAssignments('邀请市教育局、民盟市委参加对口联系工作会议。')).toEqual([]);
    expect(readAssignments('民盟市委与市文化局不再对口联系。')).toEqual([]);
  });

  it('reads no pair when another party stands between the names and the word of liaison', () => {
    expect(readAssignments('民盟市委与市文化局，会同民进市委开展对口联系。')).toEqual([]);
  });
});

describe('departments reporting on their liaison with a party', () => {
  it('reads the departments before 与 <party> 的对口联系', () => {
    expect(readAssignments('省民政厅、省水利厅相关负责人分别介绍了与民进省委会的对口联系工作情况。')).toEqual([
      'department:省民政厅/省水利厅→民进省委会',
    ]);
  });

  it('reads no pair for departments that only speak of liaison work in general', () => {
    expect(readAssignments('市经信局、建设局、金融办等部门就对口联系工作做了交流发言。')).toEqual([]);
  });
});

describe('pairs of a party and a department joined in one sentence', () => {
  it('reads each pair with its own party, and no pair across the pairs', () => {
    expect(readAssignments('民进青岚市委会与市教育局、民盟青岚市委会与市科技局分别召开对口联系座谈会。')).toEqual([
      'department:市教育局→民进青岚市委会',
      'department:市科技局→民盟青岚市委会',
    ]);
    expect(readAssignments('市教育局与民盟市委会、市文广局与民进市委会签订对口联系协议。')).toEqual([
      'department:市教育局→民盟市委会',
      'department:市文广局→民进市委会',
    ]);
  });

  it('reads pairs written the two ways round each with its own party', () => {
    expect(readAssignments('民盟市委会与市教育局、市文广局与民进市委会召开对口联系座谈会。')).toEqual([
      'department:市教育局→民盟市委会',
      'department:市文广局→民进市委会',
    ]);
  });

  it('reads no pairs of pairs that attend a meeting', () => {
    expect(readAssignments('民盟市委会与市教育局、民进市委会与市文广局负责人参加了对口联系会议。')).toEqual([]);
  });

  it('pairs departments and parties in order with 分别, and keeps no pair from lists of other lengths', () => {
    expect(readAssignments('市教育局、市科技局分别与民进青岚市委会、九三学社青岚市委会对口联系。')).toEqual([
      'department:市教育局→民进青岚市委会',
      'department:市科技局→九三学社青岚市委会',
    ]);
    expect(readAssignments('市教育局、市科技局分别与民进青岚市委会、九三学社青岚市委会开展对口联系活动。')).toHaveLength(2);
    expect(readAssignments('市教育局、市科技局分别与民进青岚市委会、九三学社青岚市委会、民盟青岚市委会对口联系。')).toEqual([
      'department:市教育局/市科技局→',
    ]);
  });

  it('still reads a party and the FIC meeting one department', () => {
    expect(readAssignments('民建青岚市委会、市工商联与市商务局召开对口联系座谈会。')).toEqual([
      'department:市商务局→民建青岚市委会/市工商联',
    ]);
  });
});

describe('a government leader visiting the party they liaise with', () => {
  it.each([
    ['副市长张某走访调研所联系的民建青岚市委会。', ['leader:张某→民建青岚市委会']],
    ['市委常委、副市长张某同志到其联系的九三学社青岚市委会调研，听取意见。', ['leader:张某→九三学社青岚市委会']],
  ])('reads %s', (text, expected) => {
    expect(readAssignments(text)).toEqual(expected);
  });

  it('reads no leader in an officer of the CPPCC, nor in a visit to a department', () => {
    expect(readAssignments('市政协主席李某走访调研所联系的农工党青岚市委会。')).toEqual([]);
    expect(readAssignments('副市长张某走访市教育局。')).toEqual([]);
  });
});

describe('a unit a report names without its level', () => {
  it('reads the bare name of a unit a party meets for liaison, as written', () => {
    expect(readAssignments('农工党青岚市委与文广新局召开对口联系见面会')).toEqual(['department:文广新局→农工党青岚市委']);
  });

  it('reads no unit in a committee of the Party or in a meeting that is not about liaison', () => {
    expect(readAssignments('民盟某支部与党委召开对口联系座谈会')).toEqual([]);
    expect(readAssignments('民盟青岚市委与文广新局召开座谈会')).toEqual([]);
  });
});

describe('a party visiting its liaison units', () => {
  it.each([
    ['民革白石省委会走访对口联系单位白石省司法厅。', ['department:白石省司法厅→民革白石省委会']],
    ['民革某市委会副主委带队，围绕对口联系工作走访市司法局。', ['department:市司法局→民革某市委会']],
    ['农工党某省委会先后前往省环境保护厅、省卫生健康委等省政府对口部门调研座谈。', ['department:省环境保护厅/省卫生健康委→农工党某省委会']],
  ])('reads %s', (text, expected) => {
    expect(readAssignments(text)).toEqual(expected);
  });

  it('reads a visit with 到, and departments visiting the party', () => {
    expect(readAssignments('民盟青岚市委会到市教育局走访，交流对口联系工作。')).toEqual(['department:市教育局→民盟青岚市委会']);
    expect(readAssignments('青岚市侨办领导走访致公党青岚市委会，双方就对口联系工作交流。')).toEqual([
      'department:青岚市侨办→致公党青岚市委会',
    ]);
  });

  it('reads a visit led by the party’s officers, whose titles name the party again', () => {
    expect(
      readAssignments('民革白石省委副主委、民革青岚市委主委张某带领机关干部，赴青岚市民政局、市司法局等2个市政府对口联系部门进行走访。'),
    ).toEqual(['department:青岚市民政局/市司法局→民革白石省委']);
  });

  it('reads the departments a party will do liaison with, named in a later clause of its sentence', () => {
    expect(
      readAssignments(
        '民盟青岚市委将按照《关于加强政府部门与民主党派、工商联对口联系工作的意见》要求，与市教育局、市科技局进一步加强对口联系。',
      ),
    ).toEqual(['department:市教育局/市科技局→民盟青岚市委']);
    expect(readAssignments('民盟青岚市委将与民进青岚市委一道，与市教育局加强对口联系。')).toEqual([]);
  });

  it('reads a visit to 省直对口联系单位 and a meeting with 对口联系单位 named after 与', () => {
    expect(readAssignments('九三学社白石省委会专职副主委带领机关干部走访省直对口联系单位省科技厅并进行座谈。')).toEqual([
      'department:省科技厅→九三学社白石省委会',
    ]);
    expect(readAssignments('民盟青岚市委会主委带领机关干部，与对口联系单位市教育局召开座谈会。')).toEqual([
      'department:市教育局→民盟青岚市委会',
    ]);
  });

  it('reads the unit a visit names when its comma clause ends there', () => {
    expect(readAssignments('民革青岚市委会赴青岚市住建局，开展对口联系调研活动，主委出席。')).toEqual([
      'department:青岚市住建局→民革青岚市委会',
    ]);
    expect(readAssignments('民革青岚市委会赴青岚市住建局，了解城市建设情况。')).toEqual([]);
  });

  it('reads a visit led by an officer whose other offices come before the party', () => {
    expect(readAssignments('市人大常委会副主任、民盟青岚市委主委张某带队走访对口联系单位青岚市交通运输局。')).toEqual([
      'department:青岚市交通运输局→民盟青岚市委',
    ]);
    expect(readAssignments('市人大常委会副主任、民盟青岚市委主委张某带队走访青岚市交通运输局。')).toEqual([]);
  });

  it('reads the department a party does liaison with as the object of 对口联系, up to 暨', () => {
    expect(readAssignments('民革青岚市委会开展对口联系市住建局暨界别委员视察活动')).toEqual(['department:市住建局→民革青岚市委会']);
    expect(readAssignments('民革青岚市委会开展对口联系工作调研。')).toEqual([]);
  });

  it('reads a visit written with 走进, 深入 or 拜会', () => {
    expect(readAssignments('民盟青岚市委会走进对口联系单位市教育局。')).toEqual(['department:市教育局→民盟青岚市委会']);
    expect(readAssignments('民建青岚市委会拜会对口联系部门市商务局。')).toEqual(['department:市商务局→民建青岚市委会']);
    expect(readAssignments('民建青岚市委会深入市商务局调研企业情况。')).toEqual([]);
  });

  it('reads a visit written with 了, its units named before the label', () => {
    expect(readAssignments('民革青岚市委会主委一行先后走访了市司法局、市民政局等对口联系单位。')).toEqual([
      'department:市司法局/市民政局→民革青岚市委会',
    ]);
    expect(readAssignments('民革青岚市委会走访了对口联系单位市司法局。')).toEqual(['department:市司法局→民革青岚市委会']);
  });

  it('reads a department’s name up to a 联 that begins a word (`联合召开`), and keeps 联 that ends one (市文联)', () => {
    expect(readAssignments('致公党青岚市委会、市外办联合召开对口联系工作会议。')).toEqual(['department:市外办→致公党青岚市委会']);
    expect(readAssignments('市文联与民进青岚市委会召开对口联系座谈会。')).toEqual(['department:市文联→民进青岚市委会']);
  });

  it('reads every unit of a list the sentence goes on after, and takes no short rest for a name cut off', () => {
    expect(readAssignments('民建青岚市委会对口联系单位市教育局、市商务局派员参加。')).toEqual([
      'department:市教育局/市商务局→民建青岚市委会',
    ]);
    expect(readStatement('民建青岚市委会对口联系单位市教育局、市商务局派员参加。').unfinished).toBe(false);
  });

  it('reads no visit in 受到 or 得到', () => {
    expect(readAssignments('民盟青岚市委会受到市教育局表彰，对口联系工作成效明显。')).toEqual([]);
  });

  it('reads a visit whose next sentence says both sides spoke of their liaison', () => {
    expect(readAssignments('民革青岚市委会走访市司法局。双方就对口联系工作进行了交流。')).toEqual(['department:市司法局→民革青岚市委会']);
    expect(readAssignments('民盟青岚市委会与市教育局召开座谈会。会上，双方表示要深化对口联系。')).toEqual([
      'department:市教育局→民盟青岚市委会',
    ]);
  });

  it('reads no pair when the next sentence is about something else or about another party', () => {
    expect(readAssignments('民革青岚市委会走访市司法局。双方就法治建设进行了交流。')).toEqual([]);
    expect(readAssignments('民革青岚市委会走访市司法局。民盟青岚市委会也将深化对口联系。')).toEqual([]);
  });

  it('reads no pair for a visit in a sentence that does not speak of liaison', () => {
    expect(readAssignments('民革某市委会走访市司法局，了解法治建设情况。')).toEqual([]);
  });
});

describe('departments listed with 等部门 before the verb of liaison', () => {
  it('reads the named departments toward the party', () => {
    expect(readAssignments('市财政局、市审计局等部门对口联系民建市委。')).toEqual(['department:市财政局/市审计局→民建市委']);
  });
});

describe('a report in traditional script, as mirror sites copy it', () => {
  it('reads the liaison and gives the names and the line back as the copy writes them', () => {
    expect(pairsOf('標題\n民革天津市委會與天津市司法局在對口聯繫中形成了有效工作機制。')).toEqual(['2 天津市司法局→民革 (formal)']);
  });

  it('reads a copy with a pinyin reading after characters, keeping the line as written', () => {
    const text = '湘潭市衛(wèi)生局是農(nóng)工黨湘潭市委的對口聯(lián)系單位。';
    const [liaison] = toNoticeJson(parseNotice(text)).liaisons;
    expect(liaison?.from).toBe('湘潭市衛生局');
    expect(liaison?.counterpart).toBe('农工党');
    expect(liaison?.text).toBe(text);
  });

  it('leaves a text in simplified script as written, even where a character has a traditional form', () => {
    expect(pairsOf('市财政局联系民建市委。')).toEqual(['1 市财政局→民建 (formal)']);
  });
});

describe('liaison units a report lists in parentheses', () => {
  it('reads the units as written toward the one party the paragraph names', () => {
    expect(
      readAssignments(
        '12月16日，青岚市委召开了农工党青岚市委与有关单位的对口联系恳谈会。到会的有青岚市委的3个对口联系单位（卫生局、教育局、环保局），以及骨干党员所在单位。',
      ),
    ).toEqual(['department:卫生局/教育局/环保局→农工党青岚市委']);
  });

  it('reads nothing when the paragraph names two parties, or the parentheses hold no names', () => {
    expect(readAssignments('民盟青岚市委和民进青岚市委的对口联系单位（卫生局、教育局）参加了会议。')).toEqual([]);
    expect(readAssignments('农工党青岚市委的对口联系单位（共6家）参加了会议。')).toEqual([]);
  });
});

describe('sentences that end with ! or ?', () => {
  it('reads the arrangement before a stray ?! as a sentence of its own', () => {
    expect(readAssignments('新增省扶贫移民局联系民建白石省委?!乱码文字、省直有关部门与民主党派对口联系工作作出安排。')).toEqual([
      'department:省扶贫移民局→民建白石省委',
    ]);
  });
});

describe('a report’s headline above its first paragraph', () => {
  it('reads no pair from a headline visit without a word of liaison, though the paragraph below has one', () => {
    const text = [
      '民盟青岚市委会主委王某带队走访市教育局',
      '  5月8日，民盟青岚市委会主委王某带领机关干部走访对口联系单位市教育局，与局长李某座谈交流。',
    ].join('\n');
    expect(pairsOf(text)).toEqual(['2 市教育局→民盟 (formal)']);
  });

  it('still joins a headline-like fragment with the short line that completes it', () => {
    expect(pairsOf(['副市长江川联', '系民革青岚市委。'].join('\n'))).toEqual(['1 江川→民革 (formal)']);
  });
});

describe('a committee shortened to the party’s last character, as reports write it', () => {
  it.each([
    ['盟市委主委王某带队走访对口联系单位市司法局。', ['department:市司法局→盟市委']],
    ['社市委主委王某带队走访对口联系单位市科技局。', ['department:市科技局→社市委']],
    ['5月8日，社省委会走访对口联系单位省科技厅。', ['department:省科技厅→社省委会']],
    ['市科技局是社市委的对口联系单位。', ['department:市科技局→社市委']],
    ['盟区委与区教育局召开对口联系座谈会。', ['department:区教育局→盟区委']],
  ])('reads %s', (text, expected) => {
    expect(readAssignments(text)).toEqual(expected);
  });

  it('reads the shortened committee as its party', () => {
    expect(pairsOf('社市委主委王某带队走访对口联系单位市科技局。')).toEqual(['1 市科技局→九三学社 (formal)']);
    expect(pairsOf('盟市委走访对口联系单位市教育局。')).toEqual(['1 市教育局→民盟 (formal)']);
  });

  it('keeps 台盟市委, 合作社, 社区 and the Party committees of leagues and cities as they are', () => {
    expect(pairsOf('台盟市委走访对口联系单位市台办。')).toEqual(['1 市台办→台盟 (formal)']);
    expect(readAssignments('合作社市委走访对口联系单位市农业局。')).toEqual([]);
    expect(readAssignments('社区委员会走访对口联系单位市民政局。')).toEqual([]);
    expect(readAssignments('自治区各盟市委统战部走访对口联系单位市司法局。')).toEqual([]);
  });
});

describe('a unit named only in the sentence after the one on the party’s liaison work', () => {
  it.each([
    ['民盟青岚市委会开展对口联系工作。主委王某带队走访了市司法局。', ['department:市司法局→民盟青岚市委会']],
    [
      '5月8日，社市委开展对口联系走访活动。主委王某一行先后走访了市科技局、市教育局，与局领导座谈交流。',
      ['department:市科技局/市教育局→社市委'],
    ],
    ['民进青岚市委会开展对口联系调研。副主委李某一行赴市文广局座谈交流。', ['department:市文广局→民进青岚市委会']],
  ])('reads %s', (text, expected) => {
    expect(readAssignments(text)).toEqual(expected);
  });

  it('reads no unit that speaks, attends or is visited by others', () => {
    expect(readAssignments('民盟青岚市委会召开对口联系工作座谈会。市司法局副局长李某介绍了工作情况。')).toEqual([]);
    expect(readAssignments('民盟青岚市委会召开对口联系工作座谈会。会后，与会人员走访了市图书馆。')).toEqual([]);
    expect(readAssignments('民盟青岚市委会召开对口联系工作座谈会。民进青岚市委会主委走访了市司法局。')).toEqual([]);
    expect(readAssignments('民盟青岚市委会开展对口联系工作。副主委李某应邀参加会议并走访了市司法局。')).toEqual([]);
    expect(readAssignments('各民主党派开展对口联系工作。民盟青岚市委会主委走访了市司法局。')).toEqual([]);
  });
});

describe('a party’s committee named by place and level alone after the party was named', () => {
  it('reads 市委会 and place + 市委会 as the one party the paragraph named before', () => {
    expect(pairsOf('民盟青岚市委会召开全委会。青岚市委会主委王某带队走访对口联系单位市司法局。')).toEqual(['1 市司法局→民盟 (formal)']);
    expect(pairsOf('中国民主同盟青岚市委员会召开全委会。会上，主委王某表示，市委会对口联系单位市司法局给予了支持。')).toEqual([
      '1 市司法局→民盟 (formal)',
    ]);
  });

  it('reads place + 市委 when the paragraph wrote it after the party before', () => {
    expect(pairsOf('农工党青岚市委召开会议。市卫健委是青岚市委的对口联系单位。')).toEqual(['1 市卫健委→农工党 (formal)']);
  });

  it('reads no Party committee, and no committee after two parties or none', () => {
    expect(readAssignments('民盟青岚市委会召开会议。市委书记走访了对口联系单位市司法局。')).toEqual([]);
    expect(readAssignments('民盟青岚市委会召开会议。中共青岚市委会见了对口联系单位市司法局。')).toEqual([]);
    expect(readAssignments('民盟、民进青岚市委会召开会议。市委会对口联系单位市司法局参加。')).toEqual([]);
    expect(readAssignments('青岚市委会对口联系单位市司法局参加。')).toEqual([]);
    expect(readAssignments('青岚市委召开会议。市卫健委是青岚市委的对口联系单位。')).toEqual([]);
  });

  it('keeps a place that begins with 和 as part of the party’s name', () => {
    expect(readAssignments('区民政局联系民革和平区委会。')).toEqual(['department:区民政局→民革和平区委会']);
  });
});

describe('a department’s officers visiting the party they liaise with', () => {
  it.each([
    ['市文广局副局长李某一行到民进青岚市委会开展对口联系座谈。', ['department:市文广局→民进青岚市委会']],
    ['市文广局局长李某一行赴民进青岚市委会开展对口联系座谈。', ['department:市文广局→民进青岚市委会']],
    ['市侨办副主任王某一行前往致公党青岚市委会，双方就对口联系工作交流。', ['department:市侨办→致公党青岚市委会']],
  ])('reads the department without its officer: %s', (text, expected) => {
    expect(readAssignments(text)).toEqual(expected);
  });

  it('reads no visit that does not speak of liaison', () => {
    expect(readAssignments('市文广局局长李某一行赴民进青岚市委会调研。')).toEqual([]);
  });
});
