// Startup, CPU throttled, in two windows of one trace (marks: see
// bench/pages/mark-start.js):
// - from the first widget script's start ("bench:start") to every widget
//   ready ("bench:ready"). It holds the page's own first layout only when the
//   browser happens to lay the page out inside it: more often for a bundle
//   that waits for its module than for scripts that set up synchronously;
// - from the page's navigation to the first frame drawn with every widget
//   ready ("bench:shown"), which holds that first layout on every side. Both
//   sides load the same content, so the difference is the widgets'.
// A trace of the page gives the wall time, the main thread's busy time in
// that window and its longest task (exact, where the Long Tasks API only
// reports tasks over 50 ms).
import { RUNS } from '../lib/config.mjs';
import { gotoReady, openPage } from '../lib/browser.mjs';
import { mainThreadBetween, mark, pageNavigation, TRACE_CATEGORIES } from '../lib/trace.mjs';

export async function measureStartup(browser, server, sides) {
  const results = Object.fromEntries(sides.map((side) => [side.id, []]));
  for (let run = 0; run < RUNS; run++) {
    for (const side of sides) {
      // Runs alternate between sides, so a slow moment of the machine hits both.
      const { page, close } = await openPage(browser, { throttle: true });
      await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      await gotoReady(page, server.url + 'bench-pages/' + side.page);
      await page.evaluate(() => window.benchWhenShown);
      const trace = await browser.stopTracing();
      const json = trace.toString('utf8');
      results[side.id].push({
        ...mainThreadBetween(json, mark('bench:start'), mark('bench:ready')),
        page: mainThreadBetween(json, pageNavigation, mark('bench:shown')),
      });
      await close();
    }
  }
  return results;
}
