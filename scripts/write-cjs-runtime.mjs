// Marks the runtime's CommonJS build (tsc -p tsconfig.cjs.json → dist/cjs) as CommonJS, after
// `tsc` (npm run build).
//
// ssot-kit is an ES module. A project whose files are CommonJS needs the runtime as CommonJS too:
// compiled with `"module": "node16"` or `"nodenext"`, TypeScript resolves `import … from
// 'ssot-kit/runtime'` through the `require` condition and rejects an ES module there (TS1479, in
// every file the codemod migrates: CapRover's server); and Jest, which runs such projects' tests,
// cannot load an ES module with require() at all. The two builds keep their per-process state —
// the request scope above all — in shared slots (src/runtime/process-slots.ts), so a scope opened
// through one is the scope the other reads.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

writeFileSync(join(import.meta.dirname, '../dist/cjs/package.json'), '{ "type": "commonjs" }\n');
