import { ESLintUtils } from '@typescript-eslint/utils';

import { DOCS_BASE_URL } from './docs-url.js';

export { DOCS_BASE_URL };

/** Every rule is made here, so `meta.docs.url` can't be forgotten. */
export const createRule = ESLintUtils.RuleCreator<{ recommended?: boolean; strict?: boolean }>((name) => `${DOCS_BASE_URL}/${name}.md`);
