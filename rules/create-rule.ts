import { ESLintUtils } from '@typescript-eslint/utils';

export const DOCS_BASE_URL = 'https://github.com/ssot-kit/ssot-kit/blob/main/docs/rules';

/** Every rule is made here, so `meta.docs.url` can't be forgotten. */
export const createRule = ESLintUtils.RuleCreator<{ recommended?: boolean; strict?: boolean }>((name) => `${DOCS_BASE_URL}/${name}.md`);
