/**
 * Lines no one writes by hand: a bundler's or minifier's output puts a whole module, or a whole
 * library, on a handful of lines. Prettier and every style guide wrap code near 80–120
 * characters, and even a long string literal a person types (a data URI, a SQL block) sits on
 * its own line apart from the declarations around it; so a declaration on a line this long is
 * generated code, which is fixed in what generates it, not where it is reported.
 */
const LONGEST_HAND_WRITTEN_LINE = 1_000;

/** Whether the line holding `offset` is longer than anyone writes by hand. */
export function onMinifiedLine(text: string, offset: number): boolean {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset);
  const end = newline === -1 ? text.length : newline;
  return end - start > LONGEST_HAND_WRITTEN_LINE;
}
