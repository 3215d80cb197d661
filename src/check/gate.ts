import type { BaselineComparison } from './baseline.js';
import type { CheckReport } from './types.js';

export interface GateOptions {
  readonly maxViolations?: number;
  readonly minCompliance?: number;
  readonly baseline?: BaselineComparison;
}

export interface GateResult {
  readonly passed: boolean;
  /** Why it failed, one line each. */
  readonly failures: readonly string[];
  /** Good news worth a line (fixed since baseline). */
  readonly notes: readonly string[];
}

/**
 * Decides the exit code. A tool error always fails. With no threshold and no baseline, any
 * violation fails (like ESLint); otherwise only the thresholds and the baseline count.
 */
export function evaluateGate(report: CheckReport, options: GateOptions): GateResult {
  const failures: string[] = [];
  const notes: string[] = [];
  const { summary } = report;
  if (report.errors.length > 0) failures.push(`${report.errors.length} file(s) could not be checked`);
  const thresholds = options.maxViolations !== undefined || options.minCompliance !== undefined || options.baseline !== undefined;
  if (!thresholds && summary.violations > 0) failures.push(`${summary.violations} violation(s)`);
  if (options.maxViolations !== undefined && summary.violations > options.maxViolations) {
    failures.push(`${summary.violations} violation(s), more than --max-violations ${options.maxViolations}`);
  }
  if (options.minCompliance !== undefined && summary.compliance.percent < options.minCompliance) {
    failures.push(`compliance ${summary.compliance.percent.toFixed(1)} % is below --min-compliance ${options.minCompliance} %`);
  }
  if (options.baseline) {
    for (const w of options.baseline.worse) failures.push(`${w.file}: ${w.ruleId} ${w.current} > baseline ${w.baseline}`);
    if (options.baseline.fixed > 0) {
      notes.push(`${options.baseline.fixed} violation(s) fixed since the baseline: run \`ssot-kit baseline\` to lock it in.`);
    }
    if (options.baseline.dropped.length > 0) notes.push(`${options.baseline.dropped.length} baseline entr(ies) for deleted files ignored.`);
  }
  return { passed: failures.length === 0, failures, notes };
}
