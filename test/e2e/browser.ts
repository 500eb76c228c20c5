import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--autoplay-policy=no-user-gesture-required',
];

/** CHROMIUM_PATH, else Debian's chromium, else the one inside the @sparticuz/chromium dev dependency. */
export async function chromiumLaunchOptions(): Promise<{ executablePath: string; args: string[] }> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return { executablePath: fromEnv, args: FLAGS };
  if (existsSync('/usr/bin/chromium')) return { executablePath: '/usr/bin/chromium', args: FLAGS };
  const { default: packaged } = await import('@sparticuz/chromium');
  // Its Lambda-oriented flags that would weaken what the tests check (same-origin policy, mixed content) are dropped.
  const weakening = [
    '--disable-web-security',
    '--allow-running-insecure-content',
    '--disable-site-isolation-trials',
    '--single-process',
  ];
  const args = packaged.args.filter((a) => !a.startsWith('--headless') && !weakening.includes(a));
  return { executablePath: await packaged.executablePath(), args: [...new Set([...args, ...FLAGS])] };
}

export async function launchBrowser(): Promise<Browser> {
  const { executablePath, args } = await chromiumLaunchOptions();
  return chromium.launch({ executablePath, args, headless: true });
}
