// `npm run check-sources`: probes every configured source and prints one line per problem; exits 1 if any
// check fails, 0 otherwise (warnings are printed but pass).
import { checkSource } from './checks/check-source.ts';
import { loadConfig } from './config.ts';
import { ConfigError } from './config-error.ts';

async function main(): Promise<number> {
  let sources;
  try {
    sources = loadConfig({ env: process.env }).sources;
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stdout.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
  if (sources.length === 0) {
    process.stdout.write('No sources configured (set SWITCHBOARD_CONFIG): nothing to check.\n');
    return 0;
  }
  let failed = false;
  for (const result of await Promise.all(sources.map((s) => checkSource(s)))) {
    const problems = result.checks.filter((c) => c.status !== 'pass');
    for (const c of problems)
      process.stdout.write(`${c.status.toUpperCase()} ${result.source}: ${c.name}: ${c.message}\n`);
    if (problems.length === 0)
      process.stdout.write(`ok   ${result.source}: ${result.checks.length} checks passed\n`);
    failed ||= !result.ok;
  }
  return failed ? 1 : 0;
}

process.exitCode = await main();
