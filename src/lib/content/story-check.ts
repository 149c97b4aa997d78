/**
 * What a story refers to must exist and hold: every entry, source and place it names, every filter
 * it steps over matches at least one entry, the entries its body uses are exactly those its front
 * matter cites, and every paragraph of prose refers to an entry (a story states no fact of its own).
 */
import { message } from '../../schema/messages.ts';
import { applyFilters, parseFilters, type FilterableEvent } from '../filters.ts';
import type { StoryData } from '../../schema/story.ts';
import type { ComponentUse, MdxProblem } from './mdx-rules.ts';
import { MEASURES } from '../../schema/enums.ts';
import { stepKey } from '../stories.ts';

export interface StoryRefs {
  events: ReadonlyMap<string, FilterableEvent>;
  sources: ReadonlySet<string>;
  places: ReadonlySet<string>;
}

/** The entry ids a use of a component stands for (a filter step: every entry it matches). */
export function eventsOf(use: ComponentUse, refs: StoryRefs): string[] {
  if (use.props.event) return [use.props.event];
  if (use.name === 'Step' && use.props.filter) return applyFilters([...refs.events.values()], parseFilters(use.props.filter)).map((e) => e.id);
  return [];
}

export function checkStoryRefs(uses: ComponentUse[], unsourced: number[], refs: StoryRefs, front?: Pick<StoryData, 'events' | 'places'>): MdxProblem[] {
  const out: MdxProblem[] = [];
  const used = new Set<string>();
  const steps = new Set<string>();
  for (const u of uses) {
    if (u.name === 'Step') {
      // a step is named by what it covers (its URL and the map follow it), so two steps may not cover the same
      const key = stepKey(u.props);
      if (steps.has(key)) out.push({ line: u.line, rule: 'duplicate-step', message: message('duplicateStep', { step: key.replace(':', '="') }) });
      steps.add(key);
    }
    const { event, source, place, filter, measure } = u.props;
    if (event !== undefined) {
      if (!refs.events.has(event)) out.push({ line: u.line, rule: 'unknown-event', message: message('storyUnknownEvent', { name: u.name, id: event }) });
      used.add(event);
    }
    if (source !== undefined && !refs.sources.has(source)) out.push({ line: u.line, rule: 'unknown-source', message: message('storyUnknownSource', { name: u.name, id: source }) });
    if (place !== undefined && !refs.places.has(place)) out.push({ line: u.line, rule: 'unknown-place', message: message('storyUnknownPlace', { name: u.name, id: place }) });
    if (measure !== undefined && !(MEASURES as readonly string[]).includes(measure))
      out.push({ line: u.line, rule: 'unknown-measure', message: message('storyUnknownMeasure', { name: u.name, value: measure, list: MEASURES.join(', ') }) });
    if (filter !== undefined) {
      const ids = eventsOf(u, refs);
      if (!ids.length) out.push({ line: u.line, rule: 'empty-filter', message: message('emptyFilter', { filter }) });
      for (const id of ids) used.add(id);
    }
  }
  for (const line of unsourced)
    out.push({ line, rule: 'unsourced-paragraph', message: message('unsourcedParagraph') });
  if (front) {
    const cited = new Set(front.events);
    for (const id of used) if (refs.events.has(id) && !cited.has(id) && !isFilterOnly(id, uses, refs)) out.push({ line: 1, rule: 'uncited-event', message: message('uncitedEvent', { id }) });
    for (const id of cited) {
      if (!refs.events.has(id)) out.push({ line: 1, rule: 'unknown-event', message: message('frontUnknownEvent', { id }) });
      else if (!used.has(id)) out.push({ line: 1, rule: 'unused-event', message: message('unusedEvent', { id }) });
    }
    for (const id of front.places) if (!refs.places.has(id)) out.push({ line: 1, rule: 'unknown-place', message: message('frontUnknownPlace', { id }) });
  }
  return out;
}

/** An entry reached only through a filter step need not be listed one by one. */
function isFilterOnly(id: string, uses: ComponentUse[], refs: StoryRefs): boolean {
  return !uses.some((u) => u.props.event === id) && uses.some((u) => u.props.filter !== undefined && eventsOf(u, refs).includes(id));
}
