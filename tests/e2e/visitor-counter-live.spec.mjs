// The visitor counter on the demo page against the real reference endpoint,
// and what it must not break: layout at mount, and the back/forward cache.
import { chromium } from '@playwright/test';
import { test, expect, widgetsReady, holdRequests } from './fixtures.mjs';

const field = (page, name) => page.locator(`[data-pw="visitor-counter"] [data-pw-field="${name}"]`);

test('shows the reference endpoint’s real numbers, formatted', async ({ page, request }) => {
  await page.addInitScript(() => (Math.random = () => 0.5));
  await page.clock.install({ time: new Date('2022-02-18T09:30:00+07:00') });
  await page.goto('/demo/index.html');
  await widgetsReady(page);
  await page.clock.runFor(16_000); // first poll 15 s after mount
  const live = await (await request.get('/api/visitors')).json();
  const grouped = (n) => (String(n).length < 5 ? String(n) : String(n).replace(/\B(?=(\d{3})+$)/g, '.'));
  await expect(field(page, 'total')).toHaveText(grouped(live.total));
  await expect(field(page, 'today')).toHaveText(grouped(live.today));
  expect(live.total).toBeGreaterThanOrEqual(1121895); // counting went on from the seed page's figures
});

// Only what mounting does is measured: the page's own settling while it loads
// (a header that reflows as the rest of the page arrives) is not the widgets'.
test('mounting the counter shifts nothing on a phone, where the box sits above the article', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const release = await holdRequests(page, '**/dist/portal-widgets.wasm');
  const twoFrames = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.goto('/demo/index.html');
  await twoFrames();
  await page.evaluate(() => {
    window.__layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShift += entry.value;
    }).observe({ type: 'layout-shift' });
  });
  release();
  await widgetsReady(page);
  await expect(page.getByRole('button', { name: 'Tạm dừng cập nhật' })).toBeVisible();
  await twoFrames();
  expect(await page.evaluate(() => window.__layoutShift)).toBe(0);
});

test('a leader tab that navigates away hands over polling and still comes back from the back/forward cache', async ({ baseURL }) => {
  // Playwright turns the cache off by default; this browser keeps it on.
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
  });
  const polling = (page) => page.evaluate(() => window.PortalWidgets.get(document.querySelector('#dem')).polling);
  try {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      window.addEventListener('pageshow', (event) => (window.__restoredFromCache = event.persisted));
    });
    const counterPage = new URL('/test-pages/counter.html', baseURL).href;
    const leader = await context.newPage();
    await leader.goto(counterPage);
    await widgetsReady(leader);
    await expect.poll(() => polling(leader)).toBe(true);
    const other = await context.newPage();
    await other.goto(counterPage);
    await widgetsReady(other);
    expect(await polling(other)).toBe(false);

    await leader.goto(new URL('/test-pages/english.html', baseURL).href);
    await expect.poll(() => polling(other)).toBe(true); // the lock was released on pagehide
    await leader.goBack({ waitUntil: 'commit' }); // a restored page fires no load event
    await expect.poll(() => leader.evaluate(() => window.__restoredFromCache)).toBe(true);
    expect(await polling(leader)).toBe(false); // it waits its turn behind the new leader
  } finally {
    await browser.close();
  }
});
