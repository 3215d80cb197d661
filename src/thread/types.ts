/** A place in the repo, as reports show it (POSIX path relative to the run's cwd, 1-based line). */
export interface Location {
  readonly file: string;
  readonly line: number;
}

export interface FunctionRef extends Location {
  /** `name`, `Class.method`, or `<anonymous>`. */
  readonly function: string;
}

/**
 * A consumer: a function that acquires a factory (one or more getter calls or constructions).
 * `outcome` says how its sites get their user context.
 */
export interface Consumer extends FunctionRef {
  readonly sites: number;
  readonly outcome: 'in-scope' | 'threaded' | 'fallback' | 'manual';
  /** For `threaded`: every function that gains the context parameter for this consumer, itself first. */
  readonly chain: readonly FunctionRef[];
  /** For `threaded`: the calls where a real context enters the chain. */
  readonly contextFrom: ReadonlyArray<FunctionRef & { readonly context: string }>;
  /** Why threading stopped short (for `fallback`, and for partial chains). */
  readonly reason?: string;
}

/** A call in a threaded chain that has no context to pass and gets the fallback. */
export interface Boundary extends FunctionRef {
  /** The threaded function it calls. */
  readonly callee: string;
  readonly reason: string;
}

/** The `threading` section of `migrate --thread-context --json`. */
export interface ThreadingReport {
  readonly summary: {
    readonly consumers: number;
    readonly files: number;
    readonly threaded: number;
    /** Fallback expressions written: sites left on it plus boundary calls. */
    readonly fallbacks: number;
    /** Functions that gained the context parameter. */
    readonly functionsChanged: number;
    /** Constructor parameters kept as a field so the class's methods can use the context. */
    readonly fieldsPromoted: number;
    readonly callsUpdated: number;
  };
  readonly consumers: readonly Consumer[];
  readonly boundaries: readonly Boundary[];
}
