/**
 * The notice above a translated entry, on its page and on its embed card: the source language named
 * in the case each language needs, whether a person has checked it, and a link to the original.
 */
import { describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import TranslationNotice from '../../src/components/TranslationNotice.astro';
import { chronicle } from '../fixtures/exports-chronicle.ts';

const event = chronicle.byId.get('2022-01-02-aktau-night')!;
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('the translation notice', () => {
  it('says in Russian that the text is translated from English and not yet checked, and links to the original', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(TranslationNotice, { props: { lang: 'ru', event } });
    expect(text(html)).toBe(
      'Перевод с английского, ещё не проверенный человеком. Основным считается текст оригинала. Читать оригинал (английский)',
    );
    expect(html).toMatch(/<a href="[^"]*\/en\/events\/2022-01-02-aktau-night\/" hreflang="en"/);
    expect(html).toContain('role="note"');
  });
  it('says in Kazakh that a reviewed translation is from English, with the ablative name', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(TranslationNotice, { props: { lang: 'kk', event } });
    expect(text(html)).toBe('Ағылшын тілінен аударылған; тексерілген. Түпнұсқаны оқу (ағылшын тілі)');
  });
  it('on an embed card the link opens a new tab and says so', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(TranslationNotice, {
      props: { lang: 'ru', event, newTab: 'в новой вкладке', class: 'muted embed-meta' },
    });
    expect(html).toMatch(/target="_blank"/);
    expect(text(html)).toContain('Читать оригинал (английский) (в новой вкладке)');
  });
  it('says nothing on the original itself', async () => {
    const container = await AstroContainer.create();
    expect(text(await container.renderToString(TranslationNotice, { props: { lang: 'en', event } }))).toBe('');
  });
});
