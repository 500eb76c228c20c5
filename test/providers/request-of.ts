import type { PageOutOfReach, ProviderRequest } from '../../src/providers/adapter.ts';

/** The request of a page plan, failing the test when the page is out of reach. */
export function requestOf(plan: ProviderRequest | PageOutOfReach): ProviderRequest {
  if ('outOfReach' in plan) throw new Error(`page out of reach: ${plan.outOfReach}`);
  return plan;
}
