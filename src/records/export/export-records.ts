import type { Database } from '../../db/index.ts';
import { ErrorCode, LiaisonError } from '../../errors/index.ts';
import { NameDirectory } from '../validate/name-directory.ts';
import { prefixOf } from '../write/provenance-cypher.ts';
import { LIST_SEPARATOR } from '../records-format.ts';
import {
  emptyRecordsTable,
  writeCsvRecords,
  writeJsonRecords,
  writeXlsxRecords,
  type RecordCell,
  type RecordsTable,
} from './write-records-file.ts';
import { ACTIVITY_KINDS, DEFAULT_JURISDICTION, DOCUMENT_KINDS, ORGANISATION_TYPES, chineseTerm, roleTitlesOf } from '../../domain/index.ts';

export type ExportFormat = 'xlsx' | 'csv' | 'json';

export interface ExportOptions {
  jurisdiction?: string;
  /** Only records of this year: roles in force during it, activities on a day of it, documents for it. */
  year?: number;
  /** Only what this dataset states. */
  dataset?: string;
}

const LABEL_TYPE: Record<string, string> = { Department: 'DEPARTMENT', Office: 'OFFICE', Counterpart: 'COUNTERPART' };

/** Whether a node or relationship `item` is stated by an import (the dataset's, when one is asked for). */
const STATED = (item: string) =>
  `(${item}.sources IS NOT NULL AND ($prefix IS NULL OR any(source IN ${item}.sources WHERE source STARTS WITH $prefix)))`;

function text(value: unknown): RecordCell {
  return value === null || value === undefined || value === '' ? null : typeof value === 'number' ? value : String(value);
}

function joined(values: unknown): RecordCell {
  const items = Array.isArray(values) ? values.map(String).filter((item) => item !== '') : [];
  return items.length === 0 ? null : items.sort((left, right) => left.localeCompare(right, 'zh')).join(LIST_SEPARATOR);
}

/**
 * Reads the records of a jurisdiction back out of the graph in exactly the import format, sorted by
 * natural keys: what is exported imports back unchanged. Only imported records are exported (the
 * notice's bodies and documents are not records).
 */
