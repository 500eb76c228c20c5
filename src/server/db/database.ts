/** What the rest of the server needs of a database: parameterized SQL, one transaction at a time, close. */
export interface Queryable {
  query<Row extends object>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

export interface Database extends Queryable {
  /** `postgres` (SWITCHBOARD_DATABASE_URL) or `embedded` (PGlite under SWITCHBOARD_DATA_DIR). */
  readonly kind: 'postgres' | 'embedded';
  /** Runs `work` in one transaction: committed if it resolves, rolled back (nothing changed) if it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A database that could not be opened or migrated; start.ts prints its message and exits 1. */
export class DatabaseError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseError';
  }
}
