import { declaresUserContext, findContext } from '../analysis/context.js';
import { rewriteBlocker } from '../analysis/rewrite-blockers.js';
import { sitesIn } from '../analysis/file-analysis.js';
import { ParseError } from '../analysis/parse.js';
import { mayContainFactorySite } from '../analysis/prefilter.js';
import type { ContextDecision, FactorySite } from '../analysis/types.js';
import { NOT_UTF8 } from '../source-text.js';
import { writeFileAtomic } from '../atomic-write.js';
import { toPosixRelative } from '../check/discover.js';
import { CreatorImports } from '../migrate/creator-imports.js';
import { migrateSource, siteKind } from '../migrate/migrate-source.js';
import { loadFastParser } from '../analysis/fast-parser.js';
import { migrateRun } from '../migrate/report.js';
import type { MigrateOptions, MigrateReport, MigrateRun } from '../migrate/run-migrate.js';
import { scanFiles } from '../check/scan.js';
import type { MigrateSourceOptions } from '../migrate/types.js';
import { describeEnclosing, enclosingFunction, functionKey } from './functions.js';
import { ThreadPlanner, type Seed, type SeedOutcome } from './planner.js';
import { packageEntryFiles, ThreadingProgram } from './program.js';
import type { Consumer, ThreadingReport } from './types.js';

export const DEFAULT_MAX_DEPTH = 5;

const NO_CONTEXT_ANYWHERE = 'no function in the files looked at holds a user context to pass down';

/**
 * Whether any file of the run declares a user context (a text test first: the context type's
 * name or a context name, then the same analysis as a site's). A file that does not parse
 * cannot be threaded through, so it does not count.
 */
function contextDeclaredAnywhere(program: ThreadingProgram, texts: ReadonlyMap<string, string>, config: ThreadOptions['config'], unparsable: ReadonlySet<string>): boolean {
  const words = [config.context.type, ...config.context.names];
  for (const [file, text] of texts) {
    if (unparsable.has(file) || !words.some((word) => text.includes(word))) continue;
    try {
      if (declaresUserContext(program.analysisInput(file), config)) return true;
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
    }
  }
  return false;
}

export interface ThreadOptions extends MigrateOptions {
  /** How many functions up a chain may gain the parameter (default 5). */
  readonly maxDepth?: number;
}

export interface ThreadedRun extends MigrateRun {
  readonly report: MigrateReport & { readonly threading: ThreadingReport };
}

interface SiteRecord {
  readonly file: string;
  readonly site: FactorySite;
  readonly decision: ContextDecision | { kind: 'blocked' };
}

/**
 * `migrate --thread-context`: the whole-program migration. Every site with no context in
 * scope is traced up its callers (through the type checker's references) to one that has a
 * context, and the functions in between gain a context parameter. Analysis runs first over
 * the unchanged files; the edits are applied as text, each file through the same planner as
 * plain `migrate`, and written atomically at the end — or, with `dryRun`, not at all.
 */
