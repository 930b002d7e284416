/** The notice parser (text → liaisons with their lines) and the loader that writes a parsed notice into the graph. */
export { decodeNoticeBytes } from './encoding.ts';
export { loadNotice, type NoticeLoadSummary } from './load-notice.ts';
export { isGraphEmpty, loadSeed, type SeedSummary } from './load-seed.ts';
export type { Assignment, ParsedLiaison, ParsedNotice } from './model.ts';
export { toNoticeJson, type NoticeJson } from './notice-json.ts';
export { parseNotice, type ParseNoticeOptions } from './parse-notice.ts';
export { readStatement } from './read-statement.ts';
export { normaliseWording } from './readers/statement-wording.ts';
export { readDepartments, readLeader, readLeaders } from './readers/subject-names.ts';
export { readReferenceNames } from './reference-names.ts';
export {
  endLiaison,
  LIAISON_KINDS,
  stateLiaison,
  type LiaisonEnding,
  type LiaisonKindName,
  type LiaisonState,
  type LiaisonStatement,
} from './state-liaison.ts';
