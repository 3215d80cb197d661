import type { Formatter } from './format.js';

/** Workflow-command escaping: data may not contain %, CR or LF; properties not : or , either. */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** GitHub Actions annotations: one `::error` per finding, one per file that could not be checked. */
export const formatGithub: Formatter = (report, { gate }) => {
  const lines = report.findings.map(
    (f) =>
      `::error file=${escapeProperty(f.file)},line=${f.line},col=${f.column},endLine=${f.endLine},endColumn=${f.endColumn},title=${escapeProperty(f.ruleId)}::${escapeData(f.message)}`,
  );
  for (const e of report.errors) lines.push(`::error file=${escapeProperty(e.file)},title=${escapeProperty('ssot-kit: not checked')}::${escapeData(e.message)}`);
  const s = report.summary;
  lines.push(`::notice title=ssot-kit::${escapeData(`${s.violations} violation(s), ${s.singletons} module singleton(s), compliance ${s.compliance.percent.toFixed(1)} %${gate ? (gate.passed ? ', gate passed' : `, gate failed: ${gate.failures.join('; ')}`) : ''}`)}`);
  return lines.join('\n') + '\n';
};
