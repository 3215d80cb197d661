export { ConfigError } from './errors.js';
export { CONFIG_FILE_NAME, findConfigFile, loadConfig, readConfigFile } from './load.js';
export { resolveConfig, type ResolvedConfig } from './resolve.js';
export { configFromSettings } from './settings.js';
export { configJsonSchema } from './json-schema.js';
export { configSchema, DEFAULT_CONTEXT, DEFAULT_FACTORIES, type FactorySpec, type SsotConfig, type SsotConfigInput } from './schema.js';
