/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ActivityKind =
  /** 情况通报会 */
  | 'BRIEFING'
  /** 庆典 */
  | 'CELEBRATION'
  /** 表彰 */
  | 'COMMENDATION'
  /** 委托调研 */
  | 'COMMISSIONED_RESEARCH'
  /** 行风评议 (R10) */
  | 'CONDUCT_REVIEW'
  /** 征求意见 (R10) */
  | 'CONSULTATION'
  /** 常务会议 */
  | 'EXECUTIVE_MEETING'
  /** 考察调研 */
  | 'FIELD_RESEARCH'
  /** 检查 */
  | 'INSPECTION'
  /** 视察 */
  | 'INSPECTION_VISIT'
  /** 联席会议 (R7) */
  | 'JOINT_MEETING'
  /** 执法检查 (R10) */
  | 'LAW_ENFORCEMENT_INSPECTION'
  /** 其他 */
  | 'OTHER'
  /** 全体（扩大）会议 */
  | 'PLENARY'
  /** 座谈会: symposium with party heads (R1) */
  | 'SYMPOSIUM'
  /** 专题会议 */
  | 'THEMATIC_MEETING';

export type ActivityRecordInput = {
  chair?: Array<string> | null | undefined;
  counterparts?: Array<string> | null | undefined;
  date?: string | null | undefined;
  id?: string | null | undefined;
  kind?: string | null | undefined;
  organiser?: Array<string> | null | undefined;
  participants?: Array<string> | null | undefined;
  title?: string | null | undefined;
};

export type DocumentKind =
  /** 年度工作总结 (R8) */
  | 'ANNUAL_SUMMARY'
  /** 重要简报 (R3) */
  | 'BRIEF'
  /** 通知 */
  | 'NOTICE'
  /** 其他 */
  | 'OTHER'
  /** 刊物 (R3) */
  | 'PERIODICAL'
  /** 政策性文件 (R2) */
  | 'POLICY'
  /** 政策法规性文件 (R3) */
  | 'REGULATORY'
  /** 工作计划 (R8) */
  | 'WORK_PLAN';

export type DocumentRecordInput = {
  issuedAt?: string | null | undefined;
  issuer?: string | null | undefined;
  kind?: string | null | undefined;
  number?: string | null | undefined;
  recipients?: Array<string> | null | undefined;
  title?: string | null | undefined;
  year?: number | null | undefined;
};

export type LeaderTitle =
  /** 常务副市长 */
  | 'EXECUTIVE_VICE_MAYOR'
  /** 市长 */
  | 'MAYOR'
  /** 副市长 */
  | 'VICE_MAYOR';

export type LiaisonEndingInput = {
  counterpart: string;
  from: string;
  jurisdiction: string;
  kind: LiaisonKind;
  /** Only the liaison this document states (default: every one in force between the two). */
  sourceDocument?: string | null | undefined;
  /** Last day in force (YYYY-MM-DD). */
  validTo: string;
};

export type LiaisonKind =
  /** A named pairing stated by a document (an annex line). */
  | 'FORMAL'
  /** A duty toward every counterpart (e.g. hearing all parties' views), not a named pairing. */
  | 'GENERAL'
  /** An informal working contact (section 二 of the notice). */
  | 'WORKING_CONTACT';

export type LiaisonStatementInput = {
  /** A counterpart's name, alias or party (民盟). */
  counterpart: string;
  /** A leader's or department's name or alias in the jurisdiction. */
  from: string;
  jurisdiction: string;
  kind: LiaisonKind;
  /** The 文号 of a document of the jurisdiction already in the graph. */
  sourceDocument: string;
  /** 1-based line of that document's text. */
  sourceLine: number;
  sourceText?: string | null | undefined;
  /** First day in force (YYYY-MM-DD); the document's issue date by default. */
  validFrom?: string | null | undefined;
};

