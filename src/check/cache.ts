import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ResolvedConfig } from '../config/index.js';
import { writeFileAtomic } from '../atomic-write.js';
import { surroundingsKeepHoldersOut } from '../analysis/single-user-package.js';
import { PACKAGE_ROOT, VERSION } from '../version.js';
import type { FileResult } from './types.js';

/**
 * The gate's result cache (`check --cache`), like ESLint's: a file whose text, config and
 * rules are unchanged since the last run keeps its findings without being parsed. The key
 * covers the package version, the resolved config and the code of the rules and the
 * analysis themselves, so an upgrade or a config change never serves a stale answer.
 * Results with errors are never cached: a broken file is retried every run.
 */
export const DEFAULT_CACHE_LOCATION = 'node_modules/.cache/ssot-kit/check.json';

interface Entry {
  readonly hash: string;
  readonly findings: FileResult['findings'];
  readonly compliantSites: number;
}

interface CacheFile {
  readonly version: 1;
  readonly key: string;
  readonly files: Record<string, Entry>;
}

function hashText(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

/** The compiled rules and analysis, hashed: a rule fixed without a version bump still invalidates. */
function codeFingerprint(): string {
  const hash = createHash('sha1').update(VERSION);
  const distRoot = existsSync(join(PACKAGE_ROOT, 'dist')) ? join(PACKAGE_ROOT, 'dist') : PACKAGE_ROOT;
  for (const dir of ['rules', 'rules/utils', 'src/analysis', 'src/check']) {
    const full = join(distRoot, dir);
    if (!existsSync(full)) continue;
    for (const name of readdirSync(full).sort()) {
      if (/\.[cm]?[jt]s$/.test(name)) hash.update(name).update(readFileSync(join(full, name)));
    }
  }
  return hash.digest('base64');
}

export class CheckCache {
  private readonly previous: Record<string, Entry>;
  private readonly next: Record<string, Entry> = {};
  private readonly key: string;
  hits = 0;

  private readonly rootDir: string;

  constructor(
    private readonly location: string,
    config: ResolvedConfig,
  ) {
    this.rootDir = config.rootDir;
    const { rootDir: _root, configFile: _file, singletonClassPattern: _pattern, ...settings } = config;
    this.key = createHash('sha1').update(codeFingerprint()).update(JSON.stringify(settings)).digest('base64');
    let previous: Record<string, Entry> = {};
    try {
      const parsed = JSON.parse(readFileSync(location, 'utf8')) as CacheFile;
      if (parsed.version === 1 && parsed.key === this.key && parsed.files && typeof parsed.files === 'object') previous = parsed.files;
    } catch {
      // No cache yet, or an unreadable one: start empty (it is only ever an optimisation).
    }
    this.previous = previous;
  }

  /** Whether the last run left results for this config and code to reuse. */
  get warm(): boolean {
    return Object.keys(this.previous).length > 0;
  }

  /** The cached result for `key` (a path relative to the config) when its text is unchanged. */
  get(key: string, text: string, displayPath: string): FileResult | undefined {
    const entry = this.previous[key];
    if (!entry) return undefined;
    const hash = this.hashOf(key, text);
    if (entry.hash !== hash) return undefined;
    this.next[key] = entry;
    this.hits++;
    return { file: displayPath, findings: entry.findings.map((f) => ({ ...f, file: displayPath })), compliantSites: entry.compliantSites };
  }

  set(key: string, text: string, result: FileResult): void {
    if (result.error) return;
    this.next[key] = { hash: this.hashOf(key, text), findings: result.findings, compliantSites: result.compliantSites };
  }

  /**
   * The file's text, and what its package's manifest says that the rules read: whether a desktop
   * app or an editor extension owns it, or it is a page script the package serves or a browser
   * extension's (a `package.json` gaining `electron`, or appearing beside `public/` or `www/`, or an
   * extension's `manifest.json` above the file, changes its findings), or whether the file is the
   * compiler's output of a TypeScript source beside it (a `.ts` appearing beside a `.js` does too).
   */
  private hashOf(key: string, text: string): string {
    return surroundingsKeepHoldersOut(join(this.rootDir, key)) ? `${hashText(text)}:single-user` : hashText(text);
  }

  /**
   * Writes the cache atomically: this run's results, plus earlier entries of files this run
   * did not look at (another shard's, or outside the narrowed paths) while they still exist.
   * An entry is only ever used when the text hashes the same, so keeping one is always safe.
   */
  save(): void {
    const files: Record<string, Entry> = {};
    for (const [key, entry] of Object.entries(this.previous)) if (!(key in this.next) && existsSync(join(this.rootDir, key))) files[key] = entry;
    Object.assign(files, this.next);
    mkdirSync(dirname(this.location), { recursive: true });
    const data: CacheFile = { version: 1, key: this.key, files };
    writeFileAtomic(this.location, JSON.stringify(data));
  }
}
