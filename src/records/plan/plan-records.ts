import { recordError, type RecordError } from '../record-error.ts';
import type { SheetKey } from '../records-format.ts';
import {
  personKey,
  type IndividualEntry,
  type NameDirectory,
  type OrganisationEntry,
  type OrganisationLabel,
} from '../validate/name-directory.ts';
import type { NodeReference, PlannedLink, PlannedNode, RecordsPlan } from './records-plan.ts';
import type { ActivityRecord, DocumentRecord, PersonRecord, SheetRecords, ValidRecords } from '../validate/validate-records.ts';
import { LEADER_TITLES, officesOf, PARTY_NAMES, partyContainedIn, roleTitlesOf } from '../../domain/index.ts';

const ANY_ORGANISATION: readonly OrganisationLabel[] = ['Office', 'Department', 'Counterpart'];
const TYPE_LABEL: Record<string, OrganisationLabel> = { DEPARTMENT: 'Department', OFFICE: 'Office', COUNTERPART: 'Counterpart' };

/**
 * The natural key of an activity, within its jurisdiction (the same organiser names, e.g. 市政府,
 * exist in every city): `<jurisdiction>/<id>`, else `<jurisdiction>/<date>/<organisers>/<title>`.
 */
export function activityKey(
  jurisdiction: string,
  id: string | undefined,
  date: string,
  organisers: readonly string[],
  title: string,
): string {
  return id === undefined ? `${jurisdiction}/${date}/${[...organisers].sort().join('、')}/${title}` : `${jurisdiction}/${id}`;
}

/** The natural key of a role: holder + organisation + kind + from. */
export function roleKey(holderKey: string, organisationKey: string, kind: string, from: string | undefined): string {
  return `${holderKey}/${organisationKey}/${kind}/${from ?? ''}`;
}

function emptyPlan(): RecordsPlan {
  return { nodes: [], links: [], unchangedRows: [] };
}

/**
 * Resolves names and turns valid rows into the nodes and relationships to write, sheet by sheet in
 * the format's order, a chunk at a time: the directory learns the file's own organisations and
 * people as they come, and the natural keys seen so far catch duplicate rows.
 */
export class RecordsPlanner {
  errors: RecordError[] = [];
  private plan: RecordsPlan = emptyPlan();
  private readonly jurisdiction: NodeReference;
  private readonly plannedKeys = new Map<string, number>();
  private readonly plannedPeople = new Set<string>();

  /**
   * `checkDuplicates: false` trusts that the rows were checked before (an import's second pass),
   * so the natural keys seen are not kept.
   */
  constructor(
    private readonly directory: NameDirectory,
    private readonly checkDuplicates = true,
  ) {
    this.jurisdiction = { label: 'Jurisdiction', key: directory.jurisdiction };
  }

  /** Plans rows of one sheet (their types already checked). */
  planRows<K extends SheetKey>(sheet: K, records: ReadonlyArray<SheetRecords[K]>): void {
    if (sheet === 'organisations') this.organisations(records as ReadonlyArray<SheetRecords['organisations']>);
    else if (sheet === 'people') this.people(records as readonly PersonRecord[]);
    else if (sheet === 'activities') this.activities(records as readonly ActivityRecord[]);
    else this.documents(records as readonly DocumentRecord[]);
  }

  /** What was planned and found since the last call. */
  take(): { plan: RecordsPlan; errors: RecordError[] } {
    const taken = { plan: this.plan, errors: this.errors };
    this.plan = emptyPlan();
    this.errors = [];
    return taken;
  }

  private error(sheet: SheetKey, row: number, column: string | null, value: unknown, message: string): void {
    this.errors.push(recordError(sheet, row, column, value, message));
  }

  /** Remembers a natural key; reports a duplicate row instead when the file already stated it. */
  private claim(sheet: SheetKey, row: number, key: string, column: string | null, value: unknown, what: string): boolean {
    if (!this.checkDuplicates) return true;
    const identity = `${sheet}\u0000${key}`;
    const first = this.plannedKeys.get(identity);
    if (first !== undefined) {
      this.error(sheet, row, column, value, `duplicate of row ${first} (same ${what})`);
      return false;
    }
    this.plannedKeys.set(identity, row);
    return true;
  }

  private node(node: PlannedNode): NodeReference {
    this.plan.nodes.push(node);
    return { label: node.label, key: node.key };
  }

  private link(type: string, from: NodeReference, to: NodeReference, owner: NodeReference, sheet: SheetKey, row: number): void {
    this.plan.links.push({ type, from, to, owner, sheet, row } satisfies PlannedLink);
  }

