/**
 * A story, read as a reader would: stepping with the keys, the buttons and the scroll wheel, the map
 * and the timeline follow the current step and the URL names it; a shared #step-N link starts there;
 * without JavaScript it is a complete article; the list, the feed and the widget frame carry it.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const STORY = '/en/stories/five-days/';

async function stepState(page: Page) {
  return page.evaluate(() => {
    const reader = document.querySelector<HTMLElement>('story-reader')!;
    const n = Number(reader.dataset.current);
    const step = document.getElementById(`step-${n}`)!;
    return {
      n,
      hash: location.hash,
      events: step.dataset.events!.split(' ').sort(),
      marked: [...document.querySelectorAll<HTMLElement>('.story-timeline li[aria-current="true"]')]
        .map((li) => li.dataset.id!)
        .sort(),
      focus: (document.querySelector<HTMLElement>('event-map')!.dataset.focus ?? '').split(' ').filter(Boolean).sort(),
      current: [...document.querySelectorAll('.story-step.is-current')].map((s) => s.id),
    };
  });
}

async function expectStep(page: Page, n: number) {
  await expect(page.locator('story-reader')).toHaveAttribute('data-current', String(n));
  const s = await stepState(page);
  expect(s.hash).toBe(`#step-${n}`);
  expect(s.current).toEqual([`step-${n}`]);
  expect(s.events.length).toBeGreaterThan(0);
  expect(s.marked).toEqual(s.events);
  expect(s.focus).toEqual(s.events);
}

test.describe('stepping through a story', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('keys and buttons move a step, and the map, the timeline and the URL follow', async ({ page }) => {
    await page.goto(STORY);
    await expect(page.locator('event-map')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('story-reader')).toHaveAttribute('data-current', '1');
    await expect(page.locator('.story-status')).toHaveText('Step 1 of 6');
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 2);
    await page.keyboard.press('j');
    await expectStep(page, 3);
    await expect(page.locator('#step-3')).toBeInViewport();
    await page.keyboard.press('k');
    await expectStep(page, 2);
    await page.keyboard.press('ArrowLeft');
    await expectStep(page, 1);
    await expect(page.getByRole('button', { name: /Previous step/ })).toBeDisabled();
    await page.getByRole('button', { name: /Next step/ }).click();
    await expectStep(page, 2);
    await expect(page.locator('.story-status')).toHaveText('Step 2 of 6');
    // the filter step covers every use of force in Almaty on 5–7 January, and the map shows them all
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expectStep(page, 5);
    expect((await stepState(page)).events.length).toBeGreaterThan(1);
    // markers of the current step stand out on the map
    await expect(page.locator('event-map .ev-marker.is-focus').first()).toBeVisible();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 6);
    await expect(page.getByRole('button', { name: /Next step/ })).toBeDisabled();
  });

  test('scrolling brings the next steps into view and the map follows', async ({ page }) => {
    await page.goto(STORY);
    await expect(page.locator('event-map')).toHaveAttribute('data-ready', 'true');
    const seen = new Set<number>();
    // a wheel's notch at a time, reading where the page comes to rest
    for (let i = 0; i < 60 && !seen.has(4); i++) {
      await page.mouse.move(300, 400);
      await page.mouse.wheel(0, 120);
      await page.waitForTimeout(250);
      seen.add(Number(await page.locator('story-reader').getAttribute('data-current')));
    }
    expect([...seen]).toEqual(expect.arrayContaining([2, 3, 4]));
    const n = Number(await page.locator('story-reader').getAttribute('data-current'));
    await expectStep(page, n);
  });

  test('a long scroll (End) makes only the step it stops at current, and the keys go on from there', async ({
    page,
  }) => {
    await page.goto(STORY);
    await expect(page.locator('event-map')).toHaveAttribute('data-ready', 'true');
    await page.evaluate(() => {
      const reader = document.querySelector<HTMLElement>('story-reader')!;
      const w = window as unknown as { currents: string[] };
      w.currents = [];
      new MutationObserver(() => w.currents.push(reader.dataset.current!)).observe(reader, {
        attributeFilter: ['data-current'],
      });
    });
    await page.keyboard.press('End');
    // the page comes to rest at its foot; the steps scrolled past on the way never became current
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { currents: string[] }).currents), { timeout: 5000 })
      .toHaveLength(1);
    await page.waitForTimeout(400);
    const currents = await page.evaluate(() => (window as unknown as { currents: string[] }).currents);
    expect(currents).toHaveLength(1);
    const n = Number(currents[0]);
    expect(n).toBeGreaterThan(3);
    await expectStep(page, n);
    await page.keyboard.press('ArrowLeft');
    await expectStep(page, n - 1);
  });

  test('after a step chosen by key, a scroll by another key (Ctrl+End) is followed again', async ({ page }) => {
    await page.goto(STORY);
    await expect(page.locator('event-map')).toHaveAttribute('data-ready', 'true');
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 2);
    await page.keyboard.press('Control+End');
    await expectStep(page, 6);
  });

  test('a shared link to #step-3 starts at step 3', async ({ page }) => {
    await page.goto(`${STORY}#step-3`);
    await expectStep(page, 3);
    await expect(page.locator('#step-3 h2')).toBeInViewport();
    await expect(page.locator('event-map')).toHaveAttribute('data-ready', 'true');
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 4);
  });

  test('with reduced motion the map jumps to the step', async ({ browser }) => {
    const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(STORY);
    await expect(page.locator('event-map')).toHaveAttribute('data-ready', 'true');
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 2);
    await context.close();
  });
});

test('on a phone the map sits above the step being read', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${STORY}#step-4`);
  await expectStep(page, 4);
  const map = await page.locator('event-map .map').boundingBox();
  const step = await page.locator('#step-4').boundingBox();
  expect(map!.y).toBeGreaterThanOrEqual(0);
  expect(map!.y + map!.height).toBeLessThanOrEqual(step!.y + 1);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});

test('without JavaScript a story is a complete article with its cards and links', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const lang of ['en', 'ru', 'kk']) {
    await page.goto(`/${lang}/stories/five-days/`);
    await expect(page.locator('.story-step')).toHaveCount(6);
    for (let n = 1; n <= 6; n++) {
      await expect(page.locator(`#step-${n}`)).toBeVisible();
      await expect(page.locator(`#step-${n} .story-step-entries a`).first()).toHaveAttribute(
        'href',
        new RegExp(`^/${lang}/events/`),
      );
    }
    await expect(page.locator('.story-text .event-item')).toHaveCount(1);
    await expect(page.locator('.story-text a.story-ref').first()).toHaveAttribute(
      'href',
      `/${lang}/events/2022-01-02-gas-price-protests-mangystau/`,
    );
    await expect(page.locator('.story-controls')).toBeHidden();
    await expect(page.locator('.story-quote blockquote')).toBeVisible();
  }
  await page.goto('/ru/stories/the-count/');
  await expect(page.locator('.story-figures table')).toBeVisible();
  await expect(page.locator('.story-figures')).toContainText('164');
  await expect(page.locator('.story-figures')).toContainText('238');
  await context.close();
});

test('a translated story says it is an unreviewed translation, in the page language', async ({ page }) => {
  await page.goto('/kk/stories/internet-dark/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(page.locator('h1')).not.toHaveAttribute('lang', /./);
  await expect(page.getByRole('note').first()).toContainText('аударма');
  await page.goto('/en/stories/internet-dark/');
  await expect(page.getByRole('note').first()).toContainText('not yet been reviewed by a second editor');
});

test('the stories list, the feed and the widget frame carry every story', async ({ page, request }) => {
  for (const lang of ['kk', 'ru', 'en']) {
    await page.goto(`/${lang}/stories/`);
    const links = page.locator('.story-list h2 a');
    await expect(links).toHaveCount(3);
    await expect(page.locator('.site-nav a[aria-current="page"]')).toHaveAttribute('href', `/${lang}/stories/`);
    const feed = await (await request.get(`/${lang}/feed.xml`)).text();
    for (const id of ['five-days', 'the-count', 'internet-dark'])
      expect(feed).toContain(`/${lang}/stories/${id}/</id>`);
  }
  await page.goto('/en/stories/');
  await page.locator('.story-list h2 a').first().click();
  await expect(page).toHaveURL(/\/en\/stories\/five-days\/$/);
  await page.goto('/ru/stories/the-count/');
  await expect(page.locator('.story-embed code')).toContainText('data-qantar-story="the-count" data-lang="ru"');
  await page.goto('/embed/ru/story/the-count/');
  await expect(page.locator('.embed-story-entries li')).toHaveCount(7);
  await expect(page.locator('.embed-foot a')).toHaveAttribute('href', '/ru/stories/the-count/');
});

test('site search finds a story by the words of its text, with its period and a "Stories" label', async ({ page }) => {
  await page.goto('/en/search/?q=Kazakhtelecom');
  const hit = page.locator('.search-results li').filter({ has: page.locator('a[href$="/en/stories/internet-dark/"]') });
  await expect(hit).toHaveCount(1);
  await expect(hit).toContainText('4 January 2022 – 20 January 2022');
  await expect(hit.locator('.kind-badge')).toHaveText('Stories');
  // the label and the period are not the story's words: the excerpt starts with its title
  await expect(hit.locator('.search-excerpt')).not.toContainText('Stories');
  await page.goto('/ru/search/?q=' + encodeURIComponent('Казахтелеком'));
  const ru = page.locator('.search-results li').filter({ has: page.locator('a[href$="/ru/stories/internet-dark/"]') });
  await expect(ru).toHaveCount(1);
  await expect(ru.locator('.kind-badge')).toHaveText('Истории');
});

test('axe finds nothing on the stories list and a story page, light and dark', async ({ browser }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    for (const path of ['/kk/stories/', '/ru/stories/five-days/', '/en/stories/the-count/#step-2']) {
      await page.goto(path);
      if (path.includes('#')) await expect(page.locator('event-map')).toHaveAttribute('data-ready', 'true');
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        violations.map((v) => `${path} ${colorScheme}: ${v.id} ${v.nodes.map((n) => n.target).join(', ')}`),
      ).toEqual([]);
    }
    await context.close();
  }
});