export async function runThreadedMigrate(options: ThreadOptions): Promise<ThreadedRun> {
  const { config, cwd } = options;
  const display = (file: string) => toPosixRelative(cwd, file);
  const sourceOptions: MigrateSourceOptions = {
    ...(options.kinds ? { kinds: options.kinds } : {}),
    ...(options.fallback ? { fallback: options.fallback } : {}),
    ...(options.removeLegacy ? { removeLegacy: true } : {}),
  };
  // Every file a migration looks at (discovered like `check`, narrowed by `--only`), read: the
  // program needs them all to follow calls, not only those that name a factory.
  await loadFastParser();
  const texts = new Map<string, string>();
  const notUtf8 = new Set<string>();
  const byDisplayPath = new Map<string, string>();
  const errors: Array<{ file: string; message: string }> = [];
  let filesScanned = 0;
  const request = { config, cwd, ...(options.paths ? { paths: options.paths } : {}), ...(options.only ? { only: options.only } : {}), keep: 'all', checkUtf8: true } as const;
  for await (const event of scanFiles(request)) {
    if (event.type === 'discovered') {
      filesScanned = event.files;
      continue;
    }
    for (const { file, displayPath, text, notUtf8: invalid } of event.candidates) {
      texts.set(file, text);
      byDisplayPath.set(displayPath, file);
      if (invalid) notUtf8.add(file);
    }
    for (const { displayPath, reason } of event.unreadable) errors.push({ file: displayPath, message: `cannot read: ${reason}` });
  }

  // 1. The sites, with the same analysis plain `migrate` uses.
  const program = new ThreadingProgram(texts, config.rootDir, notUtf8);
  const records: SiteRecord[] = [];
  const candidates: string[] = [];
  const unparsable = new Set<string>();
  for (const [file, text] of texts) {
    if (!mayContainFactorySite(text, config)) continue;
    candidates.push(file);
    let input;
    try {
      input = program.analysisInput(file);
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      unparsable.add(file);
      continue;
    }
    for (const site of sitesIn(input, config, file)) {
      const kind = siteKind(site);
      if (options.kinds && !options.kinds.has(kind)) continue;
      const blocked = rewriteBlocker(site, input, config, file) !== undefined;
      records.push({ file, site, decision: blocked ? { kind: 'blocked' } : findContext(site.node, input, config) });
    }
  }

  // 2. Plan: every site with no context is a seed — unless no function anywhere holds a context
  // to pass down, when every seed takes the fallback without asking the type checker (langfuse:
  // 47 s and 2.5 GB to learn as much).
  const planner = new ThreadPlanner(program, config, { maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH, fallback: options.fallback ?? config.context.fallback, display });
  planner.entryFiles = packageEntryFiles(config.rootDir);
  const outcomes = new Map<SiteRecord, SeedOutcome>();
  const seeds = records.filter((record) => record.decision.kind === 'none');
  const reachable = seeds.length > 0 && contextDeclaredAnywhere(program, texts, config, unparsable);
  for (const record of seeds) {
    const seed = { file: record.file, site: record.site } satisfies Seed;
    outcomes.set(record, reachable ? planner.planSeed(seed) : { seed, reason: NO_CONTEXT_ANYWHERE });
  }
  const { files: threadedEdits, boundaries, applied } = planner.apply([...outcomes.values()]);

  // 3. Edit: each file once, through the same planner as plain `migrate`.
  const changes: Array<MigrateReport['changes'][number]> = [];
  let sharedLocals = 0;
  const manual: Array<MigrateReport['manual'][number]> = [];
  const diffs: Array<MigrateRun['diffs'][number]> = [];
  const creatorImports = new CreatorImports();
  let editFailed = false;
  const touched = [...new Set([...candidates, ...threadedEdits.keys()])].sort();
  for (const file of touched) {
    const text = texts.get(file)!;
    if (notUtf8.has(file)) {
      errors.push({ file: display(file), message: NOT_UTF8 });
      continue;
    }
    let result;
    try {
      result = migrateSource(text, file, config, sourceOptions, threadedEdits.get(file));
    } catch (error) {
      // The plan's edits collide in this file: its callers' edits elsewhere would not compile
      // without it, so nothing is written at all.
      errors.push({ file: display(file), message: `the threaded edits could not be combined (${(error as Error).message}); nothing was written` });
      editFailed = true;
      continue;
    }
    if (result.error) {
      errors.push({ file: display(file), message: result.error });
      continue;
    }
    for (const change of result.changes) changes.push({ file: display(file), ...change });
    sharedLocals += result.sharedLocals ?? 0;
    // Where the written file will have them (see run-migrate); a dry run's, where they are.
    for (const { lineAfter, ...site } of result.manual) manual.push({ file: display(file), ...site, ...(!options.dryRun && lineAfter !== undefined ? { line: lineAfter } : {}) });
    creatorImports.record(file, result);
    if (result.changed) diffs.push({ file: display(file), before: text, after: result.output });
  }
  if (!options.dryRun && !editFailed) {
    for (const diff of diffs) writeFileAtomic(byDisplayPath.get(diff.file)!, diff.after);
  }

  // 4. The consumer inventory.
  const consumers = new Map<string, { ref: Consumer; outcomes: Set<Consumer['outcome']>; reasons: string[]; plans: Set<NonNullable<SeedOutcome['plan']>> }>();
  for (const record of records) {
    const at = program.file(record.file).getDescendantAtPos(record.site.node.range[0])!;
    const enclosing = enclosingFunction(at);
    const key = enclosing.kind === 'function' ? functionKey(enclosing.fn) : `${record.file}:${enclosing.kind}:${record.site.node.loc.start.line}`;
    let consumer = consumers.get(key);
    if (!consumer) {
      const node = enclosing.kind === 'function' ? enclosing.fn.node : at;
      consumer = {
        ref: { function: describeEnclosing(at), file: display(record.file), line: node.getStartLineNumber(), sites: 0, outcome: 'in-scope', chain: [], contextFrom: [] },
        outcomes: new Set(),
        reasons: [],
        plans: new Set(),
      };
      consumers.set(key, consumer);
    }
    (consumer.ref as { sites: number }).sites++;
    const outcome = outcomes.get(record);
    if (record.decision.kind === 'found') consumer.outcomes.add('in-scope');
    else if (outcome?.plan) {
      consumer.outcomes.add('threaded');
      consumer.plans.add(outcome.plan);
    } else if (outcome && (options.fallback ?? config.context.fallback) === 'request-scope') {
      consumer.outcomes.add('fallback');
      if (outcome.reason) consumer.reasons.push(outcome.reason);
    } else consumer.outcomes.add('manual');
  }
  const inventory: Consumer[] = [];
  for (const { ref, outcomes: seen, reasons, plans } of consumers.values()) {
    const outcome = (['manual', 'fallback', 'threaded', 'in-scope'] as const).find((o) => seen.has(o))!;
    const chain = [...plans].map((p) => planner.chainOf(p));
    inventory.push({
      ...ref,
      outcome,
      chain: chain.flatMap((c) => c.chain),
      contextFrom: chain.flatMap((c) => c.contextFrom),
      ...(reasons[0] ? { reason: reasons[0] } : {}),
    });
  }
  inventory.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));

  const run = migrateRun({ filesScanned, changes, manual, errors, diffs, sharedLocals, ...(await creatorImports.check(config, cwd)) });
  const threading: ThreadingReport = {
    summary: {
      consumers: inventory.length,
      files: new Set(inventory.map((c) => c.file)).size,
      threaded: inventory.filter((c) => c.outcome === 'threaded').length,
      fallbacks: run.report.summary.sitesFallback + boundaries.length,
      functionsChanged: [...applied].filter((plan) => !plan.promoted).length,
      fieldsPromoted: new Set([...applied].flatMap((plan) => (plan.promoted ? [plan.promoted.parameter] : []))).size,
      callsUpdated: [...applied].reduce((n, plan) => n + plan.args.length, 0),
    },
    consumers: inventory,
    boundaries,
  };
  return { ...run, report: { ...run.report, threading } };
}