  private organisation(
    sheet: SheetKey,
    row: number,
    column: string,
    text: string,
    labels: readonly OrganisationLabel[],
    what: string,
  ): OrganisationEntry | undefined {
    const resolution = this.directory.resolveOrganisation(text, labels, what);
    if ('message' in resolution) {
      this.error(sheet, row, column, text, resolution.message);
      return undefined;
    }
    return resolution.entry;
  }

  private organisations(records: ReadonlyArray<SheetRecords['organisations']>): void {
    for (const record of records) {
      const label = TYPE_LABEL[record.type] ?? 'Department';
      if (!this.claim('organisations', record.row, record.name, 'name', record.name, 'name')) continue;
      const existing = this.directory.findOrganisation(record.name);
      if (existing !== undefined && existing.label !== label) {
        this.error(
          'organisations',
          record.row,
          'type',
          record.type,
          `"${record.name}" is already known as ${existing.label.toLowerCase() === 'office' ? 'an office' : `a ${existing.label.toLowerCase()}`}`,
        );
        continue;
      }
      if (existing !== undefined && !existing.imported) {
        this.plan.unchangedRows.push({ kind: 'organisations' });
        continue;
      }
      const name = existing?.name ?? record.name;
      const key = existing?.key ?? this.directory.organisationKey(name);
      const properties: Record<string, unknown> = { name, fullName: record.fullName ?? null, aliases: record.aliases };
      if (label === 'Counterpart') {
        const party = partyContainedIn([name, record.fullName ?? '', ...record.aliases]);
        if (party === undefined) {
          this.error(
            'organisations',
            record.row,
            'name',
            record.name,
            `cannot tell which party "${record.name}" is (its name or an alias must contain one of ${PARTY_NAMES.join(', ')})`,
          );
          continue;
        }
        properties.party = party;
        properties.kind = party === '工商联' ? 'FEDERATION' : 'PARTY';
      }
      const reference = this.node({ label, key, kind: 'organisations', properties, sheet: 'organisations', row: record.row });
      this.link('IN_JURISDICTION', reference, this.jurisdiction, reference, 'organisations', record.row);
      if (existing === undefined) {
        this.directory.addOrganisation({ label, key, name, fullName: record.fullName ?? null, aliases: record.aliases, imported: true });
      }
    }
  }

  private people(records: readonly PersonRecord[]): void {
    const plannedPeople = this.plannedPeople;
    for (const record of records) {
      const organisation = this.organisation('people', record.row, 'organisation', record.organisation, ANY_ORGANISATION, 'organisation');
      const isTitle = LEADER_TITLES.has(record.role);
      let holder: IndividualEntry | undefined = this.directory.findLeader(record.name);
      if (isTitle && holder === undefined) {
        const resolution = this.directory.resolveLeader(record.name);
        if ('message' in resolution) this.error('people', record.row, 'name', record.name, resolution.message);
      }
      const government = officesOf(this.directory.jurisdiction).government;
      if (isTitle && organisation !== undefined && !(organisation.label === 'Office' && organisation.name === government)) {
        const term = roleTitlesOf(this.directory.jurisdiction)[record.role] ?? record.role;
        this.error(
          'people',
          record.row,
          'organisation',
          record.organisation,
          `a ${term} (${record.role}) title is held at ${government}, not "${record.organisation}"`,
        );
        continue;
      }
      let party: OrganisationEntry | undefined;
      if (record.party !== undefined) {
        party = this.organisation('people', record.row, 'party', record.party, ['Counterpart'], 'party');
        if (party === undefined) continue;
      }
      if (organisation === undefined || (isTitle && holder === undefined)) continue;
      if (holder === undefined) {
        const key = personKey(this.directory.jurisdiction, organisation.name, record.name);
        holder = { label: 'Person', key, name: record.name, aliases: [], organisation: organisation.name };
        if (!plannedPeople.has(key)) {
          plannedPeople.add(key);
          const reference = this.node({
            label: 'Person',
            key,
            kind: 'people',
            properties: { name: record.name },
            sheet: 'people',
            row: record.row,
          });
          this.link('IN_JURISDICTION', reference, this.jurisdiction, reference, 'people', record.row);
          this.directory.addIndividual(holder);
        }
      }
      const key = roleKey(holder.key, organisation.key, record.role, record.from);
      if (!this.claim('people', record.row, key, null, null, 'name, organisation, role and from')) continue;
      const role = this.node({
        label: 'Role',
        key,
        kind: 'roles',
        properties: { kind: record.role, section: record.section ?? null, validFrom: record.from ?? null, validTo: record.to ?? null },
        sheet: 'people',
        row: record.row,
      });
      this.link('HOLDS', { label: holder.label, key: holder.key }, role, role, 'people', record.row);
      this.link('AT', role, { label: organisation.label, key: organisation.key }, role, 'people', record.row);
      if (party !== undefined) this.link('OF_PARTY', role, { label: 'Counterpart', key: party.key }, role, 'people', record.row);
    }
  }

