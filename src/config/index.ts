/** Configuration: the only reader of process.env. */
export { childProcessEnvironment, ConfigError, loadConfig, type Config, type Neo4jConfig } from './config.ts';