export async function exportRecordsTable(database: Database, options: ExportOptions = {}): Promise<RecordsTable> {
  const jurisdiction = options.jurisdiction ?? DEFAULT_JURISDICTION;
  const directory = await NameDirectory.load(database, jurisdiction);
  if (directory === undefined) throw new LiaisonError(ErrorCode.NOT_FOUND, `jurisdiction "${jurisdiction}" is not in the graph`);
  const parameters = {
    jurisdiction,
    prefix: options.dataset === undefined ? null : prefixOf(options.dataset),
    year: options.year ?? null,
  };
  // Four queries from one committed state: an import committing meanwhile is exported whole or not at all.
  return database.readConsistent(async (transaction) => {
    const table = emptyRecordsTable();

    const organisations = await transaction.run(
      `MATCH (organisation)-[:IN_JURISDICTION]->(:Jurisdiction {name: $jurisdiction})
       WHERE (organisation:Office OR organisation:Department OR organisation:Counterpart) AND organisation.dataset IS NOT NULL AND ${STATED('organisation')}
       RETURN head(labels(organisation)) AS label, organisation.name AS name, organisation.fullName AS fullName, organisation.aliases AS aliases
       ORDER BY name`,
      parameters,
    );
    for (const row of organisations) {
      table.organisations.push({
        name: text(row.name),
        type: chineseTerm(ORGANISATION_TYPES, LABEL_TYPE[String(row.label)] ?? 'DEPARTMENT'),
        fullName: text(row.fullName),
        aliases: Array.isArray(row.aliases) && row.aliases.length > 0 ? row.aliases.map(String).join(LIST_SEPARATOR) : null,
      });
    }

    const roles = await transaction.run(
      `MATCH (holder)-[:HOLDS]->(role:Role)-[:AT]->(organisation)-[:IN_JURISDICTION]->(:Jurisdiction {name: $jurisdiction})
       WHERE ${STATED('role')}
         AND ($year IS NULL OR ((role.validFrom IS NULL OR role.validFrom <= date({year: toInteger($year), month: 12, day: 31}))
                            AND (role.validTo IS NULL OR role.validTo >= date({year: toInteger($year), month: 1, day: 1}))))
       OPTIONAL MATCH (role)-[:OF_PARTY]->(party:Counterpart)
       RETURN holder.name AS name, organisation.name AS organisation, role.kind AS kind, role.section AS section,
              party.name AS party, role.validFrom AS validFrom, role.validTo AS validTo
       ORDER BY organisation, name, kind, coalesce(toString(validFrom), '')`,
      parameters,
    );
    // A county's leaders are written 县长 …, as its own records write them.
    const roleTitles = roleTitlesOf(jurisdiction);
    for (const row of roles) {
      table.people.push({
        name: text(row.name),
        organisation: text(row.organisation),
        role: roleTitles[String(row.kind)] ?? String(row.kind),
        section: text(row.section),
        party: text(row.party),
        from: text(row.validFrom),
        to: text(row.validTo),
      });
    }

    const activities = await transaction.run(
      `MATCH (activity:Activity)-[:IN_JURISDICTION]->(:Jurisdiction {name: $jurisdiction})
       WHERE ${STATED('activity')} AND ($year IS NULL OR activity.date.year = toInteger($year))
       RETURN activity.key AS key, activity.id AS id, activity.date AS date, activity.kind AS kind, activity.title AS title,
              [(organiser)-[:ORGANISED]->(activity) | organiser.name] AS organisers,
              [(chair:Leader)-[:CHAIRED]->(activity) | chair.name] AS chairs,
              [(participant)-[:PARTICIPATED_IN]->(activity) WHERE participant:Person OR participant:Leader |
                [participant.name, participant.key, head(labels(participant))]] AS participants,
              [(counterpart:Counterpart)-[:PARTICIPATED_IN]->(activity) | counterpart.name] AS counterparts
       ORDER BY date, key`,
      parameters,
    );
    for (const row of activities) {
      const participants = (row.participants as string[][]).map(([name = '', key = '', label]) => {
        if (label !== 'Person' || !directory.isSharedName(name)) return name;
        const organisation = key.slice(jurisdiction.length + 1, key.length - name.length - 1);
        return `${name}（${organisation}）`;
      });
      table.activities.push({
        id: text(row.id),
        date: text(row.date),
        kind: chineseTerm(ACTIVITY_KINDS, String(row.kind)),
        title: text(row.title),
        organiser: joined(row.organisers),
        chair: joined(row.chairs),
        participants: joined(participants),
        counterparts: joined(row.counterparts),
      });
    }

    const documents = await transaction.run(
      `MATCH (document:Document)-[:IN_JURISDICTION]->(:Jurisdiction {name: $jurisdiction})
       WHERE ${STATED('document')} AND ($year IS NULL OR document.year = toInteger($year))
       RETURN document.number AS number, document.title AS title, document.issuer AS issuer, document.issuedAt AS issuedAt,
              document.kind AS kind, document.year AS year,
              [(document)-[:SENT_TO]->(recipient) | recipient.name] AS recipients
       ORDER BY issuedAt, number`,
      parameters,
    );
    for (const row of documents) {
      table.documents.push({
        number: text(row.number),
        title: text(row.title),
        issuer: text(row.issuer),
        issuedAt: text(row.issuedAt),
        kind: chineseTerm(DOCUMENT_KINDS, String(row.kind)),
        year: text(row.year),
        recipients: joined(row.recipients),
      });
    }
    return table;
  });
}

/** Exports to a workbook, a folder of CSV files or a JSON file. */
export async function exportRecords(
  database: Database,
  format: ExportFormat,
  path: string,
  options: ExportOptions = {},
): Promise<RecordsTable> {
  const table = await exportRecordsTable(database, options);
  if (format === 'xlsx') await writeXlsxRecords(path, table);
  else if (format === 'csv') await writeCsvRecords(path, table);
  else await writeJsonRecords(path, table);
  return table;
}