  private activities(records: readonly ActivityRecord[]): void {
    for (const record of records) {
      const sheet = 'activities';
      const organisers = record.organiser.map((text) =>
        this.organisation(sheet, record.row, 'organiser', text, ANY_ORGANISATION, 'organisation'),
      );
      const chairs = record.chair.map((text) => this.individual(sheet, record.row, 'chair', text, true));
      const participants = record.participants.map((text) => this.individual(sheet, record.row, 'participants', text, false));
      const counterparts = record.counterparts.map((text) =>
        this.organisation(sheet, record.row, 'counterparts', text, ['Counterpart'], 'counterpart'),
      );
      if ([...organisers, ...chairs, ...participants, ...counterparts].some((item) => item === undefined)) continue;
      const organiserEntries = organisers as OrganisationEntry[];
      const key = activityKey(
        this.directory.jurisdiction,
        record.id,
        record.date,
        organiserEntries.map((entry) => entry.name),
        record.title,
      );
      const what = record.id === undefined ? 'date, organiser and title' : 'id';
      if (!this.claim(sheet, record.row, key, record.id === undefined ? null : 'id', record.id ?? null, what)) continue;
      const activity = this.node({
        label: 'Activity',
        key,
        kind: sheet,
        properties: { id: record.id ?? null, date: record.date, kind: record.kind, title: record.title },
        sheet,
        row: record.row,
      });
      const seen = new Set<string>();
      const linkOnce = (type: string, from: NodeReference) => {
        const identity = `${type}/${from.label}/${from.key}`;
        if (seen.has(identity)) return;
        seen.add(identity);
        this.link(type, from, activity, activity, sheet, record.row);
      };
      for (const entry of organiserEntries) linkOnce('ORGANISED', { label: entry.label, key: entry.key });
      for (const entry of chairs as IndividualEntry[]) linkOnce('CHAIRED', { label: entry.label, key: entry.key });
      for (const entry of participants as IndividualEntry[]) linkOnce('PARTICIPATED_IN', { label: entry.label, key: entry.key });
      for (const entry of counterparts as OrganisationEntry[]) linkOnce('PARTICIPATED_IN', { label: 'Counterpart', key: entry.key });
      this.link('IN_JURISDICTION', activity, this.jurisdiction, activity, sheet, record.row);
    }
  }

  private individual(sheet: SheetKey, row: number, column: string, text: string, leaderOnly: boolean): IndividualEntry | undefined {
    const resolution = leaderOnly ? this.directory.resolveLeader(text) : this.directory.resolveIndividual(text);
    if ('message' in resolution) {
      this.error(sheet, row, column, text, resolution.message);
      return undefined;
    }
    return resolution.entry;
  }

  private documents(records: readonly DocumentRecord[]): void {
    for (const record of records) {
      const sheet = 'documents';
      const issuer = this.organisation(sheet, record.row, 'issuer', record.issuer, ANY_ORGANISATION, 'organisation');
      const recipients = record.recipients.map((text) =>
        this.organisation(sheet, record.row, 'recipients', text, ANY_ORGANISATION, 'organisation'),
      );
      if (issuer === undefined || recipients.some((item) => item === undefined)) continue;
      if (!this.claim(sheet, record.row, record.number, 'number', record.number, 'number')) continue;
      const document = this.node({
        label: 'Document',
        key: record.number,
        kind: sheet,
        properties: {
          number: record.number,
          title: record.title ?? null,
          issuer: record.issuer,
          issuedAt: record.issuedAt,
          kind: record.kind,
          year: record.year ?? Number(record.issuedAt.slice(0, 4)),
        },
        sheet,
        row: record.row,
      });
      this.link('ISSUED', { label: issuer.label, key: issuer.key }, document, document, sheet, record.row);
      const seen = new Set<string>();
      for (const entry of recipients as OrganisationEntry[]) {
        if (seen.has(entry.key)) continue;
        seen.add(entry.key);
        this.link('SENT_TO', document, { label: entry.label, key: entry.key }, document, sheet, record.row);
      }
      this.link('IN_JURISDICTION', document, this.jurisdiction, document, sheet, record.row);
    }
  }
}

/** Plans every valid row at once (see `RecordsPlanner`). */
export function planRecords(records: ValidRecords, directory: NameDirectory): { plan: RecordsPlan; errors: RecordError[] } {
  const planner = new RecordsPlanner(directory);
  planner.planRows('organisations', records.organisations);
  planner.planRows('people', records.people);
  planner.planRows('activities', records.activities);
  planner.planRows('documents', records.documents);
  return planner.take();
}
