import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/server/config-error.ts';
import { loadConfig, parseConfig } from '../../src/server/config.ts';
import type { Env } from '../../src/server/env.ts';
import { writeConfig } from './switchboard-harness.ts';

const ENV: Env = {
  TIMEPAY_TOKEN: 'tp-token',
  SALESFINITY_API_KEY: 'sf-key',
  UNPOD_TOKEN: 'un-token',
  CONVOSO_AUTH_TOKEN: 'cv-token',
};

/** The example of DESIGN.md, verbatim. */
const DESIGN_EXAMPLE = {
  sources: [
    {
      id: 'collections',
      provider: 'timepay',
      label: 'Collections (timepay)',
      baseUrl: 'https://api.agents.timepay.ai',
      timeZone: 'Asia/Kolkata',
      defaultCountry: 'IN',
      credentials: { token: '${TIMEPAY_TOKEN}' },
    },
    {
      id: 'sales',
      provider: 'salesfinity',
      label: 'Sales dialer',
      baseUrl: 'https://client-api.salesfinity.co',
      credentials: { apiKey: '${SALESFINITY_API_KEY}' },
    },
    {
      id: 'voicebot',
      provider: 'unpod',
      label: 'Voice bot',
      baseUrl: 'https://unpod.dev',
      credentials: { token: '${UNPOD_TOKEN}', orgHandle: 'acme' },
    },
    {
      id: 'callcenter',
      provider: 'convoso',
      label: 'Call center',
      baseUrl: 'https://api.convoso.com',
      timeZone: 'America/Los_Angeles',
      defaultCountry: 'US',
      credentials: { authToken: '${CONVOSO_AUTH_TOKEN}' },
    },
  ],
};

function source(overrides: Record<string, unknown>) {
  return {
    id: 'x',
    provider: 'timepay',
    label: 'X',
    baseUrl: 'https://api.example.com',
    credentials: { token: 't' },
    ...overrides,
  };
}

function issuesOf(config: unknown, env: Env = ENV): readonly string[] {
  try {
    parseConfig(config, env);
  } catch (error) {
    if (error instanceof ConfigError) return error.issues;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  it('reads the example of DESIGN.md, filling ${NAME} from the environment and each provider’s auth', () => {
    const sources = parseConfig(DESIGN_EXAMPLE, ENV);
    expect(
      sources.map(({ id, provider, baseUrl, timeZone, defaultCountry, sandbox }) => ({
        id,
        provider,
        baseUrl,
        timeZone,
        defaultCountry,
        sandbox,
      })),
    ).toEqual([
      {
        id: 'collections',
        provider: 'timepay',
        baseUrl: 'https://api.agents.timepay.ai',
        timeZone: 'Asia/Kolkata',
        defaultCountry: 'IN',
        sandbox: false,
      },
      {
        id: 'sales',
        provider: 'salesfinity',
        baseUrl: 'https://client-api.salesfinity.co',
        timeZone: 'UTC',
        defaultCountry: 'US',
        sandbox: false,
      },
      {
        id: 'voicebot',
        provider: 'unpod',
        baseUrl: 'https://unpod.dev',
        timeZone: 'UTC',
        defaultCountry: 'IN',
        sandbox: false,
      },
      {
        id: 'callcenter',
        provider: 'convoso',
        baseUrl: 'https://api.convoso.com',
        timeZone: 'America/Los_Angeles',
        defaultCountry: 'US',
        sandbox: false,
      },
    ]);
    expect(sources.map((s) => s.auth)).toEqual([
      { headers: { authorization: 'Bearer tp-token' }, query: [] },
      { headers: { 'x-api-key': 'sf-key' }, query: [] },
      // Product-Id defaults to baseUrl's host without a leading `api.` (DESIGN.md, Sources configuration).
      {
        headers: { authorization: 'Token un-token', 'org-handle': 'acme', 'product-id': 'unpod.dev' },
        query: [],
      },
      { headers: {}, query: [['auth_token', 'cv-token']] },
    ]);
  });

  it('sends timepay credentials.orgId as x-org-id and an explicit unpod productId, neither scrubbed as a secret', () => {
    const [timepay, unpod] = parseConfig(
      {
        sources: [
          {
            id: 'a',
            provider: 'timepay',
            baseUrl: 'https://api.agents.timepay.ai',
            credentials: { token: 't', orgId: 'org_2' },
          },
          {
            id: 'b',
            provider: 'unpod',
            baseUrl: 'https://api.unpod.ai',
            credentials: { token: 'u', orgHandle: 'acme' },
          },
        ],
      },
      {},
    );
    expect(timepay?.auth.headers).toEqual({ authorization: 'Bearer t', 'x-org-id': 'org_2' });
    expect(timepay?.secrets).toEqual(['t']);
    expect(unpod?.auth.headers['product-id']).toBe('unpod.ai');
  });

  it('substitutes variables anywhere in a string, several per string', () => {
    const [built] = parseConfig(
      {
        sources: [source({ baseUrl: 'https://${HOST}:${PORT_X}', credentials: { token: 'pre-${A}-${B}' } })],
      },
      { HOST: 'api.internal', PORT_X: '8443', A: '1', B: '2' },
    );
    expect(built?.baseUrl).toBe('https://api.internal:8443');
    expect(built?.auth.headers).toEqual({ authorization: 'Bearer pre-1-2' });
  });

  it.each([
    ['timepay', 'Asia/Kolkata', 'IN'],
    ['salesfinity', 'UTC', 'US'],
    ['unpod', 'UTC', 'IN'],
    ['convoso', 'America/Los_Angeles', 'US'],
  ])('%s defaults to %s and %s; the label defaults to the id', (provider, timeZone, defaultCountry) => {
    const credentials = {
      timepay: { token: 't' },
      salesfinity: { apiKey: 'k' },
      unpod: { token: 't', orgHandle: 'o' },
      convoso: { authToken: 'a' },
    }[provider];
    const [built] = parseConfig(
      { sources: [{ id: 's', provider, baseUrl: 'https://a.example', credentials }] },
      {},
    );
    expect(built).toMatchObject({ timeZone, defaultCountry, label: 's' });
  });

  it('normalizes a trailing slash and a lower-case country', () => {
    const [built] = parseConfig(
      { sources: [source({ baseUrl: 'https://api.example.com/', defaultCountry: 'in' })] },
      {},
    );
    expect(built).toMatchObject({ baseUrl: 'https://api.example.com', defaultCountry: 'IN' });
  });

  it('accepts no sources at all', () => {
    expect(parseConfig({}, {})).toEqual([]);
    expect(parseConfig({ sources: [] }, {})).toEqual([]);
  });

  const errorCases: Array<[string, unknown, Env, string]> = [
    [
      'a missing variable',
      DESIGN_EXAMPLE,
      { ...ENV, SALESFINITY_API_KEY: undefined },
      'source "sales": credentials.apiKey: environment variable SALESFINITY_API_KEY is not set',
    ],
    [
      'an empty variable',
      DESIGN_EXAMPLE,
      { ...ENV, UNPOD_TOKEN: '' },
      'source "voicebot": credentials.token: environment variable UNPOD_TOKEN is empty',
    ],
    [
      'a missing variable in baseUrl',
      { sources: [source({ baseUrl: '${NOPE}' })] },
      {},
      'source "x": baseUrl: environment variable NOPE is not set',
    ],
    [
      'an unknown provider',
      { sources: [source({ provider: 'twilio' })] },
      {},
      'source "x": provider: unknown provider "twilio" (expected one of timepay, salesfinity, unpod, convoso)',
    ],
    [
      'a missing provider',
      { sources: [source({ provider: undefined })] },
      {},
      'source "x": provider: required',
    ],
    [
      'a duplicate id',
      { sources: [source({}), source({ label: 'Again' })] },
      {},
      'source "x" (sources[1]): id: duplicate, already used by sources[0]',
    ],
    ['a missing id', { sources: [source({ id: undefined })] }, {}, 'sources[0]: id: required'],
    [
      'an id unfit for URLs',
      { sources: [source({ id: 'a/b' })] },
      {},
      'source "a/b": id: must be 1-64 letters, digits, "-" or "_", starting with a letter or digit',
    ],
    [
      'a missing credential field',
      { sources: [source({ provider: 'convoso', credentials: {} })] },
      {},
      'source "x": credentials.authToken: required',
    ],
    [
      'a credential field of another provider',
      { sources: [source({ provider: 'convoso', credentials: { authToken: 'a', token: 't' } })] },
      {},
      'source "x": credentials.token: unknown field',
    ],
    [
      'half of unpod’s credentials',
      { sources: [source({ provider: 'unpod', credentials: { token: 't' } })] },
      {},
      'source "x": credentials.orgHandle: required',
    ],
    [
      'an empty credential',
      { sources: [source({ credentials: { token: '' } })] },
      {},
      'source "x": credentials.token: must not be empty',
    ],
    [
      'a credential that would split a header',
      { sources: [source({ credentials: { token: 'a\r\nx-evil: 1' } })] },
      {},
      'source "x": credentials.token: must be printable ASCII on one line',
    ],
    [
      'credentials that are not an object',
      { sources: [source({ credentials: 'secret' })] },
      {},
      'source "x": credentials: must be an object',
    ],
    [
      'a baseUrl with a path',
      { sources: [source({ baseUrl: 'https://api.convoso.com/v1' })] },
      {},
      'source "x": baseUrl: must be the origin only (https://api.convoso.com); Switchboard adds the provider\'s path itself',
    ],
    [
      'a baseUrl that is no URL',
      { sources: [source({ baseUrl: 'api.convoso.com' })] },
      {},
      'source "x": baseUrl: must be an http(s) origin such as https://api.example.com, got "api.convoso.com"',
    ],
    [
      'a baseUrl of another scheme',
      { sources: [source({ baseUrl: 'ftp://files.example.com' })] },
      {},
      'source "x": baseUrl: must use http or https, got ftp:',
    ],
    [
      'a baseUrl with user info',
      { sources: [source({ baseUrl: 'https://me:pw@api.example.com' })] },
      {},
      'source "x": baseUrl: must not contain credentials (put them under "credentials")',
    ],
    [
      'an unknown time zone',
      { sources: [source({ timeZone: 'Mars/Olympus' })] },
      {},
      'source "x": timeZone: must be an IANA time zone such as Asia/Kolkata',
    ],
    [
      'a bad country',
      { sources: [source({ defaultCountry: 'IND' })] },
      {},
      'source "x": defaultCountry: must be an ISO 3166 alpha-2 country code such as IN',
    ],
    [
      'a misspelt field',
      { sources: [source({ timezone: 'UTC' })] },
      {},
      'source "x": timezone: unknown field',
    ],
    ['a source that is not an object', { sources: ['timepay'] }, {}, 'sources[0]: must be an object'],
    ['sources that are not an array', { sources: {} }, {}, 'sources: must be an array'],
  ];

  it.each(errorCases)('rejects %s, naming the source and the field', (_name, config, env, message) => {
    expect(issuesOf(config, env)).toEqual([message]);
  });

  it('reports every problem at once, one per line of the message', () => {
    const config = {
      sources: [source({ provider: 'twilio' }), source({ id: 'y', credentials: { token: '${MISSING}' } })],
    };
    let error: unknown;
    try {
      parseConfig(config, {});
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toBe(
      [
        'source "x": provider: unknown provider "twilio" (expected one of timepay, salesfinity, unpod, convoso)',
        'source "y": credentials.token: environment variable MISSING is not set',
      ].join('\n'),
    );
  });

  it('never puts a credential value into an error message', () => {
    const message = issuesOf(
      { sources: [source({ provider: 'convoso', credentials: { authToken: 'sekrit', token: 'sekrit2' } })] },
      {},
    ).join('\n');
    expect(message).not.toContain('sekrit');
  });
});

describe('loadConfig', () => {
  const tempDir = () => mkdtempSync(join(tmpdir(), 'switchboard-load-'));

  it('reads the file SWITCHBOARD_CONFIG names', () => {
    const file = writeConfig({ sources: [source({ credentials: { token: '${T}' } })] });
    const loaded = loadConfig({ env: { SWITCHBOARD_CONFIG: file, T: 'from-env' }, cwd: tempDir() });
    expect(loaded.file).toBe(file);
    expect(loaded.sources[0]?.auth.headers).toEqual({ authorization: 'Bearer from-env' });
  });

  it('falls back to ./switchboard.config.json in the working directory', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'switchboard.config.json'), JSON.stringify({ sources: [source({})] }));
    expect(loadConfig({ env: {}, cwd }).sources.map((s) => s.id)).toEqual(['x']);
  });

  it('without a file, there are no configured sources', () => {
    expect(loadConfig({ env: {}, cwd: tempDir() })).toMatchObject({ file: null, sources: [] });
  });

  it('a named file that does not exist is an error', () => {
    expect(() =>
      loadConfig({ env: { SWITCHBOARD_CONFIG: '/nonexistent/switchboard.json' }, cwd: tempDir() }),
    ).toThrow('SWITCHBOARD_CONFIG: file not found: /nonexistent/switchboard.json');
  });

  it('a file that is not JSON is an error naming the file', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'switchboard.config.json'), '{ "sources": [ }');
    expect(() => loadConfig({ env: {}, cwd })).toThrow(/switchboard\.config\.json: not valid JSON/);
  });

  it('carries the file in the error', () => {
    const file = writeConfig({ sources: [source({ provider: 'nope' })] });
    try {
      loadConfig({ env: { SWITCHBOARD_CONFIG: file }, cwd: tempDir() });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).file).toBe(file);
    }
  });
});
