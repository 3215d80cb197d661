// The registry this project installs from serves only the linux bindings of oxlint and oxc-parser, so `npm install`
// writes a lockfile without the other platforms' optional entries, and `npm ci` then rejects it as
// out of sync. This adds those entries (os/cpu/libc only: npm skips them without fetching).
// Run after any `npm install`: node scripts/complete-lockfile.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
let added = 0;
for (const [pkg, dev] of [['oxlint', true], ['oxc-parser', false]]) {
  const entryOf = lock.packages[`node_modules/${pkg}`];
  const optional = JSON.parse(
    execFileSync('npm', ['view', `${pkg}@${entryOf.version}`, 'optionalDependencies', '--json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  );
  for (const name of Object.keys(optional)) {
    const key = `node_modules/${name}`;
    if (lock.packages[key]) continue;
    const match = /binding-([a-z0-9]+)-([a-z0-9]+)(?:-([a-z]+))?$/.exec(name);
    if (!match) throw new Error(`unexpected binding name ${name}`);
    const [, os, cpu, abi = ''] = match;
    const entry = { version: entryOf.version, cpu: [cpu], ...(dev ? { dev: true } : {}), license: 'MIT', optional: true, os: [os], engines: entryOf.engines };
    if (abi.startsWith('gnu')) entry.libc = ['glibc'];
    if (abi.startsWith('musl')) entry.libc = ['musl'];
    lock.packages[key] = entry;
    added++;
  }
}
const byPath = ([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0);
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(byPath));
writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log(`complete-lockfile: added ${added} optional binding entries`);
