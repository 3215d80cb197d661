// The registry this project installs from serves only the linux oxlint bindings, so `npm install`
// writes a lockfile without the other platforms' optional entries and `npm ci` then rejects it as out
// of sync. This adds those entries (os/cpu/libc only: npm skips them without fetching).
// Run after any `npm install`: node scripts/complete-lockfile.cjs package-lock.json
const fs = require('fs');
const file = process.argv[2];
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const version = lock.packages['node_modules/oxlint'].version;
const names = Object.keys(require('child_process').execSync('npm view oxlint@' + version + ' optionalDependencies --json', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }) ? JSON.parse(require('child_process').execSync('npm view oxlint@' + version + ' optionalDependencies --json', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) : {});
const cpuMap = { arm64: 'arm64', x64: 'x64', ia32: 'ia32', arm: 'arm', ppc64: 'ppc64', riscv64: 'riscv64', s390x: 's390x' };
let added = 0;
for (const name of names) {
  const key = 'node_modules/' + name;
  if (lock.packages[key]) continue;
  const m = /binding-([a-z0-9]+)-([a-z0-9]+)(?:-(gnu|musl|msvc|eabi|gnueabihf|musleabihf))?$/.exec(name);
  if (!m) throw new Error(name);
  const [, os, cpu, abi] = m;
  const entry = { version, cpu: [cpuMap[cpu]], dev: true, license: 'MIT', optional: true, os: [os], engines: { node: '^20.19.0 || >=22.12.0' } };
  if (abi === 'gnu' || abi === 'gnueabihf') entry.libc = ['glibc'];
  if (abi === 'musl' || abi === 'musleabihf') entry.libc = ['musl'];
  lock.packages[key] = entry;
  added++;
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
fs.writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log('added', added);
