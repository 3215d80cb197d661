/** One rule finding, as the JSON report spells it (`file` POSIX, relative to the working directory). */
export interface Finding {
  readonly ruleId: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message: string;
  readonly fixable: boolean;
}

export interface FileError {
  readonly file: string;
  readonly message: string;
}

/** What linting one file produced. */
export interface FileResult {
  readonly file: string;
  readonly findings: readonly Finding[];
  /** Creator calls with a real context: the compliant side of compliance %. */
  readonly compliantSites: number;
  readonly error?: string;
}

export interface ReportSummary {
  readonly filesScanned: number;
  readonly filesWithViolations: number;
  readonly violations: number;
  readonly byRule: Readonly<Record<string, number>>;
  readonly singletons: number;
  readonly compliance: { readonly percent: number; readonly compliantSites: number; readonly violatingSites: number };
  readonly parseErrors: number;
}

/** The `--format json` contract (DESIGN.md), version 1. */
export interface CheckReport {
  readonly version: 1;
  readonly summary: ReportSummary;
  readonly findings: readonly Finding[];
  readonly errors: readonly FileError[];
}

export const SINGLETON_RULE = 'ssot/no-module-singleton';
