/**
 * What a story page needs besides its text, worked out from the story's own MDX: its steps in
 * order (with the entries each covers and the place a <MapView> inside it names), the days of the
 * entries it cites, and how a reader moves between steps. Pure: the page and the reader's script
 * share it, and the unit tests read it without Astro.
 */
import type { ComponentUse } from './content/mdx-rules.ts';
import { applyFilters, parseFilters, type FilterableEvent } from './filters.ts';
import type { Lang } from '../schema/enums.ts';

export interface StoryStep {
  /** 1-based: the step's id is `step-<n>` and its URL ends in `#step-<n>`. */
  n: number;
  /** `event:<id>` or `filter:<query>`, which names the step among the story's steps. */
  key: string;
  title?: string;
  /** The entries the step covers, in chronological order. */
  events: string[];
  /** The place of a <MapView> inside the step, for the map to show instead of the entries. */
  place?: string;
}

/** What a <Step>'s props name it: one entry or one filter. */
export function stepKey(props: Readonly<Record<string, string | undefined>>): string {
  return props.event ? `event:${props.event}` : `filter:${props.filter ?? ''}`;
}

interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
}

function placeInside(nodes: readonly unknown[]): string | undefined {
  for (const n of nodes as MdxNode[]) {
    if (n.type.startsWith('mdxJsx') && n.name === 'MapView') {
      const a = n.attributes?.find((x) => x.name === 'place');
      if (typeof a?.value === 'string') return a.value;
    }
    const deeper = placeInside(n.children ?? []);
    if (deeper) return deeper;
  }
  return undefined;
}

/**
 * The steps of a story from its parsed components, `events` in the chronicle's order (a filter
 * step lists what it matches in that order; a one-entry step lists that entry).
 */
export function storySteps(uses: readonly ComponentUse[], events: readonly FilterableEvent[]): StoryStep[] {
  const known = new Set(events.map((e) => e.id));
  return uses
    .filter((u) => u.name === 'Step')
    .map((u, i) => {
      const ids = u.props.event
        ? known.has(u.props.event)
          ? [u.props.event]
          : []
        : applyFilters(events, parseFilters(u.props.filter ?? '')).map((e) => e.id);
      const place = placeInside(u.inside);
      return {
        n: i + 1,
        key: stepKey(u.props),
        ...(u.props.title ? { title: u.props.title } : {}),
        events: ids,
        ...(place ? { place } : {}),
      };
    });
}

export interface StoryDay {
  day: string;
  events: string[];
}

/** The cited entries grouped by their local day, days in order: the compact timeline beside a story. */
export function storyDays(ids: readonly string[], dayOf: (id: string) => string | undefined): StoryDay[] {
  const byDay = new Map<string, string[]>();
  for (const id of ids) {
    const day = dayOf(id);
    if (!day) continue;
    const list = byDay.get(day);
    if (list) list.push(id);
    else byDay.set(day, [id]);
  }
  return [...byDay].sort(([a], [b]) => a.localeCompare(b)).map(([day, events]) => ({ day, events }));
}

/** The step a URL fragment asks for (`#step-3` -> 3), or undefined when it names none of them. */
export function stepFromHash(hash: string, count: number): number | undefined {
  const m = /^#?step-(\d{1,4})$/.exec(hash);
  const n = m ? Number(m[1]) : NaN;
  return n >= 1 && n <= count ? n : undefined;
}

/** The step `delta` away from `current`, held within 1..count. */
export function stepAfter(current: number, delta: number, count: number): number {
  return Math.min(Math.max(current + delta, 1), Math.max(count, 1));
}

/**
 * Which text of a story a page shows: the one in the page's language when it exists, else the
 * original (the page then says so and marks the text's language).
 */
export function storyTextLang(
  page: Lang,
  original: Lang,
  translated: ReadonlySet<Lang>,
): { lang: Lang; fallback: boolean } {
  if (page === original || translated.has(page)) return { lang: page, fallback: false };
  return { lang: original, fallback: true };
}
