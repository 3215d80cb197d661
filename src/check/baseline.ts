import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { CheckReport } from './types.js';

/** Counts per file per rule, like ESLint's bulk suppressions: `{ version, files: { path: { rule: n } } }`. */
export interface Baseline {
  readonly version: 1;
  readonly files: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

export class BaselineError extends Error {
  override readonly name = 'BaselineError';
}

export function countsOf(report: CheckReport): Record<string, Record<string, number>> {
  const files: Record<string, Record<string, number>> = {};
  for (const finding of report.findings) {
    const rules = (files[finding.file] ??= {});
    rules[finding.ruleId] = (rules[finding.ruleId] ?? 0) + 1;
  }
  return files;
}

/** Sorted keys at every level, one entry per line: a stable, diff-friendly file. */
export function serializeBaseline(files: Record<string, Record<string, number>>): string {
  const sorted: Record<string, Record<string, number>> = {};
  for (const file of Object.keys(files).sort()) {
    const rules = files[file]!;
    sorted[file] = Object.fromEntries(Object.keys(rules).sort().map((rule) => [rule, rules[rule]!]));
  }
  return JSON.stringify({ version: 1, files: sorted } satisfies Baseline, null, 2) + '\n';
}

export function readBaseline(path: string): Baseline {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new BaselineError(`${path}: cannot read baseline (${(error as Error).message})`);
  }
  const files = (json as { files?: unknown }).files;
  if ((json as { version?: unknown }).version !== 1 || typeof files !== 'object' || files === null) {
    throw new BaselineError(`${path}: not a ssot-kit baseline (expected { "version": 1, "files": { … } })`);
  }
  for (const [file, rules] of Object.entries(files)) {
    for (const [rule, count] of Object.entries(rules as Record<string, unknown>)) {
      if (!Number.isInteger(count) || (count as number) < 0) throw new BaselineError(`${path}: files["${file}"]["${rule}"] must be a non-negative integer`);
    }
  }
  return json as Baseline;
}

export interface BaselineComparison {
  /** file/rule counts above the baseline. */
  readonly worse: ReadonlyArray<{ file: string; ruleId: string; baseline: number; current: number }>;
  /** How many baselined findings are gone. */
  readonly fixed: number;
  /** Baseline entries whose file no longer exists (dropped). */
  readonly dropped: readonly string[];
}

export function compareWithBaseline(report: CheckReport, baseline: Baseline, cwd: string): BaselineComparison {
  const current = countsOf(report);
  const worse: Array<{ file: string; ruleId: string; baseline: number; current: number }> = [];
  let fixed = 0;
  const dropped: string[] = [];
  for (const [file, rules] of Object.entries(current)) {
    for (const [ruleId, count] of Object.entries(rules)) {
      const allowed = baseline.files[file]?.[ruleId] ?? 0;
      if (count > allowed) worse.push({ file, ruleId, baseline: allowed, current: count });
    }
  }
  for (const [file, rules] of Object.entries(baseline.files)) {
    if (!existsSync(isAbsolute(file) ? file : resolve(cwd, file))) {
      dropped.push(file);
      continue;
    }
    for (const [ruleId, allowed] of Object.entries(rules)) {
      const count = current[file]?.[ruleId] ?? 0;
      if (count < allowed) fixed += allowed - count;
    }
  }
  return { worse: worse.sort((a, b) => (a.file < b.file ? -1 : 1)), fixed, dropped: dropped.sort() };
}

/**
 * The new baseline for `ssot-kit baseline`: the current counts. It only ever tightens an existing
 * baseline: a file/rule above its old count is refused (fix it, or pass --force to accept it).
 */
export function tightenedBaseline(report: CheckReport, previous: Baseline | undefined, force: boolean): { files: Record<string, Record<string, number>>; raised: string[] } {
  const files = countsOf(report);
  const raised: string[] = [];
  if (previous && !force) {
    for (const [file, rules] of Object.entries(files)) {
      for (const [ruleId, count] of Object.entries(rules)) {
        const before = previous.files[file]?.[ruleId] ?? 0;
        if (count > before) raised.push(`${file} ${ruleId}: ${before} → ${count}`);
      }
    }
  }
  return { files, raised };
}
