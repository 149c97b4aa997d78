/**
 * Lighthouse scores (performance, accessibility, best practices, SEO) of the home, timeline,
 * event, map and search pages, with the system Chromium and Lighthouse's desktop settings
 * (simulated throttling). Also lists the audits that cost points, so a score below 100 says why.
 */
import lighthouse from 'lighthouse';
import desktop from 'lighthouse/core/config/desktop-config.js';
import { launch } from 'chrome-launcher';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/chromium.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface PageScores {
  path: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Audits that scored below 1 and weigh in a category. */
  missed: string[];
  /** Lighthouse's total blocking time (simulated) and the bytes the page transferred. */
  tbtMs: number;
  bytes: number;
}

export async function measureLighthouse(base: string, paths: string[]): Promise<PageScores[]> {
  const chrome = await launch({ chromePath: findChromium(), chromeFlags: CHROMIUM_ARGS });
  try {
    const out: PageScores[] = [];
    for (const path of paths) {
      const result = await lighthouse(
        `${base}${path}`,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
        desktop,
      );
      if (!result) throw new Error(`lighthouse gave no result for ${path}`);
      const { categories, audits } = result.lhr;
      const weighed = new Set(
        Object.values(categories).flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => r.id)),
      );
      out.push({
        path,
        scores: Object.fromEntries(
          CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)]),
        ) as PageScores['scores'],
        missed: Object.values(audits)
          .filter((a) => weighed.has(a.id) && a.score !== null && a.score < 1)
          .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`),
        tbtMs: audits['total-blocking-time']?.numericValue ?? NaN,
        bytes: audits['total-byte-weight']?.numericValue ?? NaN,
      });
    }
    return out;
  } finally {
    chrome.kill();
  }
}