export type PersonRecordInput = {
  from?: string | null | undefined;
  name?: string | null | undefined;
  organisation?: string | null | undefined;
  party?: string | null | undefined;
  role?: string | null | undefined;
  section?: string | null | undefined;
  to?: string | null | undefined;
};

/** Where a recorded fact belongs: its dataset (default: graphql) and the jurisdiction its names resolve in (default 资阳市). */
export type RecordTarget = {
  dataset?: string | null | undefined;
  jurisdiction?: string | null | undefined;
};

/** What kind of record a piece of review evidence is. */
export type ReviewEvidenceKind =
  | 'ACTIVITY'
  | 'DOCUMENT'
  | 'LIAISON'
  | 'ROLE';

export type RoleKind =
  /** 常务副市长 */
  | 'EXECUTIVE_VICE_MAYOR'
  /** 主要负责人: a department's head */
  | 'HEAD'
  /** 分管领导: the department leader in charge of liaison work */
  | 'LEADER_IN_CHARGE'
  /** 联络人员: the department's liaison officer */
  | 'LIAISON_OFFICER'
  /** 市长 (a leader's title at 市政府) */
  | 'MAYOR'
  /** 成员: a member (of a party when held at a counterpart) */
  | 'MEMBER'
  /** 特约监督员: a party member engaged by a department */
  | 'SPECIAL_SUPERVISOR'
  /** 副市长 */
  | 'VICE_MAYOR';

export type CounterpartYearQueryVariables = Exact<{
  name: string;
  year: number;
}>;


export type CounterpartYearQuery = { counterpartYear: { counterpart: string, party: string, fullName: string | null, jurisdiction: string, year: number, activities: Array<{ key: string, date: string, kind: ActivityKind, title: string, organisers: Array<string> }>, documentsReceived: Array<{ number: string, title: string | null, kind: DocumentKind | null, issuedAt: string | null, issuer: string | null }>, gaps: Array<{ rule: string, subject: string, missing: Array<string>, detail: string, detailZh: string }> } };

export type CounterpartDetailQueryVariables = Exact<{
  key: string;
}>;


export type CounterpartDetailQuery = { counterparts: Array<{ name: string, fullName: string | null, aliases: Array<string>, liaisonLeadersConnection: { edges: Array<{ properties: { kind: LiaisonKind, validFrom: string | null, validTo: string | null, sourceDocument: string | null, sourceLine: number | null, sourceText: string | null }, node: { name: string, title: LeaderTitle | null } }> }, liaisonDepartmentsConnection: { edges: Array<{ properties: { kind: LiaisonKind, validFrom: string | null, validTo: string | null, sourceDocument: string | null, sourceLine: number | null, sourceText: string | null }, node: { name: string, fullName: string | null } }> }, roles: Array<{ key: string, kind: RoleKind, section: string | null, validFrom: string | null, validTo: string | null, holder: Array<
        | { name: string }
        | { name: string }
      > }> }> };

export type DatasetsQueryVariables = Exact<{ [key: string]: never; }>;


export type DatasetsQuery = { datasets: Array<{ name: string, source: string | null, importedAt: string | null, organisations: number | null, people: number | null, roles: number | null, activities: number | null, documents: number | null }> };

export type RemoveDatasetMutationVariables = Exact<{
  name: string;
}>;


export type RemoveDatasetMutation = { removeDataset: { dataset: string, deleted: number, kept: number } };

export type DepartmentDetailQueryVariables = Exact<{
  key: string;
}>;


