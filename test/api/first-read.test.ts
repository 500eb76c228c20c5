import { describe, expect, it } from 'vitest';
import { takeServerNow } from '../../src/api/first-read.ts';

/** A page whose inlined `switchboard-now` block holds `text`. */
const pageWith = (text: string) =>
  ({
    getElementById: (id: string) => (id === 'switchboard-now' ? { textContent: text } : null),
  }) as unknown as Document;

describe('takeServerNow', () => {
  it("hands out the server's instant once, then leaves later queries to the browser's clock", () => {
    const clientNow = 1_800_000_000_000;
    expect(takeServerNow(pageWith(String(clientNow - 2_000)), clientNow)).toBe(clientNow - 2_000);
    expect(takeServerNow(pageWith(String(clientNow - 2_000)), clientNow)).toBeNull();
  });
});
