import { DOCS_BASE_URL } from '../../rules/create-rule.js';

export function ruleDocsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}/${ruleId.replace(/^ssot\//, '')}.md`;
}
