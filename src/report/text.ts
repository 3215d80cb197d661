import type { Formatter } from './format.js';

const paint = (on: boolean, code: number) => (text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

/** For people: findings grouped by file, then a summary with the numbers that matter. */
export const formatText: Formatter = (report, { gate, color = false }) => {
  const red = paint(color, 31);
  const green = paint(color, 32);
  const yellow = paint(color, 33);
  const dim = paint(color, 2);
  const bold = paint(color, 1);
  const lines: string[] = [];
  let current = '';
  for (const f of report.findings) {
    if (f.file !== current) {
      if (current) lines.push('');
      current = f.file;
      lines.push(bold(f.file));
    }
    lines.push(`  ${dim(`${f.line}:${f.column}`.padEnd(8))} ${red('error')}  ${f.message}  ${dim(f.ruleId)}`);
  }
  if (report.errors.length > 0) {
    if (lines.length) lines.push('');
    lines.push(bold('Files that could not be checked'));
    for (const e of report.errors) lines.push(`  ${e.file}  ${red(e.message)}`);
  }
  const s = report.summary;
  const fixable = report.findings.filter((f) => f.fixable).length;
  if (lines.length) lines.push('');
  lines.push(bold('ssot-kit check'));
  lines.push(`  files scanned       ${s.filesScanned} (${s.filesWithViolations} with violations)`);
  lines.push(`  violations          ${s.violations}${fixable ? ` (${fixable} auto-fixable: ssot-kit migrate)` : ''}`);
  for (const [rule, count] of Object.entries(s.byRule)) lines.push(`    ${rule.padEnd(38)} ${count}`);
  lines.push(`  module singletons   ${s.singletons}`);
  const pct = `${s.compliance.percent.toFixed(1)} %`;
  lines.push(`  compliance          ${s.compliance.percent === 100 ? green(pct) : yellow(pct)} (${s.compliance.compliantSites} per-request / ${s.compliance.violatingSites} violating sites)`);
  lines.push(`  parse errors        ${s.parseErrors}`);
  if (gate) {
    for (const note of gate.notes) lines.push(`  ${green(note)}`);
    lines.push(gate.passed ? green('  gate passed') : red(`  gate failed: ${gate.failures.join('; ')}`));
  }
  return lines.join('\n') + '\n';
};
