// The widget against the counter service in Redis mode (a real redis-server and
// service, reached through the page's own origin): it records its page view,
// keeps its last numbers while Redis is down (503), and shows new ones once
// Redis is back.
import { test, expect, widgetsReady } from './fixtures.mjs';
import { counterConfig } from '../../server/counter-config.mjs';
import { createCounterService } from '../../server/counter-service.mjs';
import { startRedis } from '../server/processes.mjs';
import { call, closeConnections, postView, waitFor } from '../server/http-load.mjs';

const field = (page, name) => page.locator(`#dem [data-pw-field="${name}"]`);

test('keeps its last numbers while Redis is down, and counts on when it is back', async ({ page }) => {
  test.setTimeout(90_000); // a redis-server and a service start and stop within it
  const redis = await startRedis();
  const config = counterConfig({ REDIS_URL: redis.url, PORT: '0', HOST: '127.0.0.1', COUNTER_START: '{"default": {"total": 1121895, "today": 2451}}' });
  const service = await createCounterService(config);
  try {
    const endpoint = `${service.url}api/visitors`;
    await waitFor(async () => (await call(endpoint)).status === 200, { what: 'service connected to Redis' });
    // Same origin for the page (its CSP allows no other), the real service behind it.
    await page.route('**/api/visitors*', async (route) => {
      const response = await route.fetch({ url: endpoint + new URL(route.request().url()).search });

      await route.fulfill({ response });
    });
    await page.addInitScript(() => {
      Math.random = () => 0.5;
      window.__problems = [];
      document.addEventListener('pw:error', (event) => window.__problems.push(event.detail.code));
    });
    await page.emulateMedia({ reducedMotion: 'reduce' }); // new numbers at once: no count-up to wait for
    await page.clock.install({ time: new Date('2022-02-18T09:30:00+07:00') });
    await page.goto('/test-pages/counter-record.html');
    await widgetsReady(page);
    // A second of page time per look, so a poll in flight has real time to be answered
    // before its own 10 s timeout (page time) runs out, and a tab that takes the lead
    // late still polls.
    const totalAfterSteps = async () => {
      await page.clock.runFor(1_000);
      return field(page, 'total').textContent();
    };
    await expect.poll(totalAfterSteps, { timeout: 30_000 }).toBe('1.121.896'); // its own page view
    await expect(field(page, 'online')).toHaveText('1');

    await redis.stop();
    await page.clock.runFor(31_000);
    await expect.poll(() => page.evaluate(() => window.__problems)).toEqual(['http-503']);
    await expect(field(page, 'total')).toHaveText('1.121.896');
    await expect(field(page, 'today')).toHaveText('2452');

    await redis.restart();
    await waitFor(async () => (await postView(endpoint, crypto.randomUUID())).status === 200, { what: 'counting again' });
    await expect.poll(totalAfterSteps, { timeout: 30_000 }).toBe('1.121.897');
    await expect(field(page, 'online')).toHaveText('2');
  } finally {
    closeConnections();
    await service.close();
    await redis.kill();
  }
});
