/** getStaticPaths helpers: one page per language, or per language × item. */
import { LANGS, type Lang } from '../schema/enums.ts';

export function langPaths() {
  return LANGS.map((lang) => ({ params: { lang }, props: { lang } }));
}

export function langItemPaths<T, K extends string>(items: readonly T[], param: K, key: (item: T) => string) {
  return LANGS.flatMap((lang: Lang) =>
    items.map((item) => ({ params: { lang, [param]: key(item) } as { lang: Lang } & Record<K, string>, props: { lang, item } })),
  );
}
