/** Records: a year of liaison work read from workbooks, CSV or JSON, checked, planned and written in one transaction; export and datasets. */
export { listDatasets, removeDataset } from './datasets.ts';
export { exportRecords, exportRecordsTable, type ExportFormat } from './export/export-records.ts';
export { emptyRecordsTable, writeCsvRecords, writeXlsxRecords, type RecordsTable } from './export/write-records-file.ts';
export { importFromSource, importRawRecords, importRecordsFile, importRecordsFromPath, type ImportResult } from './import-records.ts';
export { planRecords, RecordsPlanner } from './plan/plan-records.ts';
export { COUNT_KINDS } from './plan/records-plan.ts';
export { emptyRawRecords, type RawRecords, type RawRow, type RawSheet } from './read/raw-records.ts';
export { csvFolderSource } from './read/read-csv-records.ts';
export { rawRecordsFromObject } from './read/read-json-records.ts';
export { openRecordsSource, readRecords } from './read/read-records.ts';
export { recordsFileSource } from './read/read-records-file.ts';
export { excelSerialDate } from './read/read-xlsx-records.ts';
export { CHUNK_ROWS, chunksOf, collectRecords, recordsInMemory, type RecordsSource, type SheetChunk } from './read/records-source.ts';
export { formatRecordError, type RecordError } from './record-error.ts';
export type { SheetKey } from './records-format.ts';
export { NameDirectory } from './validate/name-directory.ts';
export { validateRecords, validateRows } from './validate/validate-records.ts';
