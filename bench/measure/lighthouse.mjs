// Lighthouse (npm, its default mobile preset: a mid-range phone, simulated
// slow 4G and 4× CPU) on our demo page and on the anchors' page with the same
// content: the four category scores, CLS and TBT. Lighthouse starts its own
// Debian Chromium (CHROME_PATH) and works offline.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLighthouse } from '../../scripts/lighthouse.mjs';

export async function measureLighthouse(server, sides, runs) {
  const dir = mkdtempSync(join(tmpdir(), 'pw-bench-lighthouse-'));
  const results = Object.fromEntries(sides.map((side) => [side.id, []]));
  for (let run = 0; run < runs; run++) {
    for (const side of sides) {
      const out = join(dir, `${side.id}-${run}.json`);
      results[side.id].push(await runLighthouse(new URL(side.path, server.url).href, out));
    }
  }
  return results;
}
