/** A bad flag value: exit code 2 with this one-line message. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function parseNonNegativeInteger(flag: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value)) throw new UsageError(`${flag} must be a non-negative integer (got "${value}")`);
    return Number(value);
  };
}

export function parsePercent(flag: string) {
  return (value: string): number => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) throw new UsageError(`${flag} must be a percentage between 0 and 100 (got "${value}")`);
    return n;
  };
}
