import { configSchema } from '../config/index.js';

/**
 * The new entries (from `firstNew` on) that the config's own validation refuses, by index, with
 * its reason — a getter suggested under a name another entry has (init's own notes catch what
 * they know; this catches the rest, so that --write never leaves a config that does not load).
 */
export function refusedEntries(config: { factories: unknown[] }, firstNew: number): Map<number, string> {
  const refused = new Map<number, string>();
  for (;;) {
    const candidate = { ...config, factories: config.factories.filter((_, index) => !refused.has(index)) };
    const kept = config.factories.map((_, index) => index).filter((index) => !refused.has(index));
    const result = configSchema.safeParse(candidate);
    if (result.success) return refused;
    const issue = result.error.issues.find((i) => i.path[0] === 'factories' && typeof i.path[1] === 'number' && kept[i.path[1]]! >= firstNew);
    // Nothing of ours to blame: the file was refused before (loading it said so first).
    if (!issue) return refused;
    refused.set(kept[issue.path[1] as number]!, issue.message);
  }
}
