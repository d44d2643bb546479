// Lighthouse (npm, its default mobile preset: a mid-range phone, simulated
// slow 4G and 4× CPU) on our demo page and on the anchors' page with the same
// content: the four category scores, CLS and TBT. Lighthouse starts its own
// Debian Chromium (CHROME_PATH) and works offline.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM } from '../lib/config.mjs';
import { NODE_MODULES } from '../lib/paths.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

async function lighthouse(url, out) {
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
  return {
    version: report.lighthouseVersion,
    formFactor: report.configSettings.formFactor,
    throttlingMethod: report.configSettings.throttlingMethod,
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, Math.round(report.categories[id].score * 100)])),
    cls: report.audits['cumulative-layout-shift'].numericValue,
    tbtMs: report.audits['total-blocking-time'].numericValue,
    warnings: report.runWarnings,
  };
}

export async function measureLighthouse(server, sides, runs) {
  const dir = mkdtempSync(join(tmpdir(), 'pw-bench-lighthouse-'));
  const results = Object.fromEntries(sides.map((side) => [side.id, []]));
  for (let run = 0; run < runs; run++) {
    for (const side of sides) {
      const out = join(dir, `${side.id}-${run}.json`);
      results[side.id].push(await lighthouse(new URL(side.path, server.url).href, out));
    }
  }
  return results;
}
