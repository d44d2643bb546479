// A counter endpoint that fails after a good answer, served for real by the dev
// server's scripted fault endpoint (docs/counter-endpoint.md): too slow, a
// body that stalls, rate limited, the wrong content type, 1 MB. The box keeps
// its last good numbers, says so once, and takes the next good answer. Time is
// Playwright's paused clock with Math.random at 0.5: the first request comes
// 15 s after mount, then every 30 s; the first failure waits 30 s.
import { test, expect, warnings, installPausedClock } from './fixtures.mjs';
import { PREFIX } from './hostile.mjs';

const PAGE = '/test-pages/counter-scripted.html';
const json = (online, today, total) => ({ body: { online, today, total } });
const CAPTIVE_PORTAL = '<!doctype html><html><head><title>Đăng nhập Wi-Fi</title></head><body><form action="/login"><input name="u"></form></body></html>';

// What one fault leads to: the pw:error code (null: the answer is used), the
// numbers shown after it, and how long until the next request.
const FAULTS = {
  'headers slower than the 10 s timeout': {
    spec: { delayMs: 120_000, body: { online: 99, today: 9999, total: 9999999 } },
    code: 'timeout',
    wait: 30_000,
  },
  'headers on time, the body stalls past the timeout': {
    spec: { stallMs: 120_000, body: { online: 99, today: 9999, total: 9999999 } },
    code: 'timeout',
    wait: 30_000,
  },
  '429 with Retry-After: 120': { spec: { status: 429, retryAfter: '120' }, code: 'http-429', wait: 120_000 },
  '503 with Retry-After as an HTTP date 5 minutes on': {
    spec: { status: 503, retryAfter: 'Fri, 18 Feb 2022 02:36:16 GMT' }, // the request is at 09:31:16 Hanoi
    code: 'http-503',
    wait: 300_000,
  },
  '200 text/html: a captive portal’s login page': { spec: { contentType: 'text/html; charset=utf-8', body: CAPTIVE_PORTAL }, code: 'bad-json', wait: 30_000 },
  // The body is parsed as strict JSON whatever its label, and only ever
  // reaches the page as formatted numbers: a CMS that labels its JSON
  // text/html (common on IIS and PHP) still works.
  '200 text/html holding the JSON counts': {
    spec: { contentType: 'text/html', body: { online: 11, today: 2460, total: 1121900 } },
    code: null,
    shows: ['11', '2460', '1.121.900'],
    wait: 30_000,
  },
  '200 with no Content-Type and an empty body': { spec: { contentType: '', body: '' }, code: 'bad-json', wait: 30_000 },
  '200 with a 1 MB body': { spec: { bytes: 1024 * 1024, contentType: 'text/plain' }, code: 'response-too-large', wait: 30_000 },
  '200 with 1 MB of valid JSON': {
    // 1,000,000 bytes: the fault endpoint takes scripts up to 1 MiB.
    spec: { body: JSON.stringify({ online: 99, today: 9999, total: 9999999, pad: 'x'.repeat(1_000_000 - 60) }) },
    code: 'response-too-large',
    wait: 30_000,
  },
  '204 No Content': { spec: { status: 204 }, code: 'http-204', wait: 30_000 },
};

async function setScript(request, specs) {
  const response = await request.post('/test-api/script', { data: JSON.stringify(specs), headers: { 'Content-Type': 'application/json' } });
  expect(response.status(), await response.text()).toBe(200);
}

// Requests to the endpoint, counted in the page as they are made: once
// runFor() returns, a request its timers made is known, so the clock never
// runs on (into the 10 s timeout) while an answer is still on its way.
function countRequests() {
  window.__requests = 0;
  const fetch = window.fetch;
  window.fetch = function (...args) {
    if (String(args[0]).includes('/test-api/')) window.__requests++; // not the loader's .wasm
    return fetch.apply(this, args);
  };
}

async function toRequest(page, count) {
  const made = () => page.evaluate(() => window.__requests);
  for (let waited = 0; (await made()) < count && waited < 600_000; waited += 1_000) await page.clock.runFor(1_000);
  expect(await made()).toBe(count);
}

// Requests the dev server has received for the scripted endpoint (one server
// per worker, so the count only grows within a test).
async function received(request) {
  const log = await (await request.get('/test-api/log')).json();
  return log.filter((entry) => entry.path === '/test-api/scripted').length;
}

const shown = (page) => page.locator('#dem [data-pw-field]');
const problems = (page) => page.evaluate(() => window.__problems);

for (const [name, fault] of Object.entries(FAULTS)) {
  test(`${PREFIX} visitor-counter endpoint ← ${name}`, async ({ page, request, consoleMessages }) => {
    await setScript(request, [json(9, 2452, 1121896), fault.spec, json(12, 2470, 1121950)]);
    const before = await received(request);
    await page.addInitScript(countRequests);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.addInitScript(() => {
      Math.random = () => 0.5;
      window.__problems = [];
      document.addEventListener('pw:error', (event) => window.__problems.push(event.detail.code));
    });
    await installPausedClock(page.context(), new Date('2022-02-18T09:30:00+07:00'));
    await page.goto(PAGE);
    await page.evaluate(() => window.PortalWidgets.ready);

    await toRequest(page, 1);
    await expect(shown(page)).toHaveText(['9', '2452', '1.121.896']);

    await toRequest(page, 2); // 30 s later
    // The page has called fetch; the fault is the server's answer only once the
    // request is there. Were the 10 s timeout to abort it first, the next
    // request would be given the fault instead (seen once on a loaded machine).
    await expect.poll(() => received(request)).toBe(before + 2);
    if (fault.code === 'timeout') await page.clock.runFor(10_000);
    await expect.poll(() => problems(page)).toEqual(fault.code ? [fault.code] : []);
    await expect(shown(page)).toHaveText(fault.shows ?? ['9', '2452', '1.121.896']);

    // Nothing more until the wait is over, then the next good answer is taken.
    const elapsed = fault.code === 'timeout' ? 10_000 : 0;
    await page.clock.runFor(fault.wait - elapsed - 2_000);
    expect(await page.evaluate(() => window.__requests)).toBe(2);
    await toRequest(page, 3);
    await expect(shown(page)).toHaveText(['12', '2470', '1.121.950']);
    const told = warnings(consoleMessages).filter((text) => text.startsWith('[portal-widgets] visitor-counter:'));
    expect(told).toHaveLength(fault.code ? 1 : 0);
    expect(consoleMessages.filter((m) => m.type === 'pageerror')).toEqual([]);
  });
}
