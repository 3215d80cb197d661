import type { Formatter } from './format.js';
import { ruleDocsUrl } from './rule-docs.js';

const TOP_FILES = 10;

function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

/** A PR comment or `$GITHUB_STEP_SUMMARY`: the verdict, a table by rule, the worst files. */
export const formatMarkdown: Formatter = (report, { gate }) => {
  const s = report.summary;
  const out: string[] = [];
  const verdict = gate ? (gate.passed ? '✅ gate passed' : '❌ gate failed') : '';
  out.push(`## ssot-kit check ${verdict}`.trimEnd(), '');
  out.push(`**Compliance: ${s.compliance.percent.toFixed(1)} %** — ${s.compliance.compliantSites} per-request factory sites, ${s.compliance.violatingSites} violating.`);
  out.push(`${s.violations} violation(s) in ${s.filesWithViolations} of ${s.filesScanned} files; ${s.singletons} module singleton(s); ${s.parseErrors} file(s) not checked.`, '');
  if (gate && !gate.passed) {
    out.push('**Why the gate failed:**', '');
    for (const failure of gate.failures) out.push(`- ${escapeCell(failure)}`);
    out.push('');
  }
  for (const note of gate?.notes ?? []) out.push(`> ${note}`, '');
  if (Object.keys(s.byRule).length > 0) {
    out.push('| rule | violations |', '| --- | ---: |');
    for (const [rule, count] of Object.entries(s.byRule)) out.push(`| [\`${rule}\`](${ruleDocsUrl(rule)}) | ${count} |`);
    out.push('');
    const perFile = new Map<string, number>();
    for (const f of report.findings) perFile.set(f.file, (perFile.get(f.file) ?? 0) + 1);
    const top = [...perFile].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TOP_FILES);
    out.push(`<details><summary>Top ${top.length} file(s)</summary>`, '', '| file | violations |', '| --- | ---: |');
    for (const [file, count] of top) out.push(`| \`${escapeCell(file)}\` | ${count} |`);
    out.push('', '</details>', '');
  }
  if (report.errors.length > 0) {
    out.push('**Not checked:**', '');
    for (const e of report.errors) out.push(`- \`${escapeCell(e.file)}\`: ${escapeCell(e.message)}`);
    out.push('');
  }
  return out.join('\n');
};
