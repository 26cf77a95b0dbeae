// Lighthouse's four category scores for a URL, with the system Chromium, in Lighthouse's
// default (mobile, simulated throttling) configuration; FCP, LCP and TBT in milliseconds.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_LAUNCHER, FLAGS } from './lib.mjs';

export async function lighthouseScores(url) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_LAUNCHER, chromeFlags: ['--headless=new', ...FLAGS] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
    const { categories, audits, runtimeError } = result.lhr;
    // A run that could not load or trace the page scores 0 with no timings: an error, not a figure.
    const unscored = Object.keys(categories).filter((id) => categories[id].score === null);
    if (runtimeError || unscored.length > 0 || !Number.isFinite(audits['total-blocking-time'].numericValue)) {
      throw new Error(`Lighthouse could not measure ${url}: ${runtimeError ? `${runtimeError.code}: ${runtimeError.message}` : `no score for ${unscored.join(', ') || 'total blocking time'}`}`);
    }
    const score = (id) => Math.round(categories[id].score * 100);
    const failing = Object.values(categories).flatMap((c) => c.auditRefs)
      .map((ref) => audits[ref.id])
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
      .map((a) => a.id);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
      fcpMs: audits['first-contentful-paint'].numericValue,
      lcpMs: audits['largest-contentful-paint'].numericValue,
      tbtMs: audits['total-blocking-time'].numericValue,
      failing: [...new Set(failing)].join(' '),
    };
  } finally {
    await chrome.kill();
  }
}