export type DepartmentDetailQuery = { departments: Array<{ name: string, fullName: string | null, aliases: Array<string>, liaisonsConnection: { edges: Array<{ properties: { kind: LiaisonKind, validFrom: string | null, validTo: string | null, sourceDocument: string | null, sourceLine: number | null, sourceText: string | null }, node: { name: string, party: string } }> }, roles: Array<{ key: string, kind: RoleKind, section: string | null, validFrom: string | null, validTo: string | null, holder: Array<
        | { name: string }
        | { name: string }
      >, party: Array<{ name: string }> }>, activitiesOrganised: Array<{ key: string, date: string, kind: ActivityKind, title: string, counterparts: Array<{ name: string }> }>, documentsIssued: Array<{ number: string, title: string | null, kind: DocumentKind | null, year: number | null, issuedAt: string | null, recipients: Array<
        | { name: string }
        | { name: string }
        | { name: string }
      > }>, documentsReceived: Array<{ number: string, title: string | null, kind: DocumentKind | null, year: number | null, issuedAt: string | null, issuer: string | null }> }> };

export type ImportRecordsFileMutationVariables = Exact<{
  fileName: string;
  contentBase64: string;
  dataset?: string | null | undefined;
  jurisdiction?: string | null | undefined;
  dryRun?: boolean | null | undefined;
}>;


export type ImportRecordsFileMutation = { importRecordsFile: { ok: boolean, dryRun: boolean, dataset: string, errors: Array<{ sheet: string, row: number | null, column: string | null, value: string | null, message: string }>, counts: Array<{ kind: string, created: number, updated: number, unchanged: number, removed: number }> } };

export type JurisdictionsQueryVariables = Exact<{ [key: string]: never; }>;


export type JurisdictionsQuery = { jurisdictions: Array<{ name: string, parent: Array<{ name: string }> }> };

export type DefaultJurisdictionQueryVariables = Exact<{ [key: string]: never; }>;


export type DefaultJurisdictionQuery = { liaisonMatrix: { jurisdiction: string } };

export type VerifyTokenQueryVariables = Exact<{ [key: string]: never; }>;


export type VerifyTokenQuery = { jurisdictions: Array<{ name: string }> };

export type LiaisonSourcesQueryVariables = Exact<{
  jurisdiction: string;
}>;


export type LiaisonSourcesQuery = { jurisdictions: Array<{ documents: Array<{ number: string, title: string | null, issuedAt: string | null, liaisonCount: number }> }> };

export type StateLiaisonMutationVariables = Exact<{
  liaison: LiaisonStatementInput;
}>;


export type StateLiaisonMutation = { stateLiaison: { from: string, fromKind: string, counterpart: string, kind: LiaisonKind, sourceDocument: string, sourceLine: number | null, validFrom: string | null, validTo: string | null } };

export type EndLiaisonMutationVariables = Exact<{
  ending: LiaisonEndingInput;
}>;


export type EndLiaisonMutation = { endLiaison: Array<{ from: string, counterpart: string, kind: LiaisonKind, sourceDocument: string, validTo: string | null }> };

export type NetworkQueryVariables = Exact<{
  jurisdiction: string;
}>;


export type NetworkQuery = { leaders: Array<{ name: string, liaisonsConnection: { edges: Array<{ properties: { kind: LiaisonKind, validFrom: string | null, validTo: string | null }, node: { name: string } }> } }>, departments: Array<{ name: string, liaisonsConnection: { edges: Array<{ properties: { kind: LiaisonKind, validFrom: string | null, validTo: string | null }, node: { name: string } }> } }>, counterparts: Array<{ name: string, party: string }> };

export type LiaisonPathsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type LiaisonPathsQuery = { liaisonPaths: Array<{ length: number, nodes: Array<{ label: string, name: string }>, steps: Array<{ relationship: string, label: string, from: { label: string, name: string }, to: { label: string, name: string } }> }> };

export type OverviewQueryVariables = Exact<{
  jurisdiction: string;
  year: number;
  asOf: string;
}>;


export type OverviewQuery = { liaisonMatrix: { jurisdiction: string, asOf: string, departments: Array<string>, counterparts: Array<string>, cells: Array<{ department: string, counterpart: string, kind: LiaisonKind | null, validFrom: string | null, sourceDocument: string | null, sourceLine: number | null }> }, coverageReport: { jurisdiction: string, year: number, asOf: string, rules: Array<{ id: string, clause: string, title: string, satisfied: boolean, checked: number, gaps: Array<{ subject: string, missing: Array<string> }> }> } };

