/** A configuration problem that stops the server at start; each issue names the source and field. */
export class ConfigError extends Error {
  readonly issues: readonly string[];
  /** The config file the issues are in, when they come from one. */
  readonly file: string | null;

  constructor(issues: readonly string[], file: string | null = null) {
    super(issues.join('\n'));
    this.name = 'ConfigError';
    this.issues = issues;
    this.file = file;
  }
}
