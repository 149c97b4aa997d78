/** Paged lists of the server-rendered pages (timeline, day, place, type): sizes, slices, pager numbers. */

/** Events per page of a server-rendered list (timeline, day, place, type, source): keeps every page far under 500 KB. */
export const LIST_PAGE = 100;

/** The page numbers a pager links to: first, last, and the current one with two on each side. */
export function pagerNumbers(page: number, pages: number): (number | null)[] {
  const out: (number | null)[] = [];
  for (let p = 1; p <= pages; p++) {
    if (p === 1 || p === pages || Math.abs(p - page) <= 2) out.push(p);
    else if (out.at(-1) !== null) out.push(null);
  }
  return out;
}

/** getStaticPaths params of a paged list: page 1 at the list's own address (`undefined`), then "2", "3"… */
export function pageParam(page: number): string | undefined {
  return page === 1 ? undefined : String(page);
}

/** Pages of a list: page 1 is the list's own address, then `2/`, `3/`… */
export function pageSlices<T>(items: readonly T[], size: number): { page: number; items: T[]; pages: number }[] {
  const pages = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pages }, (_, i) => ({
    page: i + 1,
    items: items.slice(i * size, (i + 1) * size),
    pages,
  }));
}