export type MonthlyCountsQueryVariables = Exact<{
  jurisdiction: string;
  from: string;
  to: string;
}>;


export type MonthlyCountsQuery = { activities: Array<{ date: string }>, documents: Array<{ issuedAt: string | null }> };

export type RecordActivityMutationVariables = Exact<{
  activity: ActivityRecordInput;
  target?: RecordTarget | null | undefined;
}>;


export type RecordActivityMutation = { recordActivity: { ok: boolean, dataset: string, errors: Array<{ sheet: string, row: number | null, column: string | null, message: string, value: string | null }> } };

export type EntryChoicesQueryVariables = Exact<{
  jurisdiction: string;
}>;


export type EntryChoicesQuery = { offices: Array<{ name: string }>, departments: Array<{ name: string }>, counterparts: Array<{ name: string }>, leaders: Array<{ name: string }> };

export type DocumentForEntryQueryVariables = Exact<{
  number: string;
}>;


export type DocumentForEntryQuery = { documents: Array<{ number: string, title: string | null, issuer: string | null, issuedAt: string | null, kind: DocumentKind | null, year: number | null, dataset: string | null, issuedBy: Array<
      | { name: string }
      | { name: string }
      | { name: string }
    >, recipients: Array<
      | { name: string }
      | { name: string }
      | { name: string }
    > }> };

export type RecordDocumentMutationVariables = Exact<{
  document: DocumentRecordInput;
  target?: RecordTarget | null | undefined;
}>;


export type RecordDocumentMutation = { recordDocument: { ok: boolean, dataset: string, errors: Array<{ sheet: string, row: number | null, column: string | null, message: string, value: string | null }> } };

export type RecordPersonRoleMutationVariables = Exact<{
  person: PersonRecordInput;
  target?: RecordTarget | null | undefined;
}>;


export type RecordPersonRoleMutation = { recordPersonRole: { ok: boolean, dataset: string, errors: Array<{ sheet: string, row: number | null, column: string | null, message: string, value: string | null }> } };

export type ReviewQueryVariables = Exact<{
  jurisdiction: string;
  year: number;
  asOf?: string | null | undefined;
}>;


export type ReviewQuery = { coverageReport: { jurisdiction: string, year: number, asOf: string, generatedAt: string, rules: Array<{ id: string, clause: string, title: string, satisfied: boolean, checked: number, gaps: Array<{ subject: string, missing: Array<string>, detail: string, detailZh: string, evidence: Array<{ kind: ReviewEvidenceKind, key: string, label: string, date: string | null, dataset: string | null, sourceSheet: string | null, sourceRow: number | null, sourceDocument: string | null, sourceLine: number | null, note: string | null, noteZh: string | null }> }> }> } };

export type SearchQueryVariables = Exact<{
  text: string;
  jurisdiction?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ kind: string, name: string, fullName: string | null, score: number }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const CounterpartYearDocument = new TypedDocumentString(`
    query CounterpartYear($name: String!, $year: Int!) {
  counterpartYear(name: $name, year: $year) {
    counterpart
    party
    fullName
    jurisdiction
    year
    activities {
      key
      date
      kind
      title
      organisers
    }
    documentsReceived {
      number
      title
      kind
      issuedAt
      issuer
    }
    gaps {
      rule
      subject
      missing
      detail
      detailZh
    }
  }
}
    `) as unknown as TypedDocumentString<CounterpartYearQuery, CounterpartYearQueryVariables>;
