/** The sample year shipped under seed/sample-2023/ (`npm run seed -- --sample`), as a dataset name. */
export const SAMPLE_DATASET = 'sample-2023';
