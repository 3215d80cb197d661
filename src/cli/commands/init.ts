import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { writeFileAtomic } from '../../atomic-write.js';
import { CONFIG_FILE_NAME, findConfigFile, loadConfig, resolveConfig } from '../../config/index.js';
import { refusedEntries } from '../../init/refused-entries.js';
import { UsageError } from '../errors.js';

interface InitFlags {
  readonly config?: string;
  readonly write?: boolean;
  readonly json?: boolean;
}

/** The config file as written (its own keys only, no defaults), or an empty one. */
function rawConfig(file: string): Record<string, unknown> {
  if (!existsSync(file)) return {};
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const value = JSON.parse(text) as unknown;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new UsageError(`${file}: not a JSON object`);
  return value as Record<string, unknown>;
}

// Every source file the tools read, wherever it is (node_modules, dist and .gitignore still apply).
const WHOLE_REPOSITORY = '**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}';

const pad = (text: string, width: number) => (text.length >= width ? `${text} ` : text.padEnd(width));

export function registerInitCommand(program: Command): void {
  program
    .command('init')
    .description('find the singleton getters the code already has and suggest (or --write) their factories entries')
    .argument('[paths...]', 'files or directories to search (default: the config\'s include)')
    .option('--config <file>', 'path to ssot.config.json (created by --write when missing)')
    .option('--write', 'add the getters found to ssot.config.json (those without a note)')
    .option('--json', 'print the machine-readable list (version 1)')
    .action(async (paths: string[], flags: InitFlags) => {
      const cwd = process.cwd();
      const file = flags.config ? resolve(cwd, flags.config) : (findConfigFile(cwd) ?? join(cwd, CONFIG_FILE_NAME));
      // No file yet: the defaults, rooted where --write will create it.
      const config = existsSync(file) ? loadConfig({ cwd, configPath: file }) : resolveConfig({}, dirname(file));
      const raw = rawConfig(file);
      // Only the getters the file itself names are known: the built-in default is an example, not the project's.
      const written = Array.isArray(raw.factories) ? (raw.factories as Array<{ getter?: unknown }>) : [];
      const known = new Set(written.map((f) => String(f.getter)));
      const { discoverFactories } = await import('../../init/discover-factories.js');
      const { NoSourceFilesError } = await import('../../check/scan.js');
      const search = (searched: typeof config) => discoverFactories(searched, cwd, { ...(paths.length > 0 ? { paths } : {}), known });
      let discovery;
      // With no config yet, the default include (src/**) is a guess a monorepo does not fit: then
      // the whole repository is searched, and --write records that include in the new file.
      let include: string[] | undefined;
      try {
        discovery = await search(config);
      } catch (error) {
        if (!(error instanceof NoSourceFilesError) || existsSync(file) || paths.length > 0) throw error;
        include = [WHOLE_REPOSITORY];
        discovery = await search(resolveConfig({ include }, dirname(file)));
        process.stderr.write(`ssot-kit: nothing matches the default include ${JSON.stringify(config.include)}, so the whole repository was searched${flags.write ? '' : ' (--write records that include)'}\n`);
      }
      const { factories: found, holdersWithoutGetter, unbacked } = discovery;
      const others = holdersWithoutGetter > 0 ? `${holdersWithoutGetter} other module-lifetime holder(s) have no getter to configure (an instance the module keeps to itself, a constructor that keeps its first instance, a global cache): \`ssot-kit check\` lists them.\n` : '';
      // A configured getter whose holder the rule no longer reports: its calls still report, as the
      // config lists it. Left in the file — one may have been added by hand for a tenant's client.
      const stale = unbacked.length > 0
        ? `${unbacked.length} configured getter(s) hand out nothing no-module-singleton reports: ${unbacked.map((u) => `${u.getter} (${u.file}:${u.line})`).join(', ')}. Their calls still report, as ${relative(cwd, file) || CONFIG_FILE_NAME} lists them: remove an entry whose holder is shared by design or gone; keep one added for a tenant's credentials.\n`
        : '';

      if (flags.json) {
        process.stdout.write(JSON.stringify({ version: 1, factories: found.map(({ factory, ...where }) => ({ ...factory, ...where })), unbacked }, null, 2) + '\n');
      } else if (found.length === 0) {
        const beyond = known.size > 0 ? ` beyond the ${known.size} the config names` : '';
        process.stdout.write(`ssot-kit init: no legacy getter found${beyond} (a function, static method or static accessor, taking no arguments, that hands out a module-lifetime holder, or an instance a module exports)\n`);
      } else {
        const rows = [['getter', 'class', 'creator to write', 'sites', 'declared in'], ...found.map((f) => [f.factory.getter, f.factory.class, f.factory.creator, `${f.sites} in ${f.files} file(s)`, `${f.file}:${f.line}`])];
        const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)) + 2);
        const lines = [`ssot-kit init: ${found.length} legacy getter(s) found`];
        rows.forEach((row, i) => {
          lines.push(`  ${row.map((cell, c) => (c === row.length - 1 ? cell : pad(cell, widths[c]!))).join('')}`);
          const note = i > 0 ? found[i - 1]!.note : undefined;
          if (note) lines.push(`    ↳ ${note}`);
        });
        process.stdout.write(lines.join('\n') + '\n');
      }
      if (!flags.json) process.stdout.write(others + stale);
      if (!flags.write) {
        if (!flags.json && found.length > 0) process.stdout.write(`\nAdd them to ${relative(cwd, file) || CONFIG_FILE_NAME} with --write (edit the names first if you like), write each creator next to its getter, then run ssot-kit migrate --dry-run.\n`);
        return;
      }
      // An entry with a note would match more than its getter: it waits for a person.
      const ready = found.filter((f) => !f.note);
      const held = found.length - ready.length;
      const heldBack = held > 0 ? `; ${held} with a note ↳ left out: add ${held === 1 ? 'it' : 'them'} by hand once resolved` : '';
      const where = relative(cwd, file) || CONFIG_FILE_NAME;
      if (ready.length === 0) {
        if (held > 0) process.stderr.write(`ssot-kit: nothing added to ${where}${heldBack}\n`);
        return;
      }
      const next = { ...(include ? { include } : {}), ...raw, factories: [...written, ...ready.map((f) => f.factory)] };
      // What is written must load: an entry the config would refuse waits for a person as well.
      const refused = refusedEntries(next, written.length);
      if (refused.size > 0) {
        next.factories = next.factories.filter((_, index) => !refused.has(index));
        for (const [index, reason] of refused) process.stderr.write(`ssot-kit: left out ${ready[index - written.length]!.factory.getter}: ${reason}\n`);
      }
      const added = ready.length - refused.size;
      if (added === 0) {
        process.stderr.write(`ssot-kit: nothing added to ${where}${heldBack}\n`);
        return;
      }
      writeFileAtomic(file, JSON.stringify(next, null, 2) + '\n');
      process.stderr.write(`ssot-kit: added ${added} factories entr${added === 1 ? 'y' : 'ies'} to ${where}${heldBack}\n`);
    });
}
