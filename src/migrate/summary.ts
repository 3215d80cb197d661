import { createTwoFilesPatch } from 'diff';
import type { ThreadingReport } from '../thread/types.js';
import type { MigrateRun } from './run-migrate.js';

const paint = (on: boolean, code: number) => (text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

/** The unified diff of a dry run, coloured on a TTY. */
export function formatDiff(run: MigrateRun, color: boolean): string {
  const red = paint(color, 31);
  const green = paint(color, 32);
  const cyan = paint(color, 36);
  return run.diffs
    .map(({ file, before, after }) =>
      createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, { context: 3 })
        .split('\n')
        .slice(1) // the "Index:"-less header line createTwoFilesPatch starts with
        .map((line) => (line.startsWith('+') && !line.startsWith('+++') ? green(line) : line.startsWith('-') && !line.startsWith('---') ? red(line) : line.startsWith('@@') ? cyan(line) : line))
        .join('\n'),
    )
    .join('\n');
}

/** The human summary: what changed, what needs a person and why, what failed. */
export function formatSummary(run: MigrateRun, dryRun: boolean, contextModule = 'ssot-kit/runtime'): string {
  const { summary, manual, errors } = run.report;
  const lines = [
    `ssot-kit migrate${dryRun ? ' (dry run: nothing written)' : ''}`,
    `  files scanned     ${summary.filesScanned}`,
    `  files changed     ${summary.filesChanged}`,
    `  sites rewritten   ${summary.sitesRewritten} (${summary.sitesRewritten - summary.sitesFallback} with the context in scope, ${summary.sitesFallback} with requireUserContext())`,
    ...(summary.sharedLocals > 0 ? [`                    ${summary.sitesSharingLocals} of them read one of ${summary.sharedLocals} local(s): a function's calls of one getter share one instance per request`] : []),
    `  manual sites      ${summary.sitesManual}`,
  ];
  // One line per file and reason — `session.ts:208, 281, 326  …` — so fourteen sites that wait for
  // one creator read as one thing to do (every line is still named; --json lists each site).
  const byFileAndReason = new Map<string, { file: string; reason: string; lines: number[] }>();
  for (const site of manual) {
    const key = `${site.file}\0${site.reason}`;
    const entry = byFileAndReason.get(key) ?? { file: site.file, reason: site.reason, lines: [] };
    entry.lines.push(site.line);
    byFileAndReason.set(key, entry);
  }
  for (const { file, reason, lines: at } of byFileAndReason.values()) lines.push(`    ${file}:${at.join(', ')}  ${reason}`);
  lines.push(`  errors            ${summary.errors}`);
  for (const error of errors) lines.push(`    ${error.file}  ${error.message} (left unchanged)`);
  const { missingExports } = run.report;
  if (missingExports.length > 0) {
    lines.push(`  creators to write ${missingExports.length}`);
    for (const { file, name, importedBy, takes } of missingExports) {
      const by = importedBy.length === 1 ? importedBy[0] : `${importedBy.length} migrated files`;
      const verb = dryRun ? 'would import' : importedBy.length === 1 ? 'now imports' : 'now import';
      lines.push(takes === undefined
        ? `    ${file} does not export ${name}, which ${by} ${verb}: write it before building or running`
        : `    ${file} exports a ${name} that takes ${takes}, not a user context, which ${by} ${verb}: name the creator otherwise in the config, or make it take the context`);
    }
  }
  const { crossPackageImports } = run.report;
  if (crossPackageImports.length > 0) {
    lines.push(`  across packages   ${crossPackageImports.length}`);
    for (const { file, package: name, importedBy } of crossPackageImports) {
      const by = importedBy.length === 1 ? importedBy[0] : `${importedBy.length} migrated files`;
      lines.push(`    ${file} belongs to ${name}, yet ${by} in other packages ${dryRun ? 'would import' : importedBy.length === 1 ? 'now imports' : 'now import'} it by relative path: set factories[].module to ${name}'s own specifier for it`);
    }
  }
  if (summary.sitesFallback > 0) {
    // The one step no transform writes: without a request scope every fallback throws.
    lines.push('', `${summary.sitesFallback} site(s) ${dryRun ? 'would call' : 'now call'} requireUserContext(), which reads the request's scope: requests must run inside one`);
    lines.push(contextModule === 'ssot-kit/runtime'
      ? '(mount userContextMiddleware() where they enter, or wrap the work in runWithUserContext()), or it throws MissingUserContextError.'
      : `(as ${contextModule} sets it up), or it throws.`);
  }
  if (!dryRun && summary.filesChanged > 0) lines.push('', 'Review the change with `git diff`; `ssot-kit check` counts what is left.');
  return lines.join('\n') + '\n';
}

/** The consumer inventory of `--thread-context`: who acquires a factory and how each gets its context. */
export function formatThreading(threading: ThreadingReport): string {
  const { summary } = threading;
  const lines = [
    `  context threading ${summary.consumers} consumers in ${summary.files} files, ${summary.threaded} threaded, ${summary.fallbacks} fallbacks`,
    `                    ${summary.functionsChanged} functions gained a context parameter, ${summary.callsUpdated} calls pass it, ${summary.fieldsPromoted} constructor parameters kept as fields`,
  ];
  for (const consumer of threading.consumers) {
    if (consumer.outcome === 'threaded') {
      const from = consumer.contextFrom.map((c) => `${c.context} at ${c.file}:${c.line}`).join(', ');
      lines.push(`    ${consumer.file}:${consumer.line}  ${consumer.function}  threaded via ${consumer.chain.map((c) => c.function).join(' ← ')}${from ? ` (from ${from})` : ''}`);
    } else if (consumer.outcome === 'fallback') {
      lines.push(`    ${consumer.file}:${consumer.line}  ${consumer.function}  fallback: ${consumer.reason ?? 'no context upstream'}`);
    }
  }
  for (const boundary of threading.boundaries) lines.push(`    ${boundary.file}:${boundary.line}  ${boundary.function} → ${boundary.callee}  fallback at this call: ${boundary.reason}`);
  return lines.join('\n') + '\n';
}
