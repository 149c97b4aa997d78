/** Widget addresses and snippets: one card frame per language with the entry in its query. */
import { describe, expect, it } from 'vitest';
import { framePath, iframeSnippet, loaderSnippet, widgetFromQuery } from '../../src/lib/widgets.ts';

const card = widgetFromQuery('event', 'ru', 'theme=dark&accent=1f4e9c', '2022-01-05-almaty-airport-seized');
const timeline = widgetFromQuery('timeline', 'kk', 'type=detention&place=almaty&limit=5');

describe('widget addresses', () => {
  it('a card is the language’s one card frame, the entry first in its query, then the options', () => {
    expect(framePath(card)).toBe('embed/ru/event/?id=2022-01-05-almaty-airport-seized&theme=dark&accent=1f4e9c');
    expect(framePath({ ...card, theme: 'auto', accent: undefined } as never)).toBe(
      'embed/ru/event/?id=2022-01-05-almaty-airport-seized',
    );
    expect(framePath(timeline)).toBe('embed/kk/timeline/?type=detention&place=almaty&limit=5');
  });

  it('the loader snippet of a card holds a plain link to the entry for readers without JavaScript', () => {
    expect(loaderSnippet(card, 'https://qantar.example/chronicle/', 'Читать запись полностью')).toBe(
      '<div data-qantar-event="2022-01-05-almaty-airport-seized" data-lang="ru" data-theme="dark" data-accent="#1f4e9c"><a href="https://qantar.example/chronicle/ru/events/2022-01-05-almaty-airport-seized/">Читать запись полностью</a></div>\n<script src="https://qantar.example/chronicle/embed.js" async></script>',
    );
    expect(loaderSnippet(timeline, 'https://qantar.example/')).toMatch(
      /^<div data-qantar-timeline data-lang="kk" data-type="detention" data-place="almaty" data-limit="5"><\/div>\n/,
    );
    expect(iframeSnippet(card, 'https://qantar.example/', 'Card')).toContain(
      'src="https://qantar.example/embed/ru/event/?id=2022-01-05-almaty-airport-seized&amp;theme=dark&amp;accent=1f4e9c"',
    );
  });
});
