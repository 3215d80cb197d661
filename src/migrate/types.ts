import type { TextEdit } from '../analysis/types.js';

/** One rewritten site (the `--json` contract's `changes[]`, before the file is attached). */
export interface SiteChange {
  readonly line: number;
  readonly from: string;
  readonly to: string;
  readonly context: string;
  readonly kind: 'inferred' | 'fallback';
  /** The local the site now reads, shared with the function's other calls of the getter. */
  readonly local?: string;
}

/** A site left for a person, with the reason. */
export interface ManualSite {
  /** Its line in the file as it was read. */
  readonly line: number;
  readonly reason: string;
  /** Its line in the migrated text, when that differs: where a written file has it (see run-migrate). */
  readonly lineAfter?: number;
}

export interface FileMigration {
  /** The new text (the original, byte for byte, when nothing changed or the file did not parse). */
  readonly output: string;
  readonly changed: boolean;
  readonly changes: readonly SiteChange[];
  readonly manual: readonly ManualSite[];
  /** Each module (as this file spells it) the output takes a creator from: it must export it. */
  readonly creatorSources?: ReadonlyArray<{ readonly creator: string; readonly module: string }>;
  /** How many locals the file's functions now declare for their shared calls. */
  readonly sharedLocals?: number;
  readonly error?: string;
}

export type SiteKinds = ReadonlySet<'getter' | 'construction'>;

export interface MigrateSourceOptions {
  /** Which sites to rewrite (the jscodeshift transforms take one kind each; `migrate` both). */
  readonly kinds?: SiteKinds;
  /** Overrides the config's `context.fallback`. */
  readonly fallback?: 'request-scope' | 'manual';
  /** Turn the getter's own module into the deprecated shim and delete its holder. */
  readonly removeLegacy?: boolean;
}

/** What cross-file context threading adds to one file's migration (offsets in the BOM-less text). */
export interface ThreadedFileEdits {
  /** Sites (by start offset) that get this context instead of the fallback. */
  readonly siteContexts: ReadonlyMap<number, string>;
  /** Parameter and argument insertions. */
  readonly edits: readonly TextEdit[];
  /** A threaded call passes `requireUserContext()`: import it. */
  readonly needsRequireUserContext: boolean;
  readonly typeImports: ReadonlyArray<{ readonly name: string; readonly alias?: string; readonly source: string }>;
}
