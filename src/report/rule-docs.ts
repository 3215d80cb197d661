import { DOCS_BASE_URL } from '../../rules/utils/docs-url.js';

export function ruleDocsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}/${ruleId.replace(/^ssot\//, '')}.md`;
}
