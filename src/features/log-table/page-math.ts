/** Pages (1-based) covering rows [start, end] plus the next one, capped so a jump never fans out. */
export function pagesForRange(
  range: { start: number; end: number },
  pageSize: number,
  lastPage: number,
  maxPages = 8,
): number[] {
  if (lastPage < 1 || range.end < range.start) return [];
  const firstPage = Math.max(1, Math.floor(range.start / pageSize) + 1);
  const endPage = Math.min(lastPage, Math.floor(range.end / pageSize) + 2); // +1: prefetch the next page
  const pages: number[] = [];
  for (let page = firstPage; page <= endPage && pages.length < maxPages; page += 1) pages.push(page);
  return pages;
}
