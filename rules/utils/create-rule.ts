import { RuleCreator } from '@typescript-eslint/utils/eslint-utils';

import { DOCS_BASE_URL } from './docs-url.js';

export { DOCS_BASE_URL };

/** Every rule is made here, so `meta.docs.url` can't be forgotten. */
export const createRule = RuleCreator<{ recommended?: boolean; strict?: boolean }>((name) => `${DOCS_BASE_URL}/${name}.md`);
