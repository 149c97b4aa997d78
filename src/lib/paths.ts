/** getStaticPaths helpers: one page per language, or per language × item. */
import { LANGS, type Lang } from '../schema/enums.ts';
import { pageParam, pageSlices } from './paging.ts';

export function langPaths() {
  return LANGS.map((lang) => ({ params: { lang }, props: { lang } }));
}

/**
 * A route's `cacheKey`, left out when there is none: the page is then rendered on every build
 * (Astro's incremental build, astro.config.mjs).
 */
export const cacheKeyProp = (key: string | undefined) => (key === undefined ? {} : { cacheKey: key });

/**
 * One page per language and item. `cacheKey` names what an item's pages are built from
 * (src/lib/page-keys.ts): Astro copies a page from the previous build when its key is unchanged;
 * an item without one is rendered every build.
 */
export function langItemPaths<T, K extends string>(
  items: readonly T[],
  param: K,
  key: (item: T) => string,
  cacheKey?: (item: T) => string | undefined,
) {
  const keys = cacheKey ? new Map(items.map((item) => [item, cacheKey(item)])) : undefined;
  return LANGS.flatMap((lang: Lang) =>
    items.map((item) => {
      const k = keys?.get(item);
      return {
        params: { lang, [param]: key(item) } as { lang: Lang } & Record<K, string>,
        props: { lang, item },
        ...cacheKeyProp(k),
      };
    }),
  );
}

/** A list shown `size` items a page in every language: page 1 at the list's address, then `2/`, `3/`… */
export function langPagedPaths<T>(items: readonly T[], size: number) {
  const pages = pageSlices(items, size);
  return LANGS.flatMap((lang: Lang) =>
    pages.map((p) => ({ params: { lang, page: pageParam(p.page) }, props: { lang, ...p } })),
  );
}

/**
 * langItemPaths for a long list shown `size` events a page: page 1 at the item's own address,
 * then `2/`, `3/`… (the `page` rest parameter), so no page grows with the chronology. `cacheKey`,
 * when given, names what one such page is built from (src/lib/page-keys.ts).
 */
export function langItemPagedPaths<T, E, K extends string>(
  items: readonly T[],
  param: K,
  key: (item: T) => string,
  list: (item: T) => readonly E[],
  size: number,
  cacheKey?: (item: T, page: { items: readonly E[]; page: number; pages: number; total: number }) => string | undefined,
) {
  const paged = items.map((item) => {
    const all = list(item);
    return pageSlices(all, size).map((p) => {
      const k = cacheKey?.(item, { ...p, total: all.length });
      return { item, p, total: all.length, ...cacheKeyProp(k) };
    });
  });
  return LANGS.flatMap((lang: Lang) =>
    paged.flat().map(({ item, p, total, ...k }) => ({
      params: { lang, [param]: key(item), page: pageParam(p.page) } as {
        lang: Lang;
        page: string | undefined;
      } & Record<K, string>,
      props: { lang, item, page: p.page, pages: p.pages, events: p.items, total },
      ...k,
    })),
  );
}
