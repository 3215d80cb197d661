import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckReport } from '../../src/check/types.js';
import type { MigrateReport } from '../../src/migrate/run-migrate.js';
import type { ThreadingReport } from '../../src/thread/types.js';
import type { LoadResult } from './load-test.js';

/** `migrate --thread-context --json`: the v1 report plus the consumer inventory. */
export type ThreadedMigrateReport = MigrateReport & { readonly threading: ThreadingReport };

export interface DemoResults {
  readonly before: { load: LoadResult; check: CheckReport };
  readonly migrate: ThreadedMigrateReport;
  /** requireUserContext() fallbacks plain `migrate` (without threading) would have written. */
  readonly plainFallbacks: number;
  readonly after: { load: LoadResult; check: CheckReport; tscOk: boolean };
  readonly diffFile: string;
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function byDirectory(report: CheckReport): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of report.findings) {
    const dir = f.file.split('/').slice(0, -1).join('/') || '.';
    out.set(dir, (out.get(dir) ?? 0) + 1);
  }
  return out;
}

/** A grouped horizontal bar chart, before vs after, as inline SVG: no script, no external asset. */
function barChart(title: string, rows: Array<{ label: string; before: number; after: number }>): string {
  const max = Math.max(1, ...rows.flatMap((r) => [r.before, r.after]));
  const rowHeight = 34;
  const width = 640;
  const labelWidth = 260;
  const scale = (n: number) => Math.round(((width - labelWidth - 60) * n) / max);
  const bars = rows
    .map((r, i) => {
      const y = 30 + i * rowHeight;
      return `<text x="0" y="${y + 12}" class="label">${escapeHtml(r.label)}</text>
<rect x="${labelWidth}" y="${y}" width="${scale(r.before)}" height="12" class="before"/><text x="${labelWidth + scale(r.before) + 6}" y="${y + 11}" class="value">${r.before}</text>
<rect x="${labelWidth}" y="${y + 14}" width="${scale(r.after)}" height="12" class="after"/><text x="${labelWidth + scale(r.after) + 6}" y="${y + 25}" class="value">${r.after}</text>`;
    })
    .join('\n');
  return `<figure><figcaption>${escapeHtml(title)}</figcaption><svg role="img" aria-label="${escapeHtml(title)}" width="${width}" height="${40 + rows.length * rowHeight}" viewBox="0 0 ${width} ${40 + rows.length * rowHeight}">
<rect x="${labelWidth}" y="4" width="12" height="12" class="before"/><text x="${labelWidth + 18}" y="15" class="value">before</text>
<rect x="${labelWidth + 90}" y="4" width="12" height="12" class="after"/><text x="${labelWidth + 108}" y="15" class="value">after</text>
${bars}</svg></figure>`;
}

export function writeReports(dir: string, results: DemoResults): { markdown: string; html: string } {
  const { before, after, migrate } = results;
  const rules = [...new Set([...Object.keys(before.check.summary.byRule), ...Object.keys(after.check.summary.byRule)])].sort();
  const dirsBefore = byDirectory(before.check);
  const dirsAfter = byDirectory(after.check);
  const dirs = [...new Set([...dirsBefore.keys(), ...dirsAfter.keys()])].sort();
  const rows: Array<[string, string | number, string | number]> = [
    ['contaminated responses', before.load.contaminatedResponses, after.load.contaminatedResponses],
    ['contaminated WebSocket frames', before.load.contaminatedFrames, after.load.contaminatedFrames],
    ['violations', before.check.summary.violations, after.check.summary.violations],
    ['module singletons', before.check.summary.singletons, after.check.summary.singletons],
    ['compliance', `${before.check.summary.compliance.percent.toFixed(1)} %`, `${after.check.summary.compliance.percent.toFixed(1)} %`],
  ];

  const md = [
    '# ssot-kit migration report: fixtures/legacy-app',
    '',
    '| | before | after |',
    '| --- | ---: | ---: |',
    ...rows.map(([name, a, b]) => `| ${name} | ${a} | ${b} |`),
    '',
    `Migration: ${migrate.summary.sitesRewritten} sites rewritten in ${migrate.summary.filesChanged} files (${migrate.summary.sitesFallback} with requireUserContext()), ${migrate.summary.sitesManual} manual, ${migrate.summary.errors} errors. tsc after: ${after.tscOk ? 'ok' : 'FAILED'}.`,
    '',
    `Context threading: ${migrate.threading.summary.threaded} of ${migrate.threading.summary.consumers} consumers threaded; fallbacks ${results.plainFallbacks} with plain \`migrate\`, ${migrate.threading.summary.fallbacks} with \`--thread-context\`.`,
    '',
    '## Violations by rule',
    '',
    '| rule | before | after |',
    '| --- | ---: | ---: |',
    ...rules.map((r) => `| \`${r}\` | ${before.check.summary.byRule[r] ?? 0} | ${after.check.summary.byRule[r] ?? 0} |`),
    '',
    '## Violations by directory',
    '',
    '| directory | before | after |',
    '| --- | ---: | ---: |',
    ...dirs.map((d) => `| \`${d}\` | ${dirsBefore.get(d) ?? 0} | ${dirsAfter.get(d) ?? 0} |`),
    '',
    `The diff: \`${results.diffFile}\``,
    '',
  ].join('\n');

  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>ssot-kit migration report</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:760px;color:#1d2430}
h1{font-size:1.5rem}table{border-collapse:collapse;margin:1rem 0}td,th{padding:.3rem .8rem;border-bottom:1px solid #dde}
td.n{text-align:right;font-variant-numeric:tabular-nums}.good{color:#167a3b;font-weight:600}.bad{color:#b3261e;font-weight:600}
svg .label{font-size:12px;fill:#1d2430}svg .value{font-size:11px;fill:#445}svg .before{fill:#d9534f}svg .after{fill:#2e8b57}
figure{margin:1.5rem 0}figcaption{font-weight:600;margin-bottom:.4rem}
</style></head><body>
<h1>ssot-kit migration report</h1>
<p>fixtures/legacy-app under load, before and after <code>ssot-kit migrate</code>.</p>
<table id="summary"><thead><tr><th></th><th>before</th><th>after</th></tr></thead><tbody>
${rows.map(([name, a, b]) => `<tr><td>${escapeHtml(name)}</td><td class="n ${name.startsWith('contaminated') && Number(a) > 0 ? 'bad' : ''}">${a}</td><td class="n ${name.startsWith('contaminated') && Number(b) === 0 ? 'good' : ''}">${b}</td></tr>`).join('\n')}
</tbody></table>
<p>${migrate.summary.sitesRewritten} sites rewritten in ${migrate.summary.filesChanged} files; ${migrate.summary.sitesManual} manual; fallbacks: <span id="fallbacks-plain">${results.plainFallbacks}</span> plain, <span id="fallbacks-threaded">${migrate.threading.summary.fallbacks}</span> threaded; tsc after: <span class="${after.tscOk ? 'good' : 'bad'}">${after.tscOk ? 'ok' : 'failed'}</span>.</p>
${barChart('Violations by rule', rules.map((r) => ({ label: r, before: before.check.summary.byRule[r] ?? 0, after: after.check.summary.byRule[r] ?? 0 })))}
${barChart('Violations by directory', dirs.map((d) => ({ label: d, before: dirsBefore.get(d) ?? 0, after: dirsAfter.get(d) ?? 0 })))}
</body></html>
`;
  const markdown = join(dir, 'report.md');
  const htmlFile = join(dir, 'report.html');
  writeFileSync(markdown, md);
  writeFileSync(htmlFile, html);
  return { markdown, html: htmlFile };
}
