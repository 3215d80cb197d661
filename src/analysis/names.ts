import type { FactorySpec, ResolvedConfig } from '../config/index.js';

export type FactoryRole = 'getter' | 'creator' | 'class';

/** The config's names, indexed once per config: name → what it is. */
export interface FactoryNames {
  readonly byName: ReadonlyMap<string, { role: FactoryRole; factory: FactorySpec }>;
}

const cache = new WeakMap<ResolvedConfig, FactoryNames>();

export function factoryNames(config: ResolvedConfig): FactoryNames {
  let names = cache.get(config);
  if (!names) {
    const byName = new Map<string, { role: FactoryRole; factory: FactorySpec }>();
    for (const factory of config.factories) {
      byName.set(factory.getter, { role: 'getter', factory });
      byName.set(factory.creator, { role: 'creator', factory });
      byName.set(factory.class, { role: 'class', factory });
    }
    names = { byName };
    cache.set(config, names);
  }
  return names;
}

/**
 * A name less the `Singleton` or `Instance` that says how it is shared, which a per-request
 * instance is not: continue's class `MCPManagerSingleton` → `MCPManager`, big-AGI's
 * `reactQueryClientSingleton` → `reactQueryClient`.
 */
export const withoutSharing = (name: string): string => name.replace(/(?<=[a-zA-Z0-9])(?:Singleton|Instance)$/, '');

/** `QueueManager.getInstance` → `getInstance`: the getter is that static method of the class; undefined for a plain function getter. */
export function staticGetterMethod(factory: FactorySpec): string | undefined {
  const dot = factory.getter.indexOf('.');
  return dot < 0 ? undefined : factory.getter.slice(dot + 1);
}

/** `"accessor": true`: the getter is read, not called — a static accessor (`ToolRegistry.instance`) or an exported instance (`agentManager`). */
export function isAccessorGetter(factory: FactorySpec): boolean {
  return factory.accessor === true;
}

/** How code acquires through the getter, for messages: `getX()`, `X.getInstance()`, an accessor's `X.shared` or an exported instance's `agentManager`. */
export function getterAcquisition(factory: FactorySpec): string {
  return isAccessorGetter(factory) ? factory.getter : `${factory.getter}()`;
}
