// Shared test fixtures: one dev server per worker (the demo plus the test
// pages under /test-pages/, and the test-only /test-api/* fault endpoints),
// console capture, and the axe-core check.
import { test as base, expect } from '@playwright/test';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDevServer } from '../../server/dev-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const axeSource = readFileSync(join(here, '../../node_modules/axe-core/axe.min.js'), 'utf8');

export const test = base.extend({
  server: [
    async ({}, use) => {
      const server = await createDevServer({
        port: 0,
        mounts: { '/test-pages/': join(here, 'pages') },
        visitsFile: join(mkdtempSync(join(tmpdir(), 'pw-visits-')), 'visits.json'),
        faults: true,
      });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ server }, use) => use(server.url),
  // axe-core on the state every test leaves its page in, on top of the checks
  // tests make at the states they pass through.
  axeOnFinalState: [
    async ({ page, javaScriptEnabled }, use, testInfo) => {
      await use();
      // axe runs as page script, so pages without JavaScript are left out.
      const reachable = page.url().startsWith('http') && !page.isClosed() && javaScriptEnabled;
      if (testInfo.status === 'passed' && reachable) {
        await expectNoAxeViolations(page, 'the final state of "' + testInfo.title + '"');
      }
    },
    { auto: true },
  ],
  // Every console message and uncaught error of the page, for assertions.
  consoleMessages: async ({ page }, use) => {
    const messages = [];
    page.on('console', (message) => messages.push({ type: message.type(), text: message.text() }));
    page.on('pageerror', (error) => messages.push({ type: 'pageerror', text: error.message }));
    await use(messages);
  },
});

export { expect };

// Runs axe-core in the page (through DevTools, so the page's strict CSP stays
// in force) and fails with the list of violations, if any.
export async function expectNoAxeViolations(page, context = 'page') {
  // axe schedules its own work with timers: let a paused fake clock run.
  await page.clock.resume().catch(() => {});
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
  expect(violations, `axe violations on ${context}`).toEqual([]);
}

export async function widgetsReady(page) {
  await page.evaluate(() => window.PortalWidgets.ready);
}

export function warnings(messages) {
  return messages.filter((m) => m.type === 'warning').map((m) => m.text);
}

export function errors(messages) {
  return messages.filter((m) => m.type === 'error' || m.type === 'pageerror').map((m) => m.text);
}

// Only runFor() moves time: a fake clock left running would drift with the
// real time a test spends waiting, more so on a loaded machine. Call it before
// the page loads; the page's clock then stands at `time` + 1 s. The clock
// runs in real time from install() to pauseAt(), which cannot go back: it is
// installed a minute early, so a slow machine between the two calls (over a
// second was seen in CI) still pauses at the same page time.
export async function installPausedClock(context, time) {
  await context.clock.install({ time: new Date(time.getTime() - 59_000) });
  await context.clock.pauseAt(new Date(time.getTime() + 1_000));
}

// Holds every request to `url` (a glob or RegExp, as page.route takes) until
// release() is called: then each goes on, or, given a status, is answered
// with it. For "what does the page do before this arrives" and "what if it
// fails".
export async function holdRequests(page, url) {
  let release;
  const gate = new Promise((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    const status = await gate;
    if (status) await route.fulfill({ status, body: 'Not found' });
    else await route.continue();
  });
  return release;
}
