/** The sources the proposal form offers (/data/explore/sources.json), by publisher, newest first. */
import type { SourceRecord } from './chronicle.ts';

export interface SourceChoice {
  id: string;
  publisher: string;
  /** "Publisher — Title (2022-01-05)", as the form lists it. */
  label: string;
}

export function sourceChoices(sources: readonly SourceRecord[]): SourceChoice[] {
  return [...sources]
    .sort(
      (a, b) => a.data.publisher.localeCompare(b.data.publisher) || b.data.published.localeCompare(a.data.published),
    )
    .map((s) => ({
      id: s.id,
      publisher: s.data.publisher,
      label: `${s.data.publisher} — ${s.data.title} (${s.data.published})`,
    }));
}
