// Regenerates schema/ssot.config.schema.json from the zod schema (run after `npm run build`).
// test/config/json-schema.test.ts fails when the committed file drifts from the schema.
import { writeFileSync } from 'node:fs';
import { configJsonSchema } from '../dist/src/config/index.js';

writeFileSync(new URL('../schema/ssot.config.schema.json', import.meta.url), JSON.stringify(configJsonSchema(), null, 2) + '\n');
