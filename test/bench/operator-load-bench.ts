// Upstream requests per operator-minute: 100 simulated operators on one instance with the cache and coalescing
// (test/load/operators-load.ts, 20 s), beside the requests they made of Switchboard in the same run, which is
// what would reach the providers without the cache and coalescing.
import { runOperatorLoad } from '../load/operators-load.ts';
import type { BenchFigure } from './figure.ts';

export async function benchOperatorLoad(): Promise<BenchFigure[]> {
  const [cached] = await runOperatorLoad(
    { operators: 100, seconds: 20, limit: { requests: 5, perSeconds: 1 } },
    'cached',
  );
  if (!cached) return [];
  return [
    {
      name: 'upstream requests per operator-minute (100 operators, cache and coalescing on)',
      value: cached.perOperatorMinute,
      unit: '',
      peer: {
        name: 'the same operators’ requests to Switchboard (upstream without cache and coalescing)',
        value: cached.demandPerOperatorMinute,
        unit: '',
      },
    },
    {
      name: '100 operators: requests the sandbox refused over its 5/s limit',
      value: cached.refused,
      unit: '',
      bar: '0',
      pass: cached.refused === 0,
    },
  ];
}
