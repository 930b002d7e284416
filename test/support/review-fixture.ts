import type { Database } from '../../src/db/index.ts';

/**
 * A small, isolated liaison world for the review tests, written by Cypher: its own jurisdiction (a
 * unique name per test file), offices, departments, counterparts, leaders, roles, activities and
 * documents, all tagged with one dataset so that `removeReviewFixture` deletes exactly them.
 */
export interface FixtureSpec {
  jurisdiction: string;
  departments: string[];
  /** name → canonical party (民盟, 工商联, …); FEDERATION when the party is 工商联. */
  counterparts: Array<{ name: string; party: string; aliases?: string[] }>;
  leaders?: Array<{ name: string; titles?: Array<{ kind: string; from?: string; to?: string }> }>;
  liaisons?: Array<{ from: string; to: string; kind?: string; validFrom?: string; validTo?: string; sourceLine?: number }>;
  roles?: Array<{ person: string; organisation: string; kind: string; section?: string; party?: string; from?: string; to?: string }>;
  activities?: Array<{
    key: string;
    date: string;
    kind: string;
    title?: string;
    organiser: string;
    chair?: string;
    participants?: string[];
    counterparts?: string[];
  }>;
  documents?: Array<{ number: string; kind: string; issuer: string; issuedAt?: string; year?: number; recipients?: string[] }>;
}

export const FIXTURE_OFFICES = ['市政府', '市政府办公室', '市委统战部'];

export function fixtureDataset(jurisdiction: string): string {
  return `review-test:${jurisdiction}`;
}

const WRITE_FIXTURE = `
MERGE (jurisdiction:Jurisdiction {name: $jurisdiction})
SET jurisdiction.aliases = [], jurisdiction.dataset = $dataset
WITH jurisdiction
CALL (jurisdiction) {
  UNWIND $offices AS name
  CREATE (office:Office {key: $jurisdiction + '/' + name, name: name, aliases: [], dataset: $dataset})-[:IN_JURISDICTION]->(jurisdiction)
}
CALL (jurisdiction) {
  UNWIND range(0, size($departments) - 1) AS index
  WITH $departments[index] AS name, index
  CREATE (department:Department {key: $jurisdiction + '/' + name, name: name, aliases: [], sourceLine: 100 + index, dataset: $dataset})
  CREATE (department)-[:IN_JURISDICTION]->(jurisdiction)
}
CALL (jurisdiction) {
  UNWIND range(0, size($counterparts) - 1) AS index
  WITH $counterparts[index] AS counterpart, index
  CREATE (node:Counterpart {key: $jurisdiction + '/' + counterpart.name, name: counterpart.name, party: counterpart.party,
    kind: CASE counterpart.party WHEN '工商联' THEN 'FEDERATION' ELSE 'PARTY' END, aliases: coalesce(counterpart.aliases, []),
    sourceLine: 50 + index, dataset: $dataset})
  CREATE (node)-[:IN_JURISDICTION]->(jurisdiction)
}
CALL (jurisdiction) {
  UNWIND $leaders AS leader
  CREATE (node:Leader {key: $jurisdiction + '/' + leader.name, name: leader.name, aliases: [], dataset: $dataset})-[:IN_JURISDICTION]->(jurisdiction)
  WITH node, leader
  MATCH (government:Office {key: $jurisdiction + '/市政府'})
  UNWIND coalesce(leader.titles, []) AS title
  CREATE (node)-[:HOLDS]->(:Role {key: node.key + '/' + title.kind + '/' + coalesce(title.from, ''), kind: title.kind,
    validFrom: date(title.from), validTo: date(title.to), dataset: $dataset, sourceSheet: 'people'})-[:AT]->(government)
}
RETURN jurisdiction.name AS name`;

const WRITE_LIAISONS = `
UNWIND range(0, size($liaisons) - 1) AS index
WITH $liaisons[index] AS liaison, index
MATCH (source {key: $jurisdiction + '/' + liaison.from}) WHERE source:Leader OR source:Department
MATCH (counterpart:Counterpart {key: $jurisdiction + '/' + liaison.to})
CREATE (source)-[:LIAISES_WITH {kind: coalesce(liaison.kind, 'FORMAL'), validFrom: date(coalesce(liaison.validFrom, '2022-11-02')),
  validTo: date(liaison.validTo), sourceDocument: $jurisdiction + '〔2022〕1号', sourceLine: coalesce(liaison.sourceLine, 70 + index),
  sourceText: source.name + '联系' + counterpart.name}]->(counterpart)`;

