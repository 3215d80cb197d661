/**
 * ssot-kit's programmatic API: the same functions the CLI commands call.
 * The runtime is `ssot-kit/runtime`; the ESLint plugin is `ssot-kit/eslint-plugin`.
 */
export { VERSION } from './version.js';
export { ConfigError, loadConfig, resolveConfig, type ResolvedConfig, type SsotConfigInput } from './config/index.js';
export { runCheck, type CheckOptions } from './check/run-check.js';
export { evaluateGate, type GateOptions, type GateResult } from './check/gate.js';
export type { CheckReport, Finding, ReportSummary } from './check/types.js';
export { runMigrate, type MigrateOptions, type MigrateReport, type MigrateRun } from './migrate/run-migrate.js';
export { migrateSource } from './migrate/migrate-source.js';
