import { resolve } from 'node:path';
import { writeFileAtomic } from '../atomic-write.js';

/** Writes a report to `--output F` (atomically), or to stdout. */
export function emit(text: string, output: string | undefined, cwd: string): void {
  if (output) writeFileAtomic(resolve(cwd, output), text);
  else process.stdout.write(text);
}

export function useColor(stream: NodeJS.WriteStream = process.stdout): boolean {
  return Boolean(stream.isTTY) && process.env['NO_COLOR'] === undefined && process.env['FORCE_COLOR'] !== '0';
}
