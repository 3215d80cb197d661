import type { TSESLint } from '@typescript-eslint/utils';
import { findConfigFile } from '../src/config/load.js';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { VERSION } from '../src/version.js';
import noDirectFactoryConstruction from './no-direct-factory-construction.js';
import noModuleSingleton from './no-module-singleton.js';
import noSingletonGetterCall from './no-singleton-getter-call.js';
import requireUserContext from './require-user-context.js';

export const rules = {
  'no-module-singleton': noModuleSingleton,
  'no-singleton-getter-call': noSingletonGetterCall,
  'no-direct-factory-construction': noDirectFactoryConstruction,
  'require-user-context': requireUserContext,
} satisfies Record<string, TSESLint.RuleModule<string, readonly unknown[]>>;

export type RuleName = keyof typeof rules;

/**
 * `ssot.config.json` from the working directory (or above), as plain settings: ESLint clones
 * settings, so the rules resolve them themselves (once per settings object).
 */
function settingsFromWorkingDirectory(): Record<string, unknown> | undefined {
  const file = findConfigFile(process.cwd());
  if (!file) return undefined;
  const json = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as Record<string, unknown>;
  return { ...json, rootDir: dirname(file), configFile: file };
}

const plugin = {
  meta: { name: 'ssot', version: VERSION },
  rules,
  configs: {} as Record<'recommended' | 'strict', TSESLint.FlatConfig.Config>,
};

// Configs derive from each rule's meta.docs, not from a hand-kept list.
const recommendedRules = Object.fromEntries(
  Object.entries(rules)
    .filter(([, rule]) => rule.meta.docs?.recommended)
    .map(([name]) => [`ssot/${name}`, 'error' as const]),
);
const ssotSettings = settingsFromWorkingDirectory();

plugin.configs.recommended = {
  name: 'ssot/recommended',
  plugins: { ssot: plugin as unknown as TSESLint.FlatConfig.Plugin },
  rules: recommendedRules,
  ...(ssotSettings ? { settings: { ssot: ssotSettings } } : {}),
};
plugin.configs.strict = {
  ...plugin.configs.recommended,
  name: 'ssot/strict',
  rules: {
    ...Object.fromEntries(Object.keys(rules).map((name) => [`ssot/${name}`, 'error' as const])),
    // Strict: the request-scope fallback is not enough; pass the context down explicitly.
    'ssot/require-user-context': ['error', { allowRequestScope: false }],
  },
};

export default plugin;
