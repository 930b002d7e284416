/** Configuration: the only reader of process.env. */
export {
  childProcessEnvironment,
  ConfigError,
  loadConfig,
  type AuthConfig,
  type Config,
  type LimitsConfig,
  type Neo4jConfig,
  type OidcConfig,
} from './config.ts';
