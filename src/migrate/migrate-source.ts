import type { TSESTree } from '@typescript-eslint/utils';
import type { ResolvedConfig } from '../config/index.js';
import { noRequestScope } from '../analysis/outside-requests.js';
import { findContext } from '../analysis/context.js';
import { applyEdits, planSiteEdits, REQUIRE_USER_CONTEXT, type SiteRewrite } from '../analysis/edits.js';
import { rewriteBlocker } from '../analysis/rewrite-blockers.js';
import { sitesIn } from '../analysis/file-analysis.js';
import { parseFile, ParseError, stripBom } from '../analysis/parse.js';
import type { FactorySite, TextEdit } from '../analysis/types.js';
import { planLegacyShim } from './legacy-shim.js';
import { planCreatorReexports } from './reexports.js';
import type { FileMigration, ManualSite, MigrateSourceOptions, SiteChange, ThreadedFileEdits } from './types.js';

const ALL_KINDS = new Set(['getter', 'construction'] as const);

/** Which `--only`-style kind a site belongs to: the getter's sites, or the class's. */
export function siteKind(site: FactorySite): 'getter' | 'construction' {
  return site.kind === 'construction' || site.kind === 'class-mock' ? 'construction' : 'getter';
}

/**
 * Migrates one file's text: every getter call and direct construction with exactly one user
 * context in scope becomes `creator(<context>)`; with none, the fallback (when allowed and the
 * site runs inside a request); everything else is listed as manual. Edits come from the same
 * planner as the ESLint autofix; bytes outside them (comments, quotes, CRLF, a BOM) are kept.
 */
export function migrateSource(original: string, filePath: string, config: ResolvedConfig, options: MigrateSourceOptions = {}, threaded?: ThreadedFileEdits): FileMigration {
  const { text, bom } = stripBom(original);
  let input;
  try {
    input = parseFile(text, filePath);
  } catch (error) {
    const message = error instanceof ParseError ? error.message : String(error);
    return { output: original, changed: false, changes: [], manual: [], error: message };
  }
  const kinds = options.kinds ?? ALL_KINDS;
  const fallback = options.fallback ?? config.context.fallback;
  const sites = sitesIn(input, config, filePath);
  const rewrites: SiteRewrite[] = [];
  const changes: SiteChange[] = [];
  const manual: ManualSite[] = [];
  // Each manual site's own node: where it lands in the edited text is found from it, not its line.
  const nodeOf = new Map<ManualSite, TSESTree.Node>();

  for (const site of sites) {
    if (!kinds.has(siteKind(site))) continue;
    const line = site.node.loc.start.line;
    const keepManual = (reason: string) => {
      const entry = { line, reason };
      manual.push(entry);
      nodeOf.set(entry, site.node);
    };
    const blocker = rewriteBlocker(site, input, config, filePath);
    if (blocker) {
      keepManual(blocker);
      continue;
    }
    const decision = findContext(site.node, input, config);
    const from = text.slice(site.node.range[0], site.node.range[1]);
    const threadedContext = threaded?.siteContexts.get(site.node.range[0]);
    if (threadedContext !== undefined) {
      rewrites.push({ site, replacement: 'context', context: threadedContext });
      changes.push({ line, from, to: '', context: threadedContext, kind: 'inferred' });
    } else if (decision.kind === 'found') {
      rewrites.push({ site, replacement: 'context', context: decision.expression });
      changes.push({ line, from, to: '', context: decision.expression, kind: 'inferred' });
    } else if (decision.kind === 'module-scope') {
      keepManual('runs at import time, outside every request (module scope): move it into request handling');
    } else if (decision.kind === 'ambiguous') {
      keepManual(`several user contexts in scope (${decision.candidates.join(', ')}): choose one`);
    } else if (fallback === 'request-scope') {
      const noScope = noRequestScope(site.node, input, filePath);
      if (noScope !== undefined) {
        keepManual(noScope);
      } else {
        rewrites.push({ site, replacement: 'fallback' });
        changes.push({ line, from, to: '', context: `${REQUIRE_USER_CONTEXT}()`, kind: 'fallback' });
      }
    } else {
      keepManual('no user context in scope (fallback: manual)');
    }
  }

  const shim = options.removeLegacy ? planLegacyShim(input, config, filePath) : undefined;
  const reexports = kinds.has('getter') ? planCreatorReexports(input, sites, config, filePath) : undefined;
  const creatorSources = new Map<string, { creator: string; module: string }>();
  const takesCreator = (creator: string, module: string) => creatorSources.set(`${creator}\0${module}`, { creator, module });
  const localOf = new Map<TSESTree.Node, string>();
  let sharedLocals = 0;
  const sharesLocal = (local: string, sharing: ReadonlySet<TSESTree.Node>) => {
    sharedLocals++;
    for (const node of sharing) localOf.set(node, local);
  };
  for (const { creator, module } of reexports?.creatorSources ?? []) takesCreator(creator, module);
  const edits = planSiteEdits(input, rewrites, config, filePath, {
    ensureRequireUserContext: (shim?.needsRequireUserContext ?? false) || (threaded?.needsRequireUserContext ?? false),
    typeImports: threaded?.typeImports ?? [],
    creatorImports: reexports?.creatorImports ?? [],
    onCreatorSource: takesCreator,
    onSharedLocal: sharesLocal,
  });
  if (threaded) edits.push(...threaded.edits);
  if (reexports) edits.push(...reexports.edits);
  // Each change's `to` is the text its call site became (a shared local's name covers its `await`).
  const finished = changes.map((change, i) => {
    const node = rewrites[i]!.site.node;
    const edit = edits.find((e) => e.range[0] <= node.range[0] && node.range[1] <= e.range[1] && e.range[0] < e.range[1]);
    const local = localOf.get(node);
    return { ...change, to: edit?.text ?? change.to, ...(local !== undefined ? { local } : {}) };
  });
  if (shim) {
    edits.push(...shim.edits);
    manual.push(...shim.manual);
  }
  if (edits.length === 0) return { output: original, changed: false, changes: [], manual: manual.sort((a, b) => a.line - b.line) };
  let edited: string;
  try {
    edited = applyEdits(text, edits);
  } catch (error) {
    // Never a half-applied file: one that cannot be edited cleanly is reported and left as is.
    return { output: original, changed: false, changes: [], manual: [], error: `the edits could not be combined (${(error as Error).message}); left untouched` };
  }
  const output = (bom ? '\uFEFF' : '') + edited;
  const lineAfter = lineAfterEdits(text, edits, edited);
  const placed = manual.map((site) => {
    const after = lineAfter(site.line, nodeOf.get(site));
    return after === site.line ? site : { ...site, lineAfter: after };
  });
  return { output, changed: output !== original, changes: finished, manual: placed.sort((a, b) => a.line - b.line), creatorSources: [...creatorSources.values()], ...(sharedLocals > 0 ? { sharedLocals } : {}) };
}

