// First visit over a slow link: navigation → every widget ready, on a phone
// (CPU throttled) with the network emulated by Chromium, so what a page asks
// for, and when, counts as well as how long its code runs. The profiles are
// the ones issue 24 measured with: slow 3G (400 ms round trip, 50 KB/s) and
// fast 3G (150 ms, 200 KB/s). Every run is a fresh context: nothing cached.
import { gotoReady, openPage } from '../lib/browser.mjs';

export const NETWORKS = {
  slow3g: { name: 'slow 3G (400 ms RTT, 50 KB/s)', latency: 400, bytesPerSecond: 50 * 1024 },
  fast3g: { name: 'fast 3G (150 ms RTT, 200 KB/s)', latency: 150, bytesPerSecond: 200 * 1024 },
};

export async function measureNetworkStartup(browser, server, sides, runs) {
  const results = {};
  for (const [id, network] of Object.entries(NETWORKS)) {
    results[id] = Object.fromEntries(sides.map((side) => [side.id, []]));
    for (let run = 0; run < runs; run++) {
      for (const side of sides) {
        const { page, cdp, close } = await openPage(browser, { throttle: true });
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: network.latency,
          downloadThroughput: network.bytesPerSecond,
          uploadThroughput: network.bytesPerSecond,
        });
        await gotoReady(page, server.url + 'bench-pages/' + side.page);
        // performance.mark times are from the navigation's start.
        results[id][side.id].push(await page.evaluate(() => performance.getEntriesByName('bench:ready')[0].startTime));
        await close();
      }
    }
  }
  return results;
}
