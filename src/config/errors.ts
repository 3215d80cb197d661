/** An invalid or unreadable config. The CLI turns it into exit code 2 with this one-line message. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    message: string,
    /** The key path, e.g. `factories[0].creator`; empty for file-level problems. */
    readonly keyPath: string = '',
    readonly file?: string,
  ) {
    super(message);
  }
}
