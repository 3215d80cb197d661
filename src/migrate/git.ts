import { execFileSync } from 'node:child_process';

/**
 * Uncommitted changes in the git work tree containing `cwd`, or undefined when `cwd` is not in
 * one (or git is missing): then there is nothing to protect with a dirty-tree check.
 */
export function uncommittedChanges(cwd: string): string[] | undefined {
  try {
    const inside = execFileSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (inside !== 'true') return undefined;
    const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=no', '--', '.'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return status.split('\n').filter(Boolean);
  } catch {
    return undefined;
  }
}
