/** Whole-graph backup and restore. */
export { backupGraph, serialiseBackup, writeBackup } from './backup-graph.ts';
export { readBackup, restoreGraph } from './restore-graph.ts';