const WRITE_ROLES = `
UNWIND range(0, size($roles) - 1) AS index
WITH $roles[index] AS role, index
MATCH (organisation {key: $jurisdiction + '/' + role.organisation}) WHERE organisation:Department OR organisation:Office OR organisation:Counterpart
MERGE (person:Person {key: $jurisdiction + '/' + role.organisation + '/' + role.person})
  ON CREATE SET person.name = role.person, person.dataset = $dataset, person.sourceSheet = 'people', person.sourceRow = index + 2
CREATE (person)-[:HOLDS]->(node:Role {key: person.key + '/' + role.kind + '/' + coalesce(role.from, ''), kind: role.kind,
  section: role.section, validFrom: date(role.from), validTo: date(role.to), dataset: $dataset, sourceSheet: 'people', sourceRow: index + 2})
CREATE (node)-[:AT]->(organisation)
WITH node, role
OPTIONAL MATCH (party:Counterpart {key: $jurisdiction + '/' + role.party})
FOREACH (_ IN CASE WHEN party IS NULL THEN [] ELSE [1] END | CREATE (node)-[:OF_PARTY]->(party))`;

const WRITE_ACTIVITIES = `
MATCH (jurisdiction:Jurisdiction {name: $jurisdiction})
UNWIND range(0, size($activities) - 1) AS index
WITH jurisdiction, $activities[index] AS activity, index
MATCH (organiser {key: $jurisdiction + '/' + activity.organiser}) WHERE organiser:Office OR organiser:Department
CREATE (node:Activity {key: $jurisdiction + '/' + activity.key, id: activity.key, date: date(activity.date), kind: activity.kind,
  title: coalesce(activity.title, activity.key), dataset: $dataset, sourceSheet: 'activities', sourceRow: index + 2})
CREATE (organiser)-[:ORGANISED]->(node)
CREATE (node)-[:IN_JURISDICTION]->(jurisdiction)
WITH node, activity
CALL (node, activity) {
  OPTIONAL MATCH (chair:Leader {key: $jurisdiction + '/' + activity.chair})
  FOREACH (_ IN CASE WHEN chair IS NULL THEN [] ELSE [1] END | CREATE (chair)-[:CHAIRED]->(node))
}
CALL (node, activity) {
  UNWIND coalesce(activity.counterparts, []) AS name
  MATCH (counterpart:Counterpart {key: $jurisdiction + '/' + name})
  CREATE (counterpart)-[:PARTICIPATED_IN]->(node)
}
CALL (node, activity) {
  UNWIND coalesce(activity.participants, []) AS name
  MATCH (individual) WHERE (individual:Leader AND individual.key = $jurisdiction + '/' + name)
     OR (individual:Person AND individual.name = name AND individual.key STARTS WITH $jurisdiction + '/')
  CREATE (individual)-[:PARTICIPATED_IN]->(node)
}`;

const WRITE_DOCUMENTS = `
MATCH (jurisdiction:Jurisdiction {name: $jurisdiction})
UNWIND range(0, size($documents) - 1) AS index
WITH jurisdiction, $documents[index] AS document, index
MATCH (issuer {key: $jurisdiction + '/' + document.issuer}) WHERE issuer:Office OR issuer:Department
CREATE (node:Document {number: document.number, title: document.number + '标题', issuer: issuer.name, kind: document.kind,
  issuedAt: date(document.issuedAt), year: coalesce(document.year, date(document.issuedAt).year),
  dataset: $dataset, sourceSheet: 'documents', sourceRow: index + 2})
CREATE (issuer)-[:ISSUED]->(node)
CREATE (node)-[:IN_JURISDICTION]->(jurisdiction)
WITH node, document
UNWIND coalesce(document.recipients, []) AS name
MATCH (recipient {key: $jurisdiction + '/' + name}) WHERE recipient:Office OR recipient:Counterpart OR recipient:Department
CREATE (node)-[:SENT_TO]->(recipient)`;

/** Writes the fixture in one transaction (after removing an earlier one of the same jurisdiction). */
export async function writeReviewFixture(database: Database, spec: FixtureSpec): Promise<void> {
  await removeReviewFixture(database, spec.jurisdiction);
  const parameters = {
    jurisdiction: spec.jurisdiction,
    dataset: fixtureDataset(spec.jurisdiction),
    offices: FIXTURE_OFFICES,
    departments: spec.departments,
    counterparts: spec.counterparts,
    leaders: spec.leaders ?? [],
    liaisons: spec.liaisons ?? [],
    roles: spec.roles ?? [],
    activities: spec.activities ?? [],
    documents: spec.documents ?? [],
  };
  await database.writeTransaction(
    async (transaction) => {
      await transaction.run(WRITE_FIXTURE, parameters);
      if (parameters.liaisons.length > 0) await transaction.run(WRITE_LIAISONS, parameters);
      if (parameters.roles.length > 0) await transaction.run(WRITE_ROLES, parameters);
      if (parameters.activities.length > 0) await transaction.run(WRITE_ACTIVITIES, parameters);
      if (parameters.documents.length > 0) await transaction.run(WRITE_DOCUMENTS, parameters);
    },
    { operation: 'test:review-fixture', variables: { jurisdiction: spec.jurisdiction } },
  );
}

/** Deletes every node the fixture of `jurisdiction` wrote. */
export async function removeReviewFixture(database: Database, jurisdiction: string): Promise<void> {
  await database.write('MATCH (node) WHERE node.dataset = $dataset DETACH DELETE node', { dataset: fixtureDataset(jurisdiction) });
}
