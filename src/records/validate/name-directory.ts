import type { Database } from '../../db/index.ts';
import { closestNames, didYouMean } from './edit-distance.ts';
import { compactName } from './record-fields.ts';

export type OrganisationLabel = 'Office' | 'Department' | 'Counterpart';

export interface OrganisationEntry {
  label: OrganisationLabel;
  key: string;
  name: string;
  fullName: string | null;
  aliases: string[];
  /** Created by an import (so a records file may update it), not by the notice. */
  imported: boolean;
}

export interface IndividualEntry {
  label: 'Leader' | 'Person';
  key: string;
  name: string;
  aliases: string[];
  /** For a person: the name of the organisation that is part of its key. */
  organisation: string | null;
}

export type Resolution<T> = { entry: T } | { message: string };

const LABEL_WORDS: Record<OrganisationLabel | 'Leader' | 'Person', string> = {
  Office: 'an office',
  Department: 'a department',
  Counterpart: 'a counterpart',
  Leader: 'a leader',
  Person: 'a person',
};

/** `张三（市发展改革委）` or `张三(市发展改革委)`: a name with its organisation, for people of the same name. */
const QUALIFIED_NAME = /^(.+?)[（(](.+)[）)]$/u;

/**
 * The names a records file may use, from the graph (one jurisdiction) and from the file itself:
 * exact name, full name or alias, with suggestions by edit distance for names it does not know.
 */
export class NameDirectory {
  readonly jurisdiction: string;
  private readonly organisations: OrganisationEntry[] = [];
  private readonly organisationsBySpelling = new Map<string, OrganisationEntry[]>();
  private readonly individuals: IndividualEntry[] = [];
  private readonly individualsBySpelling = new Map<string, IndividualEntry[]>();
  private readonly individualKeys = new Set<string>();

  constructor(jurisdiction: string) {
    this.jurisdiction = jurisdiction;
  }

  /** Everything of the jurisdiction that records can name: offices, departments, counterparts, leaders, people. */
  static async load(database: Database, jurisdiction: string): Promise<NameDirectory | undefined> {
    const rows = await database.read(
      `MATCH (jurisdiction:Jurisdiction {name: $jurisdiction})
       OPTIONAL MATCH (node)-[:IN_JURISDICTION]->(jurisdiction)
       WHERE node:Office OR node:Department OR node:Counterpart OR node:Leader OR node:Person
       RETURN CASE WHEN node:Office THEN 'Office' WHEN node:Department THEN 'Department'
                   WHEN node:Counterpart THEN 'Counterpart' WHEN node:Leader THEN 'Leader' ELSE 'Person' END AS label,
              node.key AS key, node.name AS name, node.fullName AS fullName, node.aliases AS aliases,
              node.dataset IS NOT NULL AS imported`,
      { jurisdiction },
    );
    if (rows.length === 0) return undefined;
    const directory = new NameDirectory(jurisdiction);
    for (const row of rows) {
      if (typeof row.key !== 'string' || typeof row.name !== 'string') continue;
      const aliases = Array.isArray(row.aliases) ? row.aliases.map(String) : [];
      const label = String(row.label);
      if (label === 'Leader' || label === 'Person') {
        directory.addIndividual({
          label,
          key: row.key,
          name: row.name,
          aliases,
          organisation: label === 'Person' ? personOrganisation(row.key, jurisdiction, row.name) : null,
        });
      } else {
        directory.addOrganisation({
          label: label as OrganisationLabel,
          key: row.key,
          name: row.name,
          fullName: typeof row.fullName === 'string' ? row.fullName : null,
          aliases,
          imported: row.imported === true,
        });
      }
    }
    return directory;
  }

  organisationKey(name: string): string {
    return `${this.jurisdiction}/${name}`;
  }

  addOrganisation(entry: OrganisationEntry): void {
    this.organisations.push(entry);
    for (const spelling of spellings(entry.name, entry.fullName, entry.aliases)) {
      const list = this.organisationsBySpelling.get(spelling) ?? [];
      if (!list.includes(entry)) list.push(entry);
      this.organisationsBySpelling.set(spelling, list);
    }
  }

  addIndividual(entry: IndividualEntry): void {
    if (this.individualKeys.has(entry.key)) return;
    this.individualKeys.add(entry.key);
    this.individuals.push(entry);
    for (const spelling of spellings(entry.name, null, entry.aliases)) {
      const list = this.individualsBySpelling.get(spelling) ?? [];
      list.push(entry);
      this.individualsBySpelling.set(spelling, list);
    }
  }

