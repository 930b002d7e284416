// Writes the fictional sample year into seed/sample-2023/ (see build-sample.ts).
// Run: node --import tsx seed/sample-2023/generate.ts
import { SAMPLE_DATASET } from './sample-design.ts';
import { writeSample } from './build-sample.ts';

const table = await writeSample(import.meta.dirname);
process.stdout.write(
  `wrote ${SAMPLE_DATASET}.xlsx, csv/, expected-gaps-2023.json, README.md: ${table.people.length} people rows, ${table.activities.length} activities, ${table.documents.length} documents\n`,
);