export const CounterpartDetailDocument = new TypedDocumentString(`
    query CounterpartDetail($key: String!) {
  counterparts(where: {key: {eq: $key}}) {
    name
    fullName
    aliases
    liaisonLeadersConnection(sort: [{node: {name: ASC}}]) {
      edges {
        properties {
          kind
          validFrom
          validTo
          sourceDocument
          sourceLine
          sourceText
        }
        node {
          name
          title
        }
      }
    }
    liaisonDepartmentsConnection(sort: [{node: {name: ASC}}]) {
      edges {
        properties {
          kind
          validFrom
          validTo
          sourceDocument
          sourceLine
          sourceText
        }
        node {
          name
          fullName
        }
      }
    }
    roles {
      key
      kind
      section
      validFrom
      validTo
      holder {
        ... on Person {
          name
        }
        ... on Leader {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CounterpartDetailQuery, CounterpartDetailQueryVariables>;
export const DatasetsDocument = new TypedDocumentString(`
    query Datasets {
  datasets(sort: [{importedAt: DESC}]) {
    name
    source
    importedAt
    organisations
    people
    roles
    activities
    documents
  }
}
    `) as unknown as TypedDocumentString<DatasetsQuery, DatasetsQueryVariables>;
export const RemoveDatasetDocument = new TypedDocumentString(`
    mutation RemoveDataset($name: String!) {
  removeDataset(name: $name) {
    dataset
    deleted
    kept
  }
}
    `) as unknown as TypedDocumentString<RemoveDatasetMutation, RemoveDatasetMutationVariables>;
export const DepartmentDetailDocument = new TypedDocumentString(`
    query DepartmentDetail($key: String!) {
  departments(where: {key: {eq: $key}}) {
    name
    fullName
    aliases
    liaisonsConnection(sort: [{node: {name: ASC}}]) {
      edges {
        properties {
          kind
          validFrom
          validTo
          sourceDocument
          sourceLine
          sourceText
        }
        node {
          name
          party
        }
      }
    }
    roles {
      key
      kind
      section
      validFrom
      validTo
      holder {
        ... on Person {
          name
        }
        ... on Leader {
          name
        }
      }
      party {
        name
      }
    }
    activitiesOrganised(sort: [{date: ASC}]) {
      key
      date
      kind
      title
      counterparts {
        name
      }
    }
    documentsIssued(sort: [{issuedAt: ASC}]) {
      number
      title
      kind
      year
      issuedAt
      recipients {
        ... on Office {
          name
        }
        ... on Department {
          name
        }
        ... on Counterpart {
          name
        }
      }
    }
    documentsReceived(sort: [{issuedAt: ASC}]) {
      number
      title
      kind
      year
      issuedAt
      issuer
    }
  }
}
    `) as unknown as TypedDocumentString<DepartmentDetailQuery, DepartmentDetailQueryVariables>;
export const ImportRecordsFileDocument = new TypedDocumentString(`
    mutation ImportRecordsFile($fileName: String!, $contentBase64: String!, $dataset: String, $jurisdiction: String, $dryRun: Boolean) {
  importRecordsFile(
    fileName: $fileName
    contentBase64: $contentBase64
    dataset: $dataset
    jurisdiction: $jurisdiction
    dryRun: $dryRun
  ) {
    ok
    dryRun
    dataset
    errors {
      sheet
      row
      column
      value
      message
    }
    counts {
      kind
      created
      updated
      unchanged
      removed
    }
  }
}
    `) as unknown as TypedDocumentString<ImportRecordsFileMutation, ImportRecordsFileMutationVariables>;
export const JurisdictionsDocument = new TypedDocumentString(`
    query Jurisdictions {
  jurisdictions(sort: [{name: ASC}]) {
    name
    parent {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<JurisdictionsQuery, JurisdictionsQueryVariables>;
export const DefaultJurisdictionDocument = new TypedDocumentString(`
    query DefaultJurisdiction {
  liaisonMatrix(asOf: "1900-01-01") {
    jurisdiction
  }
}
    `) as unknown as TypedDocumentString<DefaultJurisdictionQuery, DefaultJurisdictionQueryVariables>;
export const VerifyTokenDocument = new TypedDocumentString(`
    query VerifyToken {
  jurisdictions(limit: 1) {
    name
  }
}
    `) as unknown as TypedDocumentString<VerifyTokenQuery, VerifyTokenQueryVariables>;
export const LiaisonSourcesDocument = new TypedDocumentString(`
    query LiaisonSources($jurisdiction: String!) {
  jurisdictions(where: {name: {eq: $jurisdiction}}) {
    documents(sort: [{liaisonCount: DESC}, {issuedAt: DESC}]) {
      number
      title
      issuedAt
      liaisonCount
    }
  }
}
    `) as unknown as TypedDocumentString<LiaisonSourcesQuery, LiaisonSourcesQueryVariables>;
export const StateLiaisonDocument = new TypedDocumentString(`
    mutation StateLiaison($liaison: LiaisonStatementInput!) {
  stateLiaison(liaison: $liaison) {
    from
    fromKind
    counterpart
    kind
    sourceDocument
    sourceLine
    validFrom
    validTo
  }
}
    `) as unknown as TypedDocumentString<StateLiaisonMutation, StateLiaisonMutationVariables>;
export const EndLiaisonDocument = new TypedDocumentString(`
    mutation EndLiaison($ending: LiaisonEndingInput!) {
  endLiaison(ending: $ending) {
    from
    counterpart
    kind
    sourceDocument
    validTo
  }
}
    `) as unknown as TypedDocumentString<EndLiaisonMutation, EndLiaisonMutationVariables>;
export const NetworkDocument = new TypedDocumentString(`
    query Network($jurisdiction: String!) {
  leaders(
    where: {jurisdiction: {some: {name: {eq: $jurisdiction}}}}
    sort: [{name: ASC}]
  ) {
    name
    liaisonsConnection {
      edges {
        properties {
          kind
          validFrom
          validTo
        }
        node {
          name
        }
      }
    }
  }
  departments(
    where: {jurisdiction: {some: {name: {eq: $jurisdiction}}}}
    sort: [{name: ASC}]
  ) {
    name
    liaisonsConnection {
      edges {
        properties {
          kind
          validFrom
          validTo
        }
        node {
          name
        }
      }
    }
  }
  counterparts(
    where: {jurisdiction: {some: {name: {eq: $jurisdiction}}}}
    sort: [{name: ASC}]
  ) {
    name
    party
  }
}
    `) as unknown as TypedDocumentString<NetworkQuery, NetworkQueryVariables>;
export const LiaisonPathsDocument = new TypedDocumentString(`
    query LiaisonPaths($from: String!, $to: String!) {
  liaisonPaths(from: $from, to: $to, maxHops: 4) {
    length
    nodes {
      label
      name
    }
    steps {
      from {
        label
        name
      }
      to {
        label
        name
      }
      relationship
      label
    }
  }
}
    `) as unknown as TypedDocumentString<LiaisonPathsQuery, LiaisonPathsQueryVariables>;
export const OverviewDocument = new TypedDocumentString(`
    query Overview($jurisdiction: String!, $year: Int!, $asOf: Date!) {
  liaisonMatrix(jurisdiction: $jurisdiction, asOf: $asOf) {
    jurisdiction
    asOf
    departments
    counterparts
    cells {
      department
      counterpart
      kind
      validFrom
      sourceDocument
      sourceLine
    }
  }
  coverageReport(year: $year, jurisdiction: $jurisdiction, asOf: $asOf) {
    jurisdiction
    year
    asOf
    rules {
      id
      clause
      title
      satisfied
      checked
      gaps {
        subject
        missing
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OverviewQuery, OverviewQueryVariables>;
export const MonthlyCountsDocument = new TypedDocumentString(`
    query MonthlyCounts($jurisdiction: String!, $from: Date!, $to: Date!) {
  activities(
    where: {jurisdiction: {some: {name: {eq: $jurisdiction}}}, date: {gte: $from, lte: $to}}
  ) {
    date
  }
  documents(
    where: {jurisdiction: {some: {name: {eq: $jurisdiction}}}, issuedAt: {gte: $from, lte: $to}}
  ) {
    issuedAt
  }
}
    `) as unknown as TypedDocumentString<MonthlyCountsQuery, MonthlyCountsQueryVariables>;
export const RecordActivityDocument = new TypedDocumentString(`
    mutation RecordActivity($activity: ActivityRecordInput!, $target: RecordTarget) {
  recordActivity(activity: $activity, target: $target) {
    ok
    dataset
    errors {
      sheet
      row
      column
      message
      value
    }
  }
}
    `) as unknown as TypedDocumentString<RecordActivityMutation, RecordActivityMutationVariables>;
export const EntryChoicesDocument = new TypedDocumentString(`
    query EntryChoices($jurisdiction: String!) {
  offices(
    where: {jurisdiction: {some: {name: {eq: $jurisdiction}}}}
    sort: [{name: ASC}]
  ) {
    name
  }
  departments(
    where: {jurisdiction: {some: {name: {eq: $jurisdiction}}}}
    sort: [{name: ASC}]
  ) {
    name
  }
  counterparts(
    where: {jurisdiction: {some: {name: {eq: $jurisdiction}}}}
    sort: [{name: ASC}]
  ) {
    name
  }
  leaders(
    where: {jurisdiction: {some: {name: {eq: $jurisdiction}}}}
    sort: [{name: ASC}]
  ) {
    name
  }
}
    `) as unknown as TypedDocumentString<EntryChoicesQuery, EntryChoicesQueryVariables>;
export const DocumentForEntryDocument = new TypedDocumentString(`
    query DocumentForEntry($number: String!) {
  documents(where: {number: {eq: $number}}) {
    number
    title
    issuer
    issuedAt
    kind
    year
    dataset
    issuedBy {
      ... on Office {
        name
      }
      ... on Department {
        name
      }
      ... on Counterpart {
        name
      }
    }
    recipients {
      ... on Office {
        name
      }
      ... on Department {
        name
      }
      ... on Counterpart {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentForEntryQuery, DocumentForEntryQueryVariables>;
export const RecordDocumentDocument = new TypedDocumentString(`
    mutation RecordDocument($document: DocumentRecordInput!, $target: RecordTarget) {
  recordDocument(document: $document, target: $target) {
    ok
    dataset
    errors {
      sheet
      row
      column
      message
      value
    }
  }
}
    `) as unknown as TypedDocumentString<RecordDocumentMutation, RecordDocumentMutationVariables>;
export const RecordPersonRoleDocument = new TypedDocumentString(`
    mutation RecordPersonRole($person: PersonRecordInput!, $target: RecordTarget) {
  recordPersonRole(person: $person, target: $target) {
    ok
    dataset
    errors {
      sheet
      row
      column
      message
      value
    }
  }
}
    `) as unknown as TypedDocumentString<RecordPersonRoleMutation, RecordPersonRoleMutationVariables>;
export const ReviewDocument = new TypedDocumentString(`
    query Review($jurisdiction: String!, $year: Int!, $asOf: Date) {
  coverageReport(year: $year, jurisdiction: $jurisdiction, asOf: $asOf) {
    jurisdiction
    year
    asOf
    generatedAt
    rules {
      id
      clause
      title
      satisfied
      checked
      gaps {
        subject
        missing
        detail
        detailZh
        evidence {
          kind
          key
          label
          date
          dataset
          sourceSheet
          sourceRow
          sourceDocument
          sourceLine
          note
          noteZh
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewQuery, ReviewQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $jurisdiction: String, $limit: Int) {
  search(text: $text, jurisdiction: $jurisdiction, limit: $limit) {
    kind
    name
    fullName
    score
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;