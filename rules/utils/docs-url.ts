/** Where each rule's page lives (kept apart from create-rule.ts so reports need no ESLint utils). */
export const DOCS_BASE_URL = 'https://github.com/ssot-kit/ssot-kit/blob/main/docs/rules';

export const RULE_NAMES = ['no-module-singleton', 'no-singleton-getter-call', 'no-direct-factory-construction', 'require-user-context'] as const;
