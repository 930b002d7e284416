import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database } from '../db/index.ts';
import { ErrorCode, LiaisonError } from '../errors/index.ts';
import { loadNotice, parseNotice } from '../notice/index.ts';
import { formatRecordError, importRawRecords, rawRecordsFromObject, type RecordsTable, writeCsvRecords } from '../records/index.ts';
import { designJurisdiction, type GeneratedRuleId, type DesignedGap, type JurisdictionDesign } from './jurisdiction-design.ts';
import { planJurisdictions } from './jurisdiction-tree.ts';
import { noticeText } from './notice-text.ts';
import { seededRandom } from './seeded-random.ts';
import { yearRecords } from './year-records.ts';

export interface WorldOptions {
  jurisdictions: number;
  /** The years of liaison work, e.g. [2023] or [2022, 2023, 2024]. */
  years: readonly number[];
  seed: number;
}

/** A generated province (or one city): every jurisdiction's design, from which its notice and records follow. */
export interface World {
  options: WorldOptions;
  designs: JurisdictionDesign[];
}

/** What one jurisdiction's files hold: its notice and, for each year, its records. */
export interface JurisdictionFiles {
  design: JurisdictionDesign;
  notice: string;
  years: Array<{ year: number; dataset: string; records: RecordsTable }>;
}

/** What the review must find in each generated jurisdiction and year. */
export interface WorldManifest {
  seed: number;
  years: readonly number[];
  jurisdictions: Array<{
    name: string;
    level: string;
    parent: string | null;
    expected: Record<string, Record<GeneratedRuleId, DesignedGap[]>>;
  }>;
}

export function generateWorld(options: WorldOptions): World {
  const random = seededRandom(options.seed);
  const jurisdictions = planJurisdictions(options.jurisdictions, random.fork('jurisdictions'));
  return {
    options,
    designs: jurisdictions.map((jurisdiction) => designJurisdiction(jurisdiction, options.years, random.fork(jurisdiction.name))),
  };
}

/** The dataset a generated jurisdiction-year is imported as. */
export function generatedDataset(jurisdiction: string, year: number): string {
  return `generated-${jurisdiction}-${year}`;
}

export function jurisdictionFiles(design: JurisdictionDesign): JurisdictionFiles {
  const mayor = design.years[0]?.mayor ?? '';
  return {
    design,
    notice: noticeText(design, mayor),
    years: design.years.map((plan) => ({
      year: plan.year,
      dataset: generatedDataset(design.name, plan.year),
      records: yearRecords(design, plan),
    })),
  };
}

export function worldManifest(world: World): WorldManifest {
  return {
    seed: world.options.seed,
    years: world.options.years,
    jurisdictions: world.designs.map((design) => ({
      name: design.name,
      level: design.level,
      parent: design.parent,
      expected: Object.fromEntries(design.years.map((plan) => [String(plan.year), plan.expected])),
    })),
  };
}

/** How far a write of the world has got, after each jurisdiction. */
export type WorldProgress = (done: number, total: number, jurisdiction: string) => void;

/**
 * Writes the world as files an office would have: `<dir>/<jurisdiction>/notice.txt` and one records
 * folder (CSV, the import format) per year, plus `world.json` with every jurisdiction's parent and the
 * gaps designed into it.
 */
export async function writeWorld(world: World, directory: string, progress?: WorldProgress): Promise<void> {
  await mkdir(directory, { recursive: true });
  for (const [index, design] of world.designs.entries()) {
    const files = jurisdictionFiles(design);
    const folder = join(directory, design.name);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'notice.txt'), files.notice, 'utf8');
    for (const year of files.years) await writeCsvRecords(join(folder, String(year.year)), year.records);
    progress?.(index + 1, world.designs.length, design.name);
  }
  await writeFile(join(directory, 'world.json'), `${JSON.stringify(worldManifest(world), null, 2)}\n`, 'utf8');
}

/**
 * Loads the world into Neo4j through the same paths as `npm run ingest -- notice` and `npm run
 * import`: each jurisdiction's notice (parents first, with PART_OF), then each of its years as a
 * dataset. A notice the parser reads differently from its design, or records the import refuses,
 * stop the load with an error naming the jurisdiction.
 */
export async function loadWorld(
  database: Database,
  world: World,
  progress?: WorldProgress,
  options: { concurrency?: number; designs?: readonly JurisdictionDesign[] } = {},
): Promise<void> {
  const designs = options.designs ?? world.designs;
  let done = 0;
  // Jurisdictions of one level load side by side (Neo4j commits them in parallel); a level starts
  // once the one above it is in, so that every PART_OF finds its parent's notice loaded.
  for (const level of [...new Set(designs.map(depthOf))].sort()) {
    const wave = designs.filter((design) => depthOf(design) === level);
    let next = 0;
    const worker = async () => {
      while (next < wave.length) {
        const design = wave[next] as JurisdictionDesign;
        next += 1;
        await loadJurisdiction(database, design);
        done += 1;
        progress?.(done, designs.length, design.name);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  }
}

function depthOf(design: JurisdictionDesign): number {
  return design.level === '省' ? 0 : design.level === '市' ? 1 : 2;
}

async function loadJurisdiction(database: Database, design: JurisdictionDesign): Promise<void> {
  const files = jurisdictionFiles(design);
  const parsed = parseNotice(files.notice);
  const designed =
    design.leaders.reduce((sum, leader) => sum + leader.counterparts.length, 0) +
    design.departments.reduce((sum, item) => sum + item.formal.length, 0);
  const formal = parsed.liaisons.filter((liaison) => liaison.kind === 'formal').length;
  if (formal !== designed || parsed.document.jurisdiction !== design.name) {
    throw new LiaisonError(
      ErrorCode.INTERNAL_SERVER_ERROR,
      `generated notice of ${design.name}: the parser read ${formal} formal liaisons of ${parsed.document.jurisdiction ?? '(no jurisdiction)'}, the design has ${designed}`,
    );
  }
  await loadNotice(database, parsed, design.parent === null ? {} : { within: design.parent });
  for (const year of files.years) {
    const result = await importRawRecords(database, rawRecordsFromObject(year.records), `${design.name}/${year.year}`, {
      jurisdiction: design.name,
      dataset: year.dataset,
    });
    if (result.errors.length > 0) {
      throw new LiaisonError(
        ErrorCode.INTERNAL_SERVER_ERROR,
        `generated records of ${design.name} ${year.year} refused: ${result.errors.slice(0, 3).map(formatRecordError).join('; ')}`,
      );
    }
  }
}
