import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';

/**
 * Why migrate never rewrites a file that is not valid UTF-8: decoding it replaces the odd bytes
 * (a Latin-1 `é` in a comment) with U+FFFD, so writing it back would change bytes no edit
 * touched. Such a file is reported and left exactly as it is.
 */
export const NOT_UTF8 = 'not valid UTF-8: left byte for byte (convert it to UTF-8 to migrate it)';

export interface SourceText {
  readonly text: string;
  /** Whether the bytes are valid UTF-8 — checked on demand, for the files about to be edited. */
  readonly isUtf8: () => boolean;
}

/** A source file's text, as a file to be rewritten: `text` is only safe to write back when `isUtf8()`. */
export function readSourceText(file: string): SourceText {
  const bytes = readFileSync(file);
  return { text: bytes.toString('utf8'), isUtf8: () => isUtf8(bytes) };
}
