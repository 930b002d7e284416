import type { JurisdictionDesign } from './jurisdiction-design.ts';

/** The date as a notice writes it: 2022年12月1日. */
function chineseDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/**
 * The jurisdiction's liaison notice, laid out as real notices are (the seed's 资府办函〔2022〕65号):
 * number, issuer and title, a body, then annex 1 (the leaders) and annex 2 (the departments). It is
 * read by the same parser as a real notice, so a generated world exercises the real ingest path.
 */
export function noticeText(design: JurisdictionDesign, mayor: string): string {
  const level = design.level;
  const lines = [
    design.notice.number,
    '',
    `${design.name}人民政府办公室`,
    '关于进一步加强同民主党派、工商联对口联系的通知',
    '',
    '各有关单位：',
    `为进一步加强${level}政府及有关部门同民主党派、工商联的对口联系，现将对口联系安排通知如下。`,
    `${level}政府每年举行1—2次民主党派负责人参加的座谈会，会议由${level}长或常务副${level}长主持。`,
    '',
    `附件：1．${level}政府领导与民主党派、工商联对口联系安排`,
    `2．${level}级有关部门与民主党派、工商联对口联系安排`,
    '',
    `${design.name}人民政府办公室`,
    chineseDate(design.notice.issued),
    '附件1',
    '',
    `${level}政府领导与民主党派、工商联对口联系安排`,
    '',
    `${mayor}同志负责听取民主党派、工商联对${level}政府重大决策的意见、建议和民主协商工作`,
    ...design.leaders.map((leader) => `${leader.name}同志负责联系${leader.counterparts.join('、')}`),
    '附件2',
    '',
    `${level}级有关部门与民主党派、工商联对口联系安排`,
    '',
    ...design.departments.map((department) => `${department.name}联系${department.formal.join('、')}`),
    '',
  ];
  return lines.join('\n');
}
