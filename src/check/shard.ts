/** `--shard i/n`: 1-based index and count. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw new RangeError(`--shard must be i/n with 1 ≤ i ≤ n (got "${value}")`);
  return { index, count };
}

/** FNV-1a: stable across machines and Node versions, so a file always lands in the same shard. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function inShard(posixRelativePath: string, shard: Shard): boolean {
  return fnv1a(posixRelativePath) % shard.count === shard.index - 1;
}
