/** The vocabulary of the domain, shared by the parser, records, review and report. */
export {
  COLLECTIVE_PARTY_TERMS,
  comparePartyNames,
  PARTY_DEFINITIONS,
  PARTY_NAMES,
  partyContainedIn,
  partyDefinition,
  type CounterpartCategory,
  type PartyDefinition,
  type PartyName,
} from './parties.ts';
export {
  ACTIVITY_KINDS,
  chineseTerm,
  chineseTerms,
  DOCUMENT_KINDS,
  enumerationValue,
  LEADER_TITLES,
  leaderTitleKind,
  ORGANISATION_TYPES,
  ROLE_KINDS,
  roleTitlesOf,
  type EnumerationDefinition,
} from './kinds.ts';
export {
  builtInOffices,
  DEFAULT_JURISDICTION,
  GOVERNMENT_OFFICES_OF_EVERY_LEVEL,
  governmentOfficesOf,
  JURISDICTION_LEVELS,
  jurisdictionLevel,
  officesOf,
  reportOfficesOf,
  type JurisdictionLevel,
  type JurisdictionOffices,
  type OfficeDefinition,
} from './jurisdictions.ts';
export { entityKey } from './keys.ts';
export { SAMPLE_DATASET, SAMPLE_WORKBOOK_PATH } from './datasets.ts';
