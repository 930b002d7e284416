/** The coverage rules R1–R10, one file each. */
import type { CoverageRule } from './coverage-rule.ts';
import { R1 } from './r1-symposia.ts';
import { R2 } from './r2-government-policy-documents.ts';
import { R3 } from './r3-department-documents.ts';
import { R4 } from './r4-head-takes-part.ts';
import { R5 } from './r5-named-officers.ts';
import { R6 } from './r6-special-supervisors.ts';
import { R7 } from './r7-joint-meetings.ts';
import { R8 } from './r8-plans-and-summaries.ts';
import { R9 } from './r9-every-counterpart-covered.ts';
import { R10 } from './r10-consultation-and-inspection.ts';

export type { CoverageRule } from './coverage-rule.ts';

/** The rules in order. */
export const COVERAGE_RULES: readonly CoverageRule[] = [R1, R2, R3, R4, R5, R6, R7, R8, R9, R10];
