import type { SandboxFaults } from '../types.ts';
import type { Rng } from '../prng.ts';

export const DEFAULT_FAULTS: Readonly<SandboxFaults> = {
  latencyMs: 0,
  errorRate: 0,
  rateLimitRate: 0,
  retryAfterSec: 2,
  dropRate: 0,
};

const LIMITS: Record<keyof SandboxFaults, [number, number]> = {
  latencyMs: [0, 60_000],
  errorRate: [0, 1],
  rateLimitRate: [0, 1],
  retryAfterSec: [0, 3600],
  dropRate: [0, 1],
};

/** Merges a JSON patch into the live knobs; returns what was wrong with it (nothing is applied then). */
export function mergeFaults(target: SandboxFaults, patch: unknown): string[] {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch))
    return ['body must be a JSON object'];
  const errors: string[] = [];
  const next: Partial<SandboxFaults> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (!(key in LIMITS)) {
      errors.push(`unknown fault '${key}'; known: ${Object.keys(LIMITS).join(', ')}`);
      continue;
    }
    const [min, max] = LIMITS[key as keyof SandboxFaults];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
      errors.push(`${key} must be a number in [${min}, ${max}]`);
      continue;
    }
    next[key as keyof SandboxFaults] = value;
  }
  if (errors.length === 0) Object.assign(target, next);
  return errors;
}

export type FaultOutcome = 'drop' | 'rate-limit' | 'error' | null;

/**
 * Decides whether this API request is failed on purpose: a dropped connection first (the network), then
 * rate limiting (a gateway), then a 500 (the app).
 */
export function rollFault(faults: SandboxFaults, rng: Rng): FaultOutcome {
  const dropRate = faults.dropRate ?? 0;
  if (dropRate > 0 && rng() < dropRate) return 'drop';
  if (faults.rateLimitRate > 0 && rng() < faults.rateLimitRate) return 'rate-limit';
  if (faults.errorRate > 0 && rng() < faults.errorRate) return 'error';
  return null;
}

export function delay(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
