import { describe, expect, it } from 'vitest';
import { pagesForRange } from '../../src/features/log-table/page-math.ts';

describe('pagesForRange', () => {
  it('fetches the pages under the viewport plus the next one', () => {
    expect(pagesForRange({ start: 0, end: 24 }, 10, 6000)).toEqual([1, 2, 3, 4]);
  });

  it('jumping to the end asks for the last pages only', () => {
    expect(pagesForRange({ start: 59_975, end: 59_999 }, 10, 6000)).toEqual([5998, 5999, 6000]);
  });

  it('never asks past the last page or for more than the cap', () => {
    expect(pagesForRange({ start: 0, end: 500 }, 10, 3)).toEqual([1, 2, 3]);
    expect(pagesForRange({ start: 0, end: 500 }, 10, 1000, 8)).toHaveLength(8);
  });

  it('asks for nothing when the result is empty', () => {
    expect(pagesForRange({ start: 0, end: 10 }, 10, 0)).toEqual([]);
  });
});