  /** The organisation a name stands for, of one of `labels`; `what` names it in messages. */
  resolveOrganisation(text: string, labels: readonly OrganisationLabel[], what: string): Resolution<OrganisationEntry> {
    const spelling = compactName(text);
    const found = this.organisationsBySpelling.get(spelling) ?? [];
    const wanted = found.filter((entry) => labels.includes(entry.label));
    if (wanted.length === 1 && wanted[0] !== undefined) return { entry: wanted[0] };
    if (wanted.length > 1) {
      return { message: `ambiguous ${what} "${text}" (${wanted.map((entry) => entry.name).join(', ')})` };
    }
    if (found[0] !== undefined) return { message: `"${text}" is ${LABEL_WORDS[found[0].label]}, not ${withArticle(what)}` };
    const candidates = this.organisations
      .filter((entry) => labels.includes(entry.label))
      .map((entry) => ({ display: entry.name, spellings: spellings(entry.name, entry.fullName, entry.aliases) }));
    return { message: `unknown ${what} "${text}"${didYouMean(closestNames(spelling, candidates))}` };
  }

  /** Looks an organisation up by any of its spellings, whatever its kind. */
  findOrganisation(text: string): OrganisationEntry | undefined {
    return this.organisationsBySpelling.get(compactName(text))?.[0];
  }

  findLeader(text: string): IndividualEntry | undefined {
    return (this.individualsBySpelling.get(compactName(text)) ?? []).find((entry) => entry.label === 'Leader');
  }

  /** A leader (chair) by name or alias. */
  resolveLeader(text: string): Resolution<IndividualEntry> {
    const leader = this.findLeader(text);
    if (leader !== undefined) return { entry: leader };
    const candidates = this.individuals
      .filter((entry) => entry.label === 'Leader')
      .map((entry) => ({ display: entry.name, spellings: spellings(entry.name, null, entry.aliases) }));
    return { message: `unknown leader "${text}"${didYouMean(closestNames(compactName(text), candidates))}` };
  }

  /** A participant: a leader, or a person (written `姓名（单位）` when two people share the name). */
  resolveIndividual(text: string): Resolution<IndividualEntry> {
    const qualified = QUALIFIED_NAME.exec(compactName(text));
    const name = qualified?.[1] ?? compactName(text);
    const organisation = qualified?.[2] === undefined ? undefined : (this.findOrganisation(qualified[2])?.name ?? qualified[2]);
    const found = (this.individualsBySpelling.get(name) ?? []).filter(
      (entry) => organisation === undefined || entry.organisation === organisation,
    );
    const leaders = found.filter((entry) => entry.label === 'Leader');
    if (leaders.length === 1 && leaders[0] !== undefined) return { entry: leaders[0] };
    if (found.length === 1 && found[0] !== undefined) return { entry: found[0] };
    if (found.length > 1) {
      const choices = found.map((entry) => `${entry.name}（${entry.organisation ?? ''}）`).join(', ');
      return { message: `ambiguous person "${text}" (write one of ${choices})` };
    }
    const candidates = this.individuals.map((entry) => ({
      display: entry.label === 'Person' ? entry.name : entry.name,
      spellings: spellings(entry.name, null, entry.aliases),
    }));
    return { message: `unknown person "${text}"${didYouMean(closestNames(name, candidates))}` };
  }

  /** Whether two people share a name (export then writes `姓名（单位）`). */
  isSharedName(name: string): boolean {
    return (this.individualsBySpelling.get(name) ?? []).length > 1;
  }
}

function withArticle(what: string): string {
  return /^[aeiou]/.test(what) ? `an ${what}` : `a ${what}`;
}

function spellings(name: string, fullName: string | null, aliases: readonly string[]): string[] {
  return [...new Set([name, fullName, ...aliases].filter((item): item is string => typeof item === 'string').map(compactName))];
}

/** The organisation part of a person's key `<jurisdiction>/<organisation>/<name>`. */
function personOrganisation(key: string, jurisdiction: string, name: string): string | null {
  const prefix = `${jurisdiction}/`;
  const suffix = `/${name}`;
  return key.startsWith(prefix) && key.endsWith(suffix) ? key.slice(prefix.length, key.length - suffix.length) : null;
}

/** The natural key of a person: `<jurisdiction>/<organisation>/<name>`. */
export function personKey(jurisdiction: string, organisation: string, name: string): string {
  return `${jurisdiction}/${organisation}/${name}`;
}
