/* eslint-disable */
import * as types from './graphql.ts';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query SeedLeaders($document: String!) {\n    leaders(\n      where: { liaisonsConnection: { some: { edge: { sourceDocument: { eq: $document } } } } }\n      sort: [{ name: ASC }]\n    ) {\n      name\n      title\n      liaisons { name party kind fullName }\n      liaisonsConnection(where: { edge: { sourceDocument: { eq: $document } } }) {\n        edges {\n          properties { kind validFrom validTo sourceDocument sourceLine sourceText }\n          node { name party kind }\n        }\n      }\n    }\n  }\n": typeof types.SeedLeadersDocument,
    "\n  query SeedDepartments($document: String!) {\n    departments(\n      where: { liaisonsConnection: { some: { edge: { sourceDocument: { eq: $document } } } } }\n      sort: [{ name: ASC }]\n    ) {\n      name\n      fullName\n      aliases\n      liaisons { name }\n      liaisonsConnection(where: { edge: { sourceDocument: { eq: $document }, kind: { eq: FORMAL } } }) {\n        edges {\n          properties { kind validFrom sourceLine sourceText }\n          node { name party }\n        }\n      }\n    }\n  }\n": typeof types.SeedDepartmentsDocument,
    "\n  query SeedDocument($document: String!) {\n    documents(where: { number: { eq: $document } }) { number title issuer issuedAt }\n    counterparts(sort: [{ name: ASC }]) { name party kind fullName }\n  }\n": typeof types.SeedDocumentDocument,
    "\n  query WebTestMatrixAndReview($jurisdiction: String!) {\n    liaisonMatrix(jurisdiction: $jurisdiction, asOf: \"2023-12-31\") { departments counterparts cells { department counterpart kind } }\n    coverageReport(year: 2023, jurisdiction: $jurisdiction) {\n      rules { id clause satisfied gaps { subject missing detailZh evidence { label noteZh } } }\n    }\n  }\n": typeof types.WebTestMatrixAndReviewDocument,
    "\n  query WebTestCounterpartLiaisons($key: String!) {\n    counterparts(where: { key: { eq: $key } }) {\n      liaisonLeadersConnection { edges { properties { sourceDocument sourceLine sourceText } node { name } } }\n      liaisonDepartmentsConnection { edges { properties { sourceDocument sourceLine sourceText } node { name } } }\n    }\n    counterpartYear(name: $key, year: 2023) { documentsReceived { number } gaps { rule subject } }\n  }\n": typeof types.WebTestCounterpartLiaisonsDocument,
    "\n  query WebTestDepartmentFacts($key: String!) {\n    departments(where: { key: { eq: $key } }) {\n      liaisonsConnection { edges { properties { kind sourceText } node { name } } }\n      roles { key }\n    }\n  }\n": typeof types.WebTestDepartmentFactsDocument,
    "\n  query WebTestJurisdictionActivities($jurisdiction: String!) {\n    activities(where: { jurisdiction: { some: { name: { eq: $jurisdiction } } } }) { key }\n  }\n": typeof types.WebTestJurisdictionActivitiesDocument,
    "\n  query WebTestDatasetNames {\n    datasets(sort: [{ name: ASC }]) { name }\n  }\n": typeof types.WebTestDatasetNamesDocument,
    "\n  query WebTestMonthlyDates($jurisdiction: String!) {\n    activities(where: { jurisdiction: { some: { name: { eq: $jurisdiction } } }, date: { gte: \"2023-01-01\", lte: \"2023-12-31\" } }) { date }\n    documents(where: { jurisdiction: { some: { name: { eq: $jurisdiction } } }, issuedAt: { gte: \"2023-01-01\", lte: \"2023-12-31\" } }) {\n      issuedAt\n    }\n  }\n": typeof types.WebTestMonthlyDatesDocument,
    "\n  query WebTestNetworkFacts($jurisdiction: String!, $from: String!, $to: String!) {\n    leaders(where: { jurisdiction: { some: { name: { eq: $jurisdiction } } } }) { name }\n    departments(where: { jurisdiction: { some: { name: { eq: $jurisdiction } } } }) { name }\n    counterparts(where: { jurisdiction: { some: { name: { eq: $jurisdiction } } } }) { name }\n    liaisonPaths(from: $from, to: $to, maxHops: 4) { steps { label } }\n  }\n": typeof types.WebTestNetworkFactsDocument,
};
const documents: Documents = {
    "\n  query SeedLeaders($document: String!) {\n    leaders(\n      where: { liaisonsConnection: { some: { edge: { sourceDocument: { eq: $document } } } } }\n      sort: [{ name: ASC }]\n    ) {\n      name\n      title\n      liaisons { name party kind fullName }\n      liaisonsConnection(where: { edge: { sourceDocument: { eq: $document } } }) {\n        edges {\n          properties { kind validFrom validTo sourceDocument sourceLine sourceText }\n          node { name party kind }\n        }\n      }\n    }\n  }\n": types.SeedLeadersDocument,
    "\n  query SeedDepartments($document: String!) {\n    departments(\n      where: { liaisonsConnection: { some: { edge: { sourceDocument: { eq: $document } } } } }\n      sort: [{ name: ASC }]\n    ) {\n      name\n      fullName\n      aliases\n      liaisons { name }\n      liaisonsConnection(where: { edge: { sourceDocument: { eq: $document }, kind: { eq: FORMAL } } }) {\n        edges {\n          properties { kind validFrom sourceLine sourceText }\n          node { name party }\n        }\n      }\n    }\n  }\n": types.SeedDepartmentsDocument,
    "\n  query SeedDocument($document: String!) {\n    documents(where: { number: { eq: $document } }) { number title issuer issuedAt }\n    counterparts(sort: [{ name: ASC }]) { name party kind fullName }\n  }\n": types.SeedDocumentDocument,
    "\n  query WebTestMatrixAndReview($jurisdiction: String!) {\n    liaisonMatrix(jurisdiction: $jurisdiction, asOf: \"2023-12-31\") { departments counterparts cells { department counterpart kind } }\n    coverageReport(year: 2023, jurisdiction: $jurisdiction) {\n      rules { id clause satisfied gaps { subject missing detailZh evidence { label noteZh } } }\n    }\n  }\n": types.WebTestMatrixAndReviewDocument,
    "\n  query WebTestCounterpartLiaisons($key: String!) {\n    counterparts(where: { key: { eq: $key } }) {\n      liaisonLeadersConnection { edges { properties { sourceDocument sourceLine sourceText } node { name } } }\n      liaisonDepartmentsConnection { edges { properties { sourceDocument sourceLine sourceText } node { name } } }\n    }\n    counterpartYear(name: $key, year: 2023) { documentsReceived { number } gaps { rule subject } }\n  }\n": types.WebTestCounterpartLiaisonsDocument,
    "\n  query WebTestDepartmentFacts($key: String!) {\n    departments(where: { key: { eq: $key } }) {\n      liaisonsConnection { edges { properties { kind sourceText } node { name } } }\n      roles { key }\n    }\n  }\n": types.WebTestDepartmentFactsDocument,
    "\n  query WebTestJurisdictionActivities($jurisdiction: String!) {\n    activities(where: { jurisdiction: { some: { name: { eq: $jurisdiction } } } }) { key }\n  }\n": types.WebTestJurisdictionActivitiesDocument,
    "\n  query WebTestDatasetNames {\n    datasets(sort: [{ name: ASC }]) { name }\n  }\n": types.WebTestDatasetNamesDocument,
    "\n  query WebTestMonthlyDates($jurisdiction: String!) {\n    activities(where: { jurisdiction: { some: { name: { eq: $jurisdiction } } }, date: { gte: \"2023-01-01\", lte: \"2023-12-31\" } }) { date }\n    documents(where: { jurisdiction: { some: { name: { eq: $jurisdiction } } }, issuedAt: { gte: \"2023-01-01\", lte: \"2023-12-31\" } }) {\n      issuedAt\n    }\n  }\n": types.WebTestMonthlyDatesDocument,
    "\n  query WebTestNetworkFacts($jurisdiction: String!, $from: String!, $to: String!) {\n    leaders(where: { jurisdiction: { some: { name: { eq: $jurisdiction } } } }) { name }\n    departments(where: { jurisdiction: { some: { name: { eq: $jurisdiction } } } }) { name }\n    counterparts(where: { jurisdiction: { some: { name: { eq: $jurisdiction } } } }) { name }\n    liaisonPaths(from: $from, to: $to, maxHops: 4) { steps { label } }\n  }\n": types.WebTestNetworkFactsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedLeaders($document: String!) {\n    leaders(\n      where: { liaisonsConnection: { some: { edge: { sourceDocument: { eq: $document } } } } }\n      sort: [{ name: ASC }]\n    ) {\n      name\n      title\n      liaisons { name party kind fullName }\n      liaisonsConnection(where: { edge: { sourceDocument: { eq: $document } } }) {\n        edges {\n          properties { kind validFrom validTo sourceDocument sourceLine sourceText }\n          node { name party kind }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SeedLeaders($document: String!) {\n    leaders(\n      where: { liaisonsConnection: { some: { edge: { sourceDocument: { eq: $document } } } } }\n      sort: [{ name: ASC }]\n    ) {\n      name\n      title\n      liaisons { name party kind fullName }\n      liaisonsConnection(where: { edge: { sourceDocument: { eq: $document } } }) {\n        edges {\n          properties { kind validFrom validTo sourceDocument sourceLine sourceText }\n          node { name party kind }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedDepartments($document: String!) {\n    departments(\n      where: { liaisonsConnection: { some: { edge: { sourceDocument: { eq: $document } } } } }\n      sort: [{ name: ASC }]\n    ) {\n      name\n      fullName\n      aliases\n      liaisons { name }\n      liaisonsConnection(where: { edge: { sourceDocument: { eq: $document }, kind: { eq: FORMAL } } }) {\n        edges {\n          properties { kind validFrom sourceLine sourceText }\n          node { name party }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SeedDepartments($document: String!) {\n    departments(\n      where: { liaisonsConnection: { some: { edge: { sourceDocument: { eq: $document } } } } }\n      sort: [{ name: ASC }]\n    ) {\n      name\n      fullName\n      aliases\n      liaisons { name }\n      liaisonsConnection(where: { edge: { sourceDocument: { eq: $document }, kind: { eq: FORMAL } } }) {\n        edges {\n          properties { kind validFrom sourceLine sourceText }\n          node { name party }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedDocument($document: String!) {\n    documents(where: { number: { eq: $document } }) { number title issuer issuedAt }\n    counterparts(sort: [{ name: ASC }]) { name party kind fullName }\n  }\n"): (typeof documents)["\n  query SeedDocument($document: String!) {\n    documents(where: { number: { eq: $document } }) { number title issuer issuedAt }\n    counterparts(sort: [{ name: ASC }]) { name party kind fullName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebTestMatrixAndReview($jurisdiction: String!) {\n    liaisonMatrix(jurisdiction: $jurisdiction, asOf: \"2023-12-31\") { departments counterparts cells { department counterpart kind } }\n    coverageReport(year: 2023, jurisdiction: $jurisdiction) {\n      rules { id clause satisfied gaps { subject missing detailZh evidence { label noteZh } } }\n    }\n  }\n"): (typeof documents)["\n  query WebTestMatrixAndReview($jurisdiction: String!) {\n    liaisonMatrix(jurisdiction: $jurisdiction, asOf: \"2023-12-31\") { departments counterparts cells { department counterpart kind } }\n    coverageReport(year: 2023, jurisdiction: $jurisdiction) {\n      rules { id clause satisfied gaps { subject missing detailZh evidence { label noteZh } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebTestCounterpartLiaisons($key: String!) {\n    counterparts(where: { key: { eq: $key } }) {\n      liaisonLeadersConnection { edges { properties { sourceDocument sourceLine sourceText } node { name } } }\n      liaisonDepartmentsConnection { edges { properties { sourceDocument sourceLine sourceText } node { name } } }\n    }\n    counterpartYear(name: $key, year: 2023) { documentsReceived { number } gaps { rule subject } }\n  }\n"): (typeof documents)["\n  query WebTestCounterpartLiaisons($key: String!) {\n    counterparts(where: { key: { eq: $key } }) {\n      liaisonLeadersConnection { edges { properties { sourceDocument sourceLine sourceText } node { name } } }\n      liaisonDepartmentsConnection { edges { properties { sourceDocument sourceLine sourceText } node { name } } }\n    }\n    counterpartYear(name: $key, year: 2023) { documentsReceived { number } gaps { rule subject } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebTestDepartmentFacts($key: String!) {\n    departments(where: { key: { eq: $key } }) {\n      liaisonsConnection { edges { properties { kind sourceText } node { name } } }\n      roles { key }\n    }\n  }\n"): (typeof documents)["\n  query WebTestDepartmentFacts($key: String!) {\n    departments(where: { key: { eq: $key } }) {\n      liaisonsConnection { edges { properties { kind sourceText } node { name } } }\n      roles { key }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebTestJurisdictionActivities($jurisdiction: String!) {\n    activities(where: { jurisdiction: { some: { name: { eq: $jurisdiction } } } }) { key }\n  }\n"): (typeof documents)["\n  query WebTestJurisdictionActivities($jurisdiction: String!) {\n    activities(where: { jurisdiction: { some: { name: { eq: $jurisdiction } } } }) { key }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebTestDatasetNames {\n    datasets(sort: [{ name: ASC }]) { name }\n  }\n"): (typeof documents)["\n  query WebTestDatasetNames {\n    datasets(sort: [{ name: ASC }]) { name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebTestMonthlyDates($jurisdiction: String!) {\n    activities(where: { jurisdiction: { some: { name: { eq: $jurisdiction } } }, date: { gte: \"2023-01-01\", lte: \"2023-12-31\" } }) { date }\n    documents(where: { jurisdiction: { some: { name: { eq: $jurisdiction } } }, issuedAt: { gte: \"2023-01-01\", lte: \"2023-12-31\" } }) {\n      issuedAt\n    }\n  }\n"): (typeof documents)["\n  query WebTestMonthlyDates($jurisdiction: String!) {\n    activities(where: { jurisdiction: { some: { name: { eq: $jurisdiction } } }, date: { gte: \"2023-01-01\", lte: \"2023-12-31\" } }) { date }\n    documents(where: { jurisdiction: { some: { name: { eq: $jurisdiction } } }, issuedAt: { gte: \"2023-01-01\", lte: \"2023-12-31\" } }) {\n      issuedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebTestNetworkFacts($jurisdiction: String!, $from: String!, $to: String!) {\n    leaders(where: { jurisdiction: { some: { name: { eq: $jurisdiction } } } }) { name }\n    departments(where: { jurisdiction: { some: { name: { eq: $jurisdiction } } } }) { name }\n    counterparts(where: { jurisdiction: { some: { name: { eq: $jurisdiction } } } }) { name }\n    liaisonPaths(from: $from, to: $to, maxHops: 4) { steps { label } }\n  }\n"): (typeof documents)["\n  query WebTestNetworkFacts($jurisdiction: String!, $from: String!, $to: String!) {\n    leaders(where: { jurisdiction: { some: { name: { eq: $jurisdiction } } } }) { name }\n    departments(where: { jurisdiction: { some: { name: { eq: $jurisdiction } } } }) { name }\n    counterparts(where: { jurisdiction: { some: { name: { eq: $jurisdiction } } } }) { name }\n    liaisonPaths(from: $from, to: $to, maxHops: 4) { steps { label } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;