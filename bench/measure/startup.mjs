// Startup: from the first widget script's start ("bench:start") to every
// widget ready ("bench:ready", see bench/pages/mark-start.js), CPU throttled.
// A trace of the page gives the wall time, the main thread's busy time in
// that window and its longest task (exact, where the Long Tasks API only
// reports tasks over 50 ms).
import { RUNS } from '../lib/config.mjs';
import { gotoReady, openPage } from '../lib/browser.mjs';
import { mainThreadBetween, TRACE_CATEGORIES } from '../lib/trace.mjs';

export async function measureStartup(browser, server, sides) {
  const results = Object.fromEntries(sides.map((side) => [side.id, []]));
  for (let run = 0; run < RUNS; run++) {
    for (const side of sides) {
      // Runs alternate between sides, so a slow moment of the machine hits both.
      const { page, close } = await openPage(browser, { throttle: true });
      await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      await gotoReady(page, server.url + 'bench-pages/' + side.page);
      const trace = await browser.stopTracing();
      results[side.id].push(mainThreadBetween(trace.toString('utf8'), 'bench:start', 'bench:ready'));
      await close();
    }
  }
  return results;
}
