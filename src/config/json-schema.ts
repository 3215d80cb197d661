import { z } from 'zod';
import { configSchema } from './schema.js';

/** The JSON Schema of ssot.config.json, generated from the same zod schema that validates it. */
export function configJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(configSchema, { io: 'input', target: 'draft-7' }),
    $id: 'https://github.com/ssot-kit/ssot-kit/schema/ssot.config.schema.json',
    title: 'ssot-kit migration spec (ssot.config.json)',
  };
}
