/** The sample year shipped under seed/sample-2023/ (`npm run seed -- --sample`), as a dataset name. */
export const SAMPLE_DATASET = 'sample-2023';

/** Where the sample year's workbook lies, relative to the project root. */
export const SAMPLE_WORKBOOK_PATH = `seed/${SAMPLE_DATASET}/${SAMPLE_DATASET}.xlsx`;
