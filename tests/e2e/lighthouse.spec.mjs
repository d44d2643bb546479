// Lighthouse on the demo page, mobile preset: accessibility, best practices
// and SEO must be 100. Performance depends on the machine's speed, so it is
// reported by `npm run bench`, not asserted here.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures.mjs';
import { runLighthouse } from '../../scripts/lighthouse.mjs';

test('Lighthouse: accessibility, best practices and SEO at 100 on the demo page', async ({ server }) => {
  test.setTimeout(180_000);
  const out = join(mkdtempSync(join(tmpdir(), 'pw-lighthouse-')), 'demo.json');
  const result = await runLighthouse(new URL('demo/index.html', server.url).href, out);
  test.info().annotations.push({ type: 'lighthouse', description: JSON.stringify(result.scores) });
  expect(result.formFactor).toBe('mobile');
  // On failure the audits that cost points are in the message.
  for (const category of ['accessibility', 'best-practices', 'seo']) {
    expect({ category, score: result.scores[category], failing: result.failing[category] }).toEqual({
      category,
      score: 100,
      failing: [],
    });
  }
});
