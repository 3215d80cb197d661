import { dirname, resolve } from 'node:path';

/**
 * What the nearest directory at or above a file says: `found(dir)` answers there, or gives
 * undefined to go on up, as far as `last` (or the file system's root), where `none` is the answer.
 * Every directory walked through is remembered in `answers` with the answer it led to.
 */
export function nearestAbove<T>(filePath: string, answers: Map<string, T>, found: (dir: string) => T | undefined, none: T, last?: string | null): T {
  const walked: string[] = [];
  let answer = none;
  for (let dir = dirname(resolve(filePath)); ; dir = dirname(dir)) {
    const known = answers.get(dir);
    if (known !== undefined) {
      answer = known;
      break;
    }
    walked.push(dir);
    const here = found(dir);
    if (here !== undefined) {
      answer = here;
      break;
    }
    if (dir === last || dirname(dir) === dir) break;
  }
  for (const dir of walked) answers.set(dir, answer);
  return answer;
}
