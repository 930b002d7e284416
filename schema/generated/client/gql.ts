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
    "query DepartmentsWithoutFormalLiaison {\n  departments(\n    where: {liaisonsConnection: {none: {edge: {kind: {eq: FORMAL}}}}}\n    sort: [{name: ASC}]\n  ) {\n    name\n    fullName\n  }\n}": typeof types.DepartmentsWithoutFormalLiaisonDocument,
    "query LeaderCounterparts($name: String! = \"王善平\") {\n  leaders(where: {name: {eq: $name}}) {\n    name\n    title\n    liaisonsConnection(sort: [{node: {name: ASC}}]) {\n      edges {\n        properties {\n          kind\n          validFrom\n          sourceLine\n          sourceText\n        }\n        node {\n          name\n          party\n          kind\n        }\n      }\n    }\n  }\n}": typeof types.LeaderCounterpartsDocument,
    "query LiaisonMatrix {\n  departments(sort: [{name: ASC}]) {\n    name\n    liaisonsConnection(\n      where: {edge: {kind: {eq: FORMAL}}}\n      sort: [{node: {name: ASC}}]\n    ) {\n      edges {\n        properties {\n          sourceLine\n        }\n        node {\n          name\n          party\n        }\n      }\n    }\n  }\n}": typeof types.LiaisonMatrixDocument,
    "query PartyLiaisons($party: String! = \"民盟\") {\n  counterparts(where: {party: {eq: $party}}, sort: [{key: ASC}]) {\n    key\n    name\n    fullName\n    liaisonLeadersConnection(sort: [{node: {name: ASC}}]) {\n      edges {\n        properties {\n          kind\n          validFrom\n          validTo\n          sourceDocument\n          sourceLine\n        }\n        node {\n          name\n          title\n        }\n      }\n    }\n    liaisonDepartmentsConnection(sort: [{node: {name: ASC}}]) {\n      edges {\n        properties {\n          kind\n          validFrom\n          validTo\n          sourceDocument\n          sourceLine\n          sourceText\n        }\n        node {\n          name\n          fullName\n        }\n      }\n    }\n  }\n}": typeof types.PartyLiaisonsDocument,
    "query Search($text: String! = \"发改委\", $jurisdiction: String, $limit: Int) {\n  search(text: $text, jurisdiction: $jurisdiction, limit: $limit) {\n    kind\n    name\n    fullName\n    score\n  }\n}": typeof types.SearchDocument,
};
const documents: Documents = {
    "query DepartmentsWithoutFormalLiaison {\n  departments(\n    where: {liaisonsConnection: {none: {edge: {kind: {eq: FORMAL}}}}}\n    sort: [{name: ASC}]\n  ) {\n    name\n    fullName\n  }\n}": types.DepartmentsWithoutFormalLiaisonDocument,
    "query LeaderCounterparts($name: String! = \"王善平\") {\n  leaders(where: {name: {eq: $name}}) {\n    name\n    title\n    liaisonsConnection(sort: [{node: {name: ASC}}]) {\n      edges {\n        properties {\n          kind\n          validFrom\n          sourceLine\n          sourceText\n        }\n        node {\n          name\n          party\n          kind\n        }\n      }\n    }\n  }\n}": types.LeaderCounterpartsDocument,
    "query LiaisonMatrix {\n  departments(sort: [{name: ASC}]) {\n    name\n    liaisonsConnection(\n      where: {edge: {kind: {eq: FORMAL}}}\n      sort: [{node: {name: ASC}}]\n    ) {\n      edges {\n        properties {\n          sourceLine\n        }\n        node {\n          name\n          party\n        }\n      }\n    }\n  }\n}": types.LiaisonMatrixDocument,
    "query PartyLiaisons($party: String! = \"民盟\") {\n  counterparts(where: {party: {eq: $party}}, sort: [{key: ASC}]) {\n    key\n    name\n    fullName\n    liaisonLeadersConnection(sort: [{node: {name: ASC}}]) {\n      edges {\n        properties {\n          kind\n          validFrom\n          validTo\n          sourceDocument\n          sourceLine\n        }\n        node {\n          name\n          title\n        }\n      }\n    }\n    liaisonDepartmentsConnection(sort: [{node: {name: ASC}}]) {\n      edges {\n        properties {\n          kind\n          validFrom\n          validTo\n          sourceDocument\n          sourceLine\n          sourceText\n        }\n        node {\n          name\n          fullName\n        }\n      }\n    }\n  }\n}": types.PartyLiaisonsDocument,
    "query Search($text: String! = \"发改委\", $jurisdiction: String, $limit: Int) {\n  search(text: $text, jurisdiction: $jurisdiction, limit: $limit) {\n    kind\n    name\n    fullName\n    score\n  }\n}": types.SearchDocument,
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
export function graphql(source: "query DepartmentsWithoutFormalLiaison {\n  departments(\n    where: {liaisonsConnection: {none: {edge: {kind: {eq: FORMAL}}}}}\n    sort: [{name: ASC}]\n  ) {\n    name\n    fullName\n  }\n}"): (typeof documents)["query DepartmentsWithoutFormalLiaison {\n  departments(\n    where: {liaisonsConnection: {none: {edge: {kind: {eq: FORMAL}}}}}\n    sort: [{name: ASC}]\n  ) {\n    name\n    fullName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LeaderCounterparts($name: String! = \"王善平\") {\n  leaders(where: {name: {eq: $name}}) {\n    name\n    title\n    liaisonsConnection(sort: [{node: {name: ASC}}]) {\n      edges {\n        properties {\n          kind\n          validFrom\n          sourceLine\n          sourceText\n        }\n        node {\n          name\n          party\n          kind\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query LeaderCounterparts($name: String! = \"王善平\") {\n  leaders(where: {name: {eq: $name}}) {\n    name\n    title\n    liaisonsConnection(sort: [{node: {name: ASC}}]) {\n      edges {\n        properties {\n          kind\n          validFrom\n          sourceLine\n          sourceText\n        }\n        node {\n          name\n          party\n          kind\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LiaisonMatrix {\n  departments(sort: [{name: ASC}]) {\n    name\n    liaisonsConnection(\n      where: {edge: {kind: {eq: FORMAL}}}\n      sort: [{node: {name: ASC}}]\n    ) {\n      edges {\n        properties {\n          sourceLine\n        }\n        node {\n          name\n          party\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query LiaisonMatrix {\n  departments(sort: [{name: ASC}]) {\n    name\n    liaisonsConnection(\n      where: {edge: {kind: {eq: FORMAL}}}\n      sort: [{node: {name: ASC}}]\n    ) {\n      edges {\n        properties {\n          sourceLine\n        }\n        node {\n          name\n          party\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartyLiaisons($party: String! = \"民盟\") {\n  counterparts(where: {party: {eq: $party}}, sort: [{key: ASC}]) {\n    key\n    name\n    fullName\n    liaisonLeadersConnection(sort: [{node: {name: ASC}}]) {\n      edges {\n        properties {\n          kind\n          validFrom\n          validTo\n          sourceDocument\n          sourceLine\n        }\n        node {\n          name\n          title\n        }\n      }\n    }\n    liaisonDepartmentsConnection(sort: [{node: {name: ASC}}]) {\n      edges {\n        properties {\n          kind\n          validFrom\n          validTo\n          sourceDocument\n          sourceLine\n          sourceText\n        }\n        node {\n          name\n          fullName\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query PartyLiaisons($party: String! = \"民盟\") {\n  counterparts(where: {party: {eq: $party}}, sort: [{key: ASC}]) {\n    key\n    name\n    fullName\n    liaisonLeadersConnection(sort: [{node: {name: ASC}}]) {\n      edges {\n        properties {\n          kind\n          validFrom\n          validTo\n          sourceDocument\n          sourceLine\n        }\n        node {\n          name\n          title\n        }\n      }\n    }\n    liaisonDepartmentsConnection(sort: [{node: {name: ASC}}]) {\n      edges {\n        properties {\n          kind\n          validFrom\n          validTo\n          sourceDocument\n          sourceLine\n          sourceText\n        }\n        node {\n          name\n          fullName\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Search($text: String! = \"发改委\", $jurisdiction: String, $limit: Int) {\n  search(text: $text, jurisdiction: $jurisdiction, limit: $limit) {\n    kind\n    name\n    fullName\n    score\n  }\n}"): (typeof documents)["query Search($text: String! = \"发改委\", $jurisdiction: String, $limit: Int) {\n  search(text: $text, jurisdiction: $jurisdiction, limit: $limit) {\n    kind\n    name\n    fullName\n    score\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;