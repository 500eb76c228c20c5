import type { IncomingMessage } from 'node:http';
import { BlockList } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/server/config-error.ts';
import { loadConfig } from '../../../src/server/config.ts';
import { createDashboardAuth } from '../../../src/server/dashboard-auth.ts';
import { identityOf, markSignedIn, maySee } from '../../../src/server/team/identity.ts';
import { writeConfig } from '../switchboard-harness.ts';

const source = (id: string, access?: unknown) => ({
  id,
  provider: 'timepay',
  baseUrl: 'https://api.example.com',
  credentials: { token: 't' },
  ...(access === undefined ? {} : { access }),
});

function problems(config: unknown, env: Record<string, string> = {}): string[] {
  try {
    loadConfig({ env: { SWITCHBOARD_CONFIG: writeConfig(config), ...env } });
  } catch (error) {
    if (error instanceof ConfigError) return [...error.issues];
    throw error;
  }
  return [];
}

describe('team configuration', () => {
  it('stops at start naming the field: unknown group, bad names, wrong types', () => {
    expect(
      problems({
        groups: { collections: ['asha'], 'bad name': ['x'], sales: 'ravi' },
        admins: ['group:platform', 42],
        sources: [source('collections', ['group:collection'])],
      }),
    ).toEqual([
      'groups.bad name: not a usable group name (no spaces, commas or ":")',
      'groups.sales: must be a list of user names',
      'admins[0]: unknown group "platform" (not in "groups")',
      'admins[1]: 42 is not a user name or "group:" name',
      'source "collections": access[0]: unknown group "collection" (not in "groups")',
    ]);
  });

  it('a source whose access is not a list is a config error naming the source and field', () => {
    expect(problems({ sources: [source('sales', 'ravi')] })).toEqual([
      'source "sales": access: must be an array of user names and "group:" names',
    ]);
  });

  it('with a trusted groups header, groups the file does not name are accepted (the proxy names them)', () => {
    const env = {
      SWITCHBOARD_TRUSTED_USER_HEADER: 'X-Forwarded-User',
      SWITCHBOARD_TRUSTED_GROUPS_HEADER: 'X-Forwarded-Groups',
      SWITCHBOARD_TRUSTED_PROXIES: '10.0.0.1',
    };
    expect(problems({ admins: ['group:platform'], sources: [source('a', ['group:sso-team'])] }, env)).toEqual(
      [],
    );
  });

  it('access: admins see every source, others what their user or groups are listed for, absent access is everyone', () => {
    const { team } = loadConfig({
      env: {
        SWITCHBOARD_CONFIG: writeConfig({
          groups: { collections: ['asha'], platform: ['lead'] },
          admins: ['group:platform'],
          sources: [source('collections', ['group:collections']), source('sales', ['ravi']), source('open')],
        }),
      },
    });
    const who = (user: string) => {
      const req = { headers: {}, socket: {} } as IncomingMessage;
      markSignedIn(req, { user, proxyGroups: [] });
      return identityOf(req, team);
    };
    const visible = (user: string) =>
      ['collections', 'sales', 'open'].filter((id) => maySee(who(user), team, id));
    expect(visible('asha')).toEqual(['collections', 'open']);
    expect(visible('ravi')).toEqual(['sales', 'open']);
    expect(visible('lead')).toEqual(['collections', 'sales', 'open']);
    expect(who('lead').admin).toBe(true);
    // No sign-in recorded (an open dashboard): anonymous with every right.
    expect(identityOf({ headers: {}, socket: {} } as IncomingMessage, team)).toEqual({
      user: 'anonymous',
      groups: [],
      admin: true,
    });
  });
});

describe('groups from the trusted reverse proxy', () => {
  const proxies = new BlockList();
  proxies.addAddress('10.0.0.1');
  const auth = createDashboardAuth({
    basicAuth: null,
    trustedUserHeader: 'x-forwarded-user',
    trustedGroupsHeader: 'x-forwarded-groups',
    trustedProxies: proxies,
  });
  const request = (remoteAddress: string) =>
    ({
      headers: { 'x-forwarded-user': 'mina', 'x-forwarded-groups': 'sales, qa,,bad name' },
      socket: { remoteAddress },
    }) as unknown as IncomingMessage;

  it('are believed from a trusted proxy address, comma-separated, malformed names dropped', async () => {
    expect(await auth?.(request('10.0.0.1'))).toEqual({ ok: true, user: 'mina', groups: ['sales', 'qa'] });
  });

  it('are never believed from any other address: the request is refused', async () => {
    expect(await auth?.(request('10.0.0.2'))).toMatchObject({ ok: false, status: 403 });
  });
});
