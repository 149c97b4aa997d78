/**
 * /data/timelinejs.json: the chronology in TimelineJS 3's JSON format, so sites that already use
 * TimelineJS can show it. TimelineJS reads dates as wall-clock values, so each event gets its
 * local date and time (not UTC) and a `display_date` written by us, which TimelineJS shows as is
 * instead of formatting the date in the reader's time zone.
 */
import { textFor, type ChronicleEvent } from '../chronicle.ts';
import { formatMoment, type LocalMoment } from '../dates.ts';
import type { EventType, Lang } from '../../schema/enums.ts';
import { eventUrl, type ExportContext } from './context.ts';
import { esc } from './xml.ts';
import { JsonList } from './json-stream.ts';

export interface TimelineDate {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  display_date: string;
}

export interface TimelineSlide {
  unique_id: string;
  start_date: TimelineDate;
  end_date?: TimelineDate;
  display_date: string;
  group: string;
  text: { headline: string; text: string };
}

export interface TimelineFile {
  title: { text: { headline: string; text: string } };
  /** Made one at a time as the file is written (json-stream.ts). */
  events: JsonList<ChronicleEvent, TimelineSlide>;
}

export interface TimelineStrings {
  title: string;
  intro: string;
  open: string;
  typeLabel: (type: EventType) => string;
  verificationLabel: (e: ChronicleEvent) => string;
}

function date(m: LocalMoment, withTime: boolean, display: string): TimelineDate {
  const [year, month, day] = m.day.split('-').map(Number) as [number, number, number];
  const out: TimelineDate = { year, month, day, display_date: display };
  if (withTime && m.time) {
    const [hour, minute] = m.time.split(':').map(Number) as [number, number];
    out.hour = hour;
    out.minute = minute;
  }
  return out;
}

export function timelineJs(ctx: ExportContext, lang: Lang, s: TimelineStrings): TimelineFile {
  return {
    title: { text: { headline: esc(s.title), text: `<p>${esc(s.intro)}</p>` } },
    events: new JsonList(ctx.chronicle.events, (e) => {
      const text = textFor(e, lang);
      const timed = e.data.timePrecision === 'minute' || e.data.timePrecision === 'hour';
      const start = formatMoment(e.start, e.data.timePrecision, lang);
      const slide: TimelineSlide = {
        unique_id: e.id,
        start_date: date(e.start, timed, start),
        display_date: start,
        group: s.typeLabel(e.data.type),
        text: {
          headline: esc(text.title),
          text: [
            `<p>${esc(`${e.place.name[lang]} · ${s.verificationLabel(e)}`)}</p>`,
            `<p${text.lang !== lang ? ` lang="${text.lang}"` : ''}>${esc(text.summary)}</p>`,
            `<p><a href="${esc(eventUrl(ctx, e.id, lang))}" target="_blank" rel="noopener">${esc(s.open)}</a></p>`,
          ].join(''),
        },
      };
      if (e.end)
        slide.end_date = date(
          e.end,
          timed,
          formatMoment(e.end, timed && e.end.time ? e.data.timePrecision : 'day', lang),
        );
      return slide;
    }),
  };
}
