// The runtime for CommonJS projects, written after `tsc` (npm run build).
//
// ssot-kit is an ES module. A CommonJS project compiled with `"module": "node16"` or `"nodenext"`
// resolves `import … from 'ssot-kit/runtime'` through the `require` condition, and TypeScript
// rejects an ES module there (TS1479) — in every file the codemod migrates (CapRover's server).
// So the `require` condition gets declarations of its own, in a folder whose package.json says
// CommonJS, and an entry that loads the ES module with `require()` (Node ≥ 20.19): one module
// instance for `import` and `require` alike, so one request scope — a second, CommonJS build of
// the runtime would hold a second AsyncLocalStorage, and a scope opened through one would be
// invisible to the other.
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const esm = join(root, 'dist/src/runtime');
const cjs = join(root, 'dist/cjs');
const runtime = join(cjs, 'runtime');

rmSync(cjs, { recursive: true, force: true });
mkdirSync(runtime, { recursive: true });
writeFileSync(join(cjs, 'package.json'), '{ "type": "commonjs" }\n');
for (const name of readdirSync(esm)) {
  if (name.endsWith('.d.ts')) copyFileSync(join(esm, name), join(runtime, name));
}
writeFileSync(
  join(runtime, 'index.js'),
  "'use strict';\n// The ES module itself, loaded with require(): the same instance `import` gets (see scripts/write-cjs-runtime.mjs).\nmodule.exports = require('../../src/runtime/index.js');\n",
);
