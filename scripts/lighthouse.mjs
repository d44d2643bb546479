// One Lighthouse run (npm, its default mobile preset: a mid-range phone,
// simulated slow 4G and 4× CPU) on a URL: the four category scores, CLS and
// TBT. Lighthouse starts Debian's Chromium itself (CHROME_PATH) and works
// offline. Used by `npm test` (the scores that do not depend on speed) and
// by the bench (all of them).
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { CHROMIUM } from './chromium.mjs';

const NODE_MODULES = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules');
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

// `out` is where the JSON report goes (kept for a person to look at).
export async function runLighthouse(url, out) {
  await promisify(execFile)(
    process.execPath,
    [
      join(NODE_MODULES, 'lighthouse', 'cli', 'index.js'),
      url,
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
      `--only-categories=${CATEGORIES.join(',')}`,
    ],
    { env: { ...process.env, CHROME_PATH: CHROMIUM.executablePath }, maxBuffer: 64 * 1024 * 1024 }
  );
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const failing = (category) =>
    report.categories[category].auditRefs
      .filter((ref) => ref.weight > 0 && report.audits[ref.id].score !== null && report.audits[ref.id].score < 1)
      .map((ref) => ref.id);
  return {
    version: report.lighthouseVersion,
    formFactor: report.configSettings.formFactor,
    throttlingMethod: report.configSettings.throttlingMethod,
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, Math.round(report.categories[id].score * 100)])),
    failing: Object.fromEntries(CATEGORIES.map((id) => [id, failing(id)])),
    cls: report.audits['cumulative-layout-shift'].numericValue,
    tbtMs: report.audits['total-blocking-time'].numericValue,
    warnings: report.runWarnings,
  };
}
