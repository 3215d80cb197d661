import { SINGLETON_RULE, type CheckReport, type FileError, type FileResult, type Finding } from './types.js';

/** Compliance % to one decimal; a codebase with no sites at all is fully compliant. */
export function compliancePercent(compliant: number, violating: number): number {
  const total = compliant + violating;
  return total === 0 ? 100 : Math.round((compliant / total) * 1000) / 10;
}

function byPosition(a: Finding, b: Finding): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/** Assembles the report from per-file results (and from merged shard reports). */
export function reportFrom(filesScanned: number, findings: Finding[], errors: FileError[], compliantSites: number): CheckReport {
  findings.sort(byPosition);
  errors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const byRule: Record<string, number> = {};
  for (const finding of findings) byRule[finding.ruleId] = (byRule[finding.ruleId] ?? 0) + 1;
  const singletons = byRule[SINGLETON_RULE] ?? 0;
  const violatingSites = findings.length - singletons;
  return {
    version: 1,
    summary: {
      filesScanned,
      filesWithViolations: new Set(findings.map((f) => f.file)).size,
      violations: findings.length,
      byRule: Object.fromEntries(Object.entries(byRule).sort(([a], [b]) => (a < b ? -1 : 1))),
      singletons,
      compliance: { percent: compliancePercent(compliantSites, violatingSites), compliantSites, violatingSites },
      parseErrors: errors.length,
    },
    findings,
    errors,
  };
}

export function buildReport(filesScanned: number, results: readonly FileResult[]): CheckReport {
  const findings = results.flatMap((r) => r.findings);
  const errors = results.filter((r) => r.error !== undefined).map((r) => ({ file: r.file, message: r.error! }));
  const compliant = results.reduce((sum, r) => sum + r.compliantSites, 0);
  return reportFrom(filesScanned, findings, errors, compliant);
}

/** Several shard reports → one (shards cover disjoint files). */
export function mergeReports(reports: readonly CheckReport[]): CheckReport {
  return reportFrom(
    reports.reduce((sum, r) => sum + r.summary.filesScanned, 0),
    reports.flatMap((r) => r.findings),
    reports.flatMap((r) => r.errors),
    reports.reduce((sum, r) => sum + r.summary.compliance.compliantSites, 0),
  );
}
