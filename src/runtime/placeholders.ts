/**
 * Ids that look like values but mean "nobody": the residue of `userId = "default"` fallbacks
 * that made every anonymous caller the same user. Rejected alone or as a prefix before `_`/`-`
 * ("test_user", "demo-1"), case-insensitively; "tester" or "user-1" are real ids.
 */
const PLACEHOLDER_WORDS = [
  'none', 'null', 'undefined', 'nil', 'default', 'placeholder', 'registry', 'temp', 'test', 'mock',
  'fake', 'dummy', 'example', 'sample', 'demo', 'template', 'xxx', '0', '1',
];

const PLACEHOLDER = new RegExp(`^(?:${PLACEHOLDER_WORDS.join('|')})(?:[_-].*)?$`, 'is');

export function isPlaceholderId(value: string): boolean {
  return PLACEHOLDER.test(value);
}
