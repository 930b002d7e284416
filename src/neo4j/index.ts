/** The embedded Neo4j: installer, launcher, run record. */
export { checkDataFolder, MIN_FREE_BYTES } from './data-folder.ts';
export { parseJavaMajorVersion } from './java-check.ts';
export { ensureNeo4jInstalled } from './neo4j-installer.ts';
export { findFreePort, startOrAttachNeo4j, type Neo4jHandle } from './neo4j-launcher.ts';
export { generatePassword, isProcessAlive, passwordPath, readLiveRunRecord, runRecordPath } from './run-record.ts';
export {
  RESTART_BACKOFF_MILLISECONDS,
  STABLE_AFTER_MILLISECONDS,
  startSupervisedNeo4j,
  type SupervisorEvent,
  type SupervisorOptions,
} from './neo4j-supervisor.ts';
