import type { Env } from './env.ts';

/** Where in a value a `${NAME}` could not be filled, by dotted path (`credentials.apiKey`). */
export interface MissingVariable {
  path: string;
  name: string;
  empty: boolean;
}

const REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

/** Replaces `${NAME}` in every string of a JSON value; unset (or empty) variables are reported, not guessed. */
export function substituteEnv(value: unknown, env: Env, missing: MissingVariable[], path = ''): unknown {
  if (typeof value === 'string') {
    return value.replace(REFERENCE, (reference, name: string) => {
      const resolved = env[name];
      if (resolved === undefined || resolved === '') {
        missing.push({ path, name, empty: resolved === '' });
        return reference;
      }
      return resolved;
    });
  }
  if (Array.isArray(value))
    return value.map((item, index) => substituteEnv(item, env, missing, join(path, index)));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, substituteEnv(item, env, missing, join(path, key))]),
    );
  }
  return value;
}
