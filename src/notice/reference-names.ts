import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ErrorCode, LiaisonError } from '../errors/index.ts';

/** Official full names and short forms of a jurisdiction's bodies (reference data, not the arrangement). */
export interface NameEntry {
  fullName?: string | undefined;
  aliases: string[];
}

export interface ReferenceNames {
  jurisdiction: string;
  offices: Record<string, NameEntry>;
  departments: Record<string, NameEntry>;
  counterparts: Record<string, NameEntry>;
}

const nameEntry = z.object({ fullName: z.string().min(1).optional(), aliases: z.array(z.string().min(1)).default([]) });
const referenceNamesSchema = z.object({
  jurisdiction: z.string().min(1),
  offices: z.record(z.string(), nameEntry).default({}),
  departments: z.record(z.string(), nameEntry).default({}),
  counterparts: z.record(z.string(), nameEntry).default({}),
});

/** Reads and validates a reference-names file such as seed/ziyang-aliases.json. */
export async function readReferenceNames(path: string): Promise<ReferenceNames> {
  let content: unknown;
  try {
    content = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new LiaisonError(ErrorCode.INVALID_INPUT_FILE, `cannot read reference names ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const parsed = referenceNamesSchema.safeParse(content);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new LiaisonError(ErrorCode.INVALID_INPUT_FILE, `invalid reference names ${path}: ${problems}`);
  }
  return parsed.data;
}
