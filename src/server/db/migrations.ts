/** One schema change: its statements run in order, in the one transaction of `migrate`. */
export interface Migration {
  version: number;
  name: string;
  statements: readonly string[];
}

/** Versioned, append-only: never edit a released migration, add the next version instead. */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'saved views, view notices, audit trail',
    statements: [
      `CREATE TABLE views (
        id text PRIMARY KEY,
        name text NOT NULL,
        url text NOT NULL,
        owner text NOT NULL,
        shared boolean NOT NULL DEFAULT false,
        sources jsonb NOT NULL,
        created_at timestamptz(3) NOT NULL,
        updated_at timestamptz(3) NOT NULL,
        updated_by text NOT NULL
      )`,
      'CREATE INDEX views_owner ON views (owner)',
      `CREATE TABLE view_notices (
        id bigserial PRIMARY KEY,
        recipient text NOT NULL,
        view_id text NOT NULL,
        view_name text NOT NULL,
        by_user text NOT NULL,
        change text NOT NULL,
        at timestamptz(3) NOT NULL
      )`,
      'CREATE INDEX view_notices_recipient ON view_notices (recipient)',
      `CREATE TABLE audit (
        id bigserial PRIMARY KEY,
        at timestamptz(3) NOT NULL,
        user_name text NOT NULL,
        action text NOT NULL,
        source text,
        log_id text,
        url text,
        client text,
        detail jsonb
      )`,
      'CREATE INDEX audit_at ON audit (at DESC, id DESC)',
    ],
  },
];
