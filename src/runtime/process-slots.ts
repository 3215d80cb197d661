/**
 * State the runtime keeps once per process, whichever of its builds asks: the ES module and the
 * CommonJS one (dist/cjs, for projects whose files are CommonJS, and for test runners that
 * cannot load an ES module with require(), such as Jest) are two module instances, and a
 * module-level `new AsyncLocalStorage()` in each would be two request scopes — a scope opened
 * through one build invisible to code that loaded the other. A slot on the global object, under a
 * registered symbol, is the same for both.
 */
export function processSlot<T extends object>(name: string, make: () => T): T {
  const key = Symbol.for(`ssot-kit/runtime/${name}`);
  const slots = globalThis as unknown as Record<symbol, T | undefined>;
  return (slots[key] ??= make());
}