/**
 * Where a manual site is in `edited` (`text` with `edits` applied). Its node's start moves by what
 * the edits before it added or took away — an import added at the top moves every manual site
 * down one. A node an edit rewrites around (an export list rebuilt in sorted order, the creator
 * added before the getter) is found again in the edit's text by its own spelling; failing that,
 * or for a site known only by its line, it goes where the edit's text starts.
 */
function lineAfterEdits(text: string, edits: readonly TextEdit[], edited: string): (line: number, node?: TSESTree.Node) => number {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0]);
  return (line, node) => {
    const start = node ? node.range[0] : lineStarts[line - 1] ?? text.length;
    let moved = 0;
    let at = start;
    for (const { range: [from, to], text: replacement } of sorted) {
      if (to <= start) moved += replacement.length - (to - from);
      else if (from <= start) {
        const within = node && from < to ? spellingIn(replacement, text.slice(node.range[0], node.range[1])) : -1;
        at = from + Math.max(within, 0);
        break;
      }
    }
    const offset = at + moved;
    let newlines = 0;
    for (let i = edited.indexOf('\n'); i !== -1 && i < offset; i = edited.indexOf('\n', i + 1)) newlines++;
    return newlines + 1;
  };
}

/** Where `spelling` stands in `text` as a whole word (not `getX` inside `getXSync`), or -1. */
function spellingIn(text: string, spelling: string): number {
  const word = /[\w$]/;
  for (let i = text.indexOf(spelling); i !== -1; i = text.indexOf(spelling, i + 1)) {
    if (!word.test(text[i - 1] ?? '') && !word.test(text[i + spelling.length] ?? '')) return i;
  }
  return -1;
}
