// The visitor counter in Chromium against a scriptable endpoint, on a fake
// clock (one per browser context) and a fixed Math.random of 0.5: the first
// request comes 15 s after mount, then every 30 s; the n-th failure waits
// 0.5 × 30 s × 2^n. Responses arrive in real time, so a test advances the
// clock to one request at a time and waits for it before going on.
import { test, expect, widgetsReady, installPausedClock, warnings, errors } from './fixtures.mjs';
import { scriptCounterEndpoint, counts } from './counter-endpoint.mjs';

const kHanoi0930 = new Date('2022-02-18T09:30:00+07:00');
const field = (page, name) => page.locator(`#dem [data-pw-field="${name}"]`);

// `attributes` are added to the counter's root, as a site's markup would have them.
async function openCounter(page, { time = kHanoi0930, reducedMotion = 'reduce', attributes = '', mounts = true } = {}) {
  await page.emulateMedia({ reducedMotion });
  if (attributes) {
    await page.route('**/test-pages/counter.html', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace('<section id="dem"', `<section id="dem" ${attributes}`);
      await route.fulfill({ response, body });
    });
  }
  await page.addInitScript(() => {
    Math.random = () => 0.5;
    window.__problems = [];
    document.addEventListener('pw:error', (event) => window.__problems.push(event.detail.code));
  });
  await installPausedClock(page.context(), time);
  await page.goto('/test-pages/counter.html');
  await widgetsReady(page);
  if (mounts) await untilPolling(page);
}

// Advances one second at a time until the endpoint has seen `count` requests,
// so the clock never runs past an answer the page has not handled yet.
async function advanceToRequest(clock, endpoint, count, limitMs = 120_000) {
  for (let waited = 0; endpoint.log.length < count && waited < limitMs; waited += 1_000) {
    await clock.runFor(1_000);
  }
  await expect.poll(() => endpoint.log.length).toBe(count);
}

// The Web Lock that makes a tab the poller is granted asynchronously.
async function untilPolling(page) {
  await expect
    .poll(() => page.evaluate(() => window.PortalWidgets.get(document.querySelector('#dem')).polling))
    .toBe(true);
}

async function expectShown(page, online, today, total) {
  await expect(field(page, 'online')).toHaveText(online);
  await expect(field(page, 'today')).toHaveText(today);
  await expect(field(page, 'total')).toHaveText(total);
}

test('keeps the server-rendered numbers until the first good response, then formats new ones', async ({ page }) => {
  const endpoint = await scriptCounterEndpoint(page);
  endpoint.answer(counts(9, 2452, 1121896));
  await openCounter(page);
  await page.clock.runFor(14_000);
  expect(endpoint.log).toHaveLength(0);
  await expectShown(page, '8', '2451', '1.121.895');
  await page.clock.runFor(1_000);
  await expectShown(page, '9', '2452', '1.121.896');
  expect(endpoint.log).toHaveLength(1);
});

// Math.random is 0.5: the first request comes half an interval after mount, then one per interval.
for (const [given, seconds, warning] of [
  ['5', 10, 'data-pw-interval is 5, below the minimum of 10 seconds; 10 is used'],
  ['abc', 30, 'data-pw-interval "abc" is not a number; the default, 30 seconds, is used'],
]) {
  test(`data-pw-interval="${given}" polls every ${seconds} s and the warning says why`, async ({ page, consoleMessages }) => {
    const endpoint = await scriptCounterEndpoint(page, { standing: counts(9, 2452, 1121896) });
    await openCounter(page, { attributes: `data-pw-interval="${given}"` });
    expect(warnings(consoleMessages).filter((text) => text.includes('data-pw-interval'))).toEqual([
      expect.stringContaining(warning),
    ]);
    await page.clock.runFor(seconds * 500 - 1_000);
    expect(endpoint.log).toHaveLength(0);
    await page.clock.runFor(1_000);
    await expect.poll(() => endpoint.log.length).toBe(1);
    await expectShown(page, '9', '2452', '1.121.896');
    await page.clock.runFor(seconds * 1_000 - 1_000);
    expect(endpoint.log).toHaveLength(1);
    await page.clock.runFor(1_000);
    await expect.poll(() => endpoint.log.length).toBe(2);
  });
}

// An attribute given twice counts once, the first time: this one hides the page's good endpoint.
for (const endpoint of ['javascript:alert(1)', 'data:application/json,{"online":9,"today":2452,"total":1121896}']) {
  test(`a ${endpoint.slice(0, endpoint.indexOf(':'))}: endpoint is refused at mount with its reason, and nothing is requested`, async ({ page, consoleMessages }) => {
    await page.addInitScript(() => {
      window.__requested = [];
      const fetchFromBrowser = window.fetch;
      window.fetch = (resource, init) => {
        const url = String(resource && resource.url ? resource.url : resource);
        if (!url.endsWith('.wasm')) window.__requested.push(url);
        return fetchFromBrowser(resource, init);
      };
    });
    await openCounter(page, { attributes: `data-pw-endpoint='${endpoint}'`, mounts: false });
    expect(await page.evaluate(() => window.PortalWidgets.get(document.querySelector('#dem')))).toBeNull();
    const [warning] = warnings(consoleMessages);
    expect(warning).toContain(`data-pw-endpoint "${endpoint.slice(0, 40)}`);
    expect(warning).toContain('must be an http(s) or relative URL; the numbers stay as the page rendered them');
    await page.clock.runFor(120_000);
    expect(await page.evaluate(() => window.__requested)).toEqual([]);
    await expectShown(page, '8', '2451', '1.121.895');
    await expect(page.locator('#dem button')).toHaveCount(0);
  });
}

test('a mount() endpoint outside the web leaves the attribute’s endpoint in use, and the warning names it', async ({ page, consoleMessages }) => {
  const endpoint = await scriptCounterEndpoint(page, { standing: counts(9, 2452, 1121896) });
  await openCounter(page);
  await page.evaluate(async () => {
    const root = document.querySelector('#dem');
    window.PortalWidgets.get(root).destroy();
    await window.PortalWidgets.mount(root, { endpoint: 'javascript:alert(1)' });
  });
  expect(warnings(consoleMessages)).toContainEqual(
    expect.stringContaining('mount() option "endpoint" "javascript:alert(1)" must be an http(s) or relative URL; data-pw-endpoint is used'),
  );
  await untilPolling(page);
  await page.clock.runFor(15_000);
  await expect.poll(() => endpoint.log.length).toBe(1);
  await expectShown(page, '9', '2452', '1.121.896');
});

test('sends If-None-Match with the last ETag and keeps the values on 304', async ({ page }) => {
  const endpoint = await scriptCounterEndpoint(page);
  endpoint.answer({ ...counts(9, 12451, 1121896), headers: { ETag: 'W/"9-12451-1121896"' } }, { status: 304 });
  await openCounter(page);
  await page.clock.runFor(15_000);
  await expectShown(page, '9', '12.451', '1.121.896');
  await page.clock.runFor(30_000);
  await expect.poll(() => endpoint.log.length).toBe(2);
  expect(endpoint.log.map((entry) => entry.ifNoneMatch)).toEqual([null, 'W/"9-12451-1121896"']);
  await expectShown(page, '9', '12.451', '1.121.896');
});

test('honours Retry-After on 429, in seconds and as an HTTP date', async ({ page }) => {
  const endpoint = await scriptCounterEndpoint(page);
  endpoint.answer(
    { status: 429, headers: { 'Retry-After': '120' } },
    { status: 503, headers: { 'Retry-After': 'Fri, 18 Feb 2022 02:40:00 GMT' } },
    counts(9, 2452, 1121896)
  );
  await openCounter(page);
  await page.clock.runFor(15_000); // mounted at 09:30:01; 09:30:16, answered 429
  await expect.poll(() => page.evaluate(() => window.__problems)).toEqual(['http-429']);
  await page.clock.runFor(119_000);
  expect(endpoint.log).toHaveLength(1);
  await page.clock.runFor(1_000); // 09:32:16, answered 503 until 09:40:00
  await expect.poll(() => page.evaluate(() => window.__problems)).toEqual(['http-429', 'http-503']);
  await page.clock.runFor(463_000); // 09:39:59
  expect(endpoint.log).toHaveLength(2);
  await page.clock.runFor(2_000);
  await expectShown(page, '9', '2452', '1.121.896');
});

const kBadAnswers = {
  'malformed JSON': { body: '{"online": 9,' },
  'wrong types': { body: { online: 'chín', today: true, total: [1] } },
  'negative numbers': counts(-1, 2452, 1121896),
  'beyond 2^53': { body: '{"online":9,"today":2452,"total":9007199254740993}' },
  'HTML in a value': counts('<img src=x onerror="window.__injected=1">', 2452, 1121896),
  'an empty body': { body: '' },
  'a 1 MB body': { body: '{"online":9,"today":2452,"total":1121896,"pad":"' + 'x'.repeat(1 << 20) + '"}' },
  'HTTP 500': { status: 500, body: 'Internal Server Error', contentType: 'text/plain' },
  'HTTP 502': { status: 502, body: '<h1>Bad gateway</h1>', contentType: 'text/html' },
  'a network error': { networkError: true },
  'a smaller total': counts(9, 2452, 5),
};

for (const [name, answer] of Object.entries(kBadAnswers)) {
  test(`${name}: the last good values stay, one warning, a pw:error, polling backs off`, async ({ page, consoleMessages }) => {
    const endpoint = await scriptCounterEndpoint(page);
    endpoint.answer(answer, answer, counts(10, 2453, 1121897));
    await openCounter(page);
    await page.clock.runFor(15_000);
    await expect.poll(() => endpoint.log.length).toBe(1);
    await expect.poll(() => page.evaluate(() => window.__problems.length)).toBe(1);
    await page.clock.runFor(29_000); // first retry after 0.5 × 60 s = 30 s
    expect(endpoint.log).toHaveLength(1);
    await page.clock.runFor(1_000);
    await expect.poll(() => page.evaluate(() => window.__problems.length)).toBe(2);
    await expectShown(page, '8', '2451', '1.121.895');
    expect(warnings(consoleMessages).filter((text) => text.includes('visitor-counter'))).toHaveLength(1);
    await page.clock.runFor(60_000); // second retry after 0.5 × 120 s
    await expectShown(page, '10', '2453', '1.121.897');
    expect(await page.evaluate(() => window.__injected)).toBeUndefined();
    await expect(page.locator('#dem img')).toHaveCount(0);
    expect(errors(consoleMessages).filter((text) => !/Failed to load resource|net::/.test(text))).toEqual([]);
  });
}

test('a request that never answers times out and is retried later', async ({ page }) => {
  const endpoint = await scriptCounterEndpoint(page);
  endpoint.answer({ hang: true }, counts(9, 2452, 1121896));
  await openCounter(page);
  await page.clock.runFor(15_000);
  await expect.poll(() => endpoint.log.length).toBe(1);
  await page.clock.runFor(10_000); // the 10 s timeout
  await expect.poll(() => page.evaluate(() => window.__problems)).toEqual(['timeout']);
  await page.clock.runFor(30_000);
  await expectShown(page, '9', '2452', '1.121.896');
});

test('after three failures a note says when the numbers were last current', async ({ page }) => {
  const endpoint = await scriptCounterEndpoint(page, { standing: { status: 500 } });
  await openCounter(page);
  const note = page.locator('#dem .pw-counter-note');
  for (const [wait, requests] of [[15_000, 1], [30_000, 2], [60_000, 3]]) {
    await page.clock.runFor(wait);
    await expect.poll(() => page.evaluate(() => window.__problems.length)).toBe(requests);
  }
  await expect(note).toHaveText('cập nhật lúc 09:30');
  await expectShown(page, '8', '2451', '1.121.895');
  endpoint.stand(counts(9, 2452, 1121896));
  await page.clock.runFor(120_000);
  await expectShown(page, '9', '2452', '1.121.896');
  await expect(note).toBeHidden();
});

test('a hidden tab does not poll, and refreshes at once on return when stale', async ({ page }) => {
  const endpoint = await scriptCounterEndpoint(page, { standing: counts(9, 2452, 1121896) });
  await openCounter(page);
  await page.clock.runFor(15_000);
  await expect.poll(() => endpoint.log.length).toBe(1);
  const setVisibility = (state) =>
    page.evaluate((value) => {
      Object.defineProperty(document, 'visibilityState', { value, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    }, state);
  await setVisibility('hidden');
  await page.clock.runFor(10 * 60_000);
  expect(endpoint.log).toHaveLength(1);
  endpoint.stand(counts(11, 2460, 1121910));
  await setVisibility('visible');
  await untilPolling(page);
  await page.clock.runFor(100);
  await expectShown(page, '11', '2460', '1.121.910');
  expect(endpoint.log).toHaveLength(2);
});

test('no request while offline; back online, a stale box refreshes at once', async ({ page, context }) => {
  const endpoint = await scriptCounterEndpoint(page, { standing: counts(9, 2452, 1121896) });
  await openCounter(page);
  await context.setOffline(true);
  await page.clock.runFor(10 * 60_000);
  expect(endpoint.log).toHaveLength(0);
  await context.setOffline(false);
  await page.clock.runFor(100);
  await expectShown(page, '9', '2452', '1.121.896');
  expect(endpoint.log).toHaveLength(1);
});

test('the pause button stops and resumes live updates, with Vietnamese names', async ({ page }) => {
  const endpoint = await scriptCounterEndpoint(page, { standing: counts(9, 2452, 1121896) });
  await openCounter(page);
  const pause = page.getByRole('button', { name: 'Tạm dừng cập nhật' });
  await pause.click();
  await expect(page.getByRole('button', { name: 'Tiếp tục cập nhật' })).toBeFocused();
  await page.clock.runFor(10 * 60_000);
  expect(endpoint.log).toHaveLength(0);
  await expectShown(page, '8', '2451', '1.121.895');
  await page.getByRole('button', { name: 'Tiếp tục cập nhật' }).press('Enter');
  await untilPolling(page);
  await page.clock.runFor(100);
  await expectShown(page, '9', '2452', '1.121.896'); // stale, so refreshed at once
  await expect(page.getByRole('button', { name: 'Tạm dừng cập nhật' })).toBeVisible();
});

test('counts up on screen without reduced motion, and snaps with it', async ({ page }) => {
  const endpoint = await scriptCounterEndpoint(page, { standing: counts(9, 2451, 1122895) });
  await openCounter(page, { reducedMotion: 'no-preference' });
  // The widget learns it is on screen from an IntersectionObserver's first
  // report, which comes with a real frame: one observed later reports in the
  // same frame or after, so after it the widget knows (a busy machine may
  // otherwise answer the request first, and an off-screen counter snaps).
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        new IntersectionObserver((entries, observer) => {
          observer.disconnect();
          resolve();
        }).observe(document.querySelector('[data-pw="visitor-counter"]'))
      )
  );
  await page.clock.runFor(15_000);
  await expect.poll(() => endpoint.log.length).toBe(1);
  // Frame by frame until the count-up has begun (the answer lands in real time).
  let midway = '1.121.895';
  for (let frame = 0; frame < 200 && midway === '1.121.895'; frame++) {
    await page.clock.runFor(16);
    midway = await field(page, 'total').textContent();
  }
  expect(midway).not.toBe('1.121.895');
  expect(midway).not.toBe('1.122.895'); // on its way, not there yet
  await page.clock.runFor(1_000);
  await expect(field(page, 'total')).toHaveText('1.122.895');
});

test("today snaps down across Hanoi's midnight but not before it", async ({ page }) => {
  const endpoint = await scriptCounterEndpoint(page);
  endpoint.answer(counts(8, 3, 1121900), counts(8, 4, 1121901));
  await openCounter(page, { time: new Date('2022-02-18T23:59:40+07:00') });
  await page.clock.runFor(15_000); // 23:59:55: today 3 < 2451 before midnight → rejected
  await expect.poll(() => page.evaluate(() => window.__problems)).toEqual(['today-went-back']);
  await expect(field(page, 'today')).toHaveText('2451');
  await page.clock.runFor(30_000); // 00:00:25: a new day
  await expectShown(page, '8', '4', '1.121.901');
});

// Tabs of one browser context share its clock, paused once they are all open.
// Their page sets a 120 s request timeout: a clock step longer than 10 s must
// not expire a request whose real answer is still on its way.
async function openTabs(context, baseURL, count) {
  await context.clock.install({ time: kHanoi0930 });
  const pages = [];
  for (let i = 0; i < count; i++) {
    const page = await context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.addInitScript(() => (Math.random = () => 0.5));
    await page.goto(new URL('/test-pages/counter-tabs.html', baseURL).href);
    await widgetsReady(page);
    pages.push(page);
  }
  // A second past the pages' own clock: opening the tabs takes real time,
  // which the clock followed, and more of it on a loaded machine. pauseAt()
  // cannot go back, so if that second passed before it ran, read again.
  for (let attempt = 1; ; attempt++) {
    const now = await pages[pages.length - 1].evaluate(() => Date.now());
    try {
      await context.clock.pauseAt(new Date(now + 1_000));
      return pages;
    } catch (error) {
      if (attempt === 5 || !/past/.test(error.message)) throw error;
    }
  }
}

const pollingTabs = (pages) =>
  Promise.all(pages.map((page) => page.evaluate(() => window.PortalWidgets.get(document.querySelector('#dem')).polling)));

test('three tabs make one request stream, followers show the leader’s numbers, a new leader takes over', async ({ context, baseURL }) => {
  const endpoint = await scriptCounterEndpoint(context, { standing: counts(9, 2452, 1121896) });
  const pages = await openTabs(context, baseURL, 3);
  await expect.poll(async () => (await pollingTabs(pages)).filter(Boolean).length).toBe(1);
  const leader = (await pollingTabs(pages)).indexOf(true);
  for (let request = 1; request <= 10; request++) await advanceToRequest(context.clock, endpoint, request);
  for (const page of pages) await expectShown(page, '9', '2452', '1.121.896');

  endpoint.stand(counts(12, 2470, 1121950));
  await pages[leader].close();
  pages.splice(leader, 1);
  await expect.poll(async () => (await pollingTabs(pages)).filter(Boolean).length).toBe(1);
  await advanceToRequest(context.clock, endpoint, 11, 30_000); // within one interval
  for (const page of pages) await expectShown(page, '12', '2470', '1.121.950');
});

// Opens one more tab of the site while the clock is paused, and waits until it mounted.
async function openAnotherTab(context, baseURL) {
  const page = await context.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.addInitScript(() => (Math.random = () => 0.5));
  await page.goto(new URL('/test-pages/counter-tabs.html', baseURL).href);
  await widgetsReady(page);
  return page;
}

// Page time a second per look, until the tab shows `total` or `limitMs` of it passed;
// returns the page time that took.
async function pageTimeUntilShown(context, page, total, limitMs) {
  let waited = 0;
  while (waited < limitMs && (await field(page, 'total').textContent()) !== total) {
    await context.clock.runFor(1_000);
    waited += 1_000;
    await page.evaluate(() => document.readyState); // a round trip, so a shared result can land
  }
  return waited;
}

test('a tab that joins a settled leader shows its numbers within one interval, also after the leader changes', async ({ context, baseURL }) => {
  test.setTimeout(90_000); // three tabs, a minute and a half of page time a second at a time
  const endpoint = await scriptCounterEndpoint(context, { standing: { status: 304 } });
  endpoint.answer({ ...counts(9, 2452, 1121896), headers: { ETag: '"v1"' } });
  const [first] = await openTabs(context, baseURL, 1);
  for (let request = 1; request <= 3; request++) await advanceToRequest(context.clock, endpoint, request);
  expect(endpoint.log.map((entry) => entry.ifNoneMatch)).toEqual([null, '"v1"', '"v1"']); // settled: 304s
  await expectShown(first, '9', '2452', '1.121.896');

  const second = await openAnotherTab(context, baseURL); // rendered with 8, 2451, 1.121.895
  await expectShown(second, '8', '2451', '1.121.895');
  const joinWait = await pageTimeUntilShown(context, second, '1.121.896', 30_000);
  await expectShown(second, '9', '2452', '1.121.896');
  expect(await pollingTabs([first, second])).toEqual([true, false]);
  test.info().annotations.push({ type: 'page time for a joining tab to show the numbers (s)', description: String(joinWait / 1000) });

  await first.close(); // the second tab leads, knowing "v1" only from the shared numbers
  await expect.poll(() => pollingTabs([second])).toEqual([true]);
  const third = await openAnotherTab(context, baseURL);
  const requestsBefore = endpoint.log.length;
  await pageTimeUntilShown(context, third, '1.121.896', 30_000);
  await expectShown(third, '9', '2452', '1.121.896');
  expect(endpoint.log.slice(requestsBefore).every((entry) => entry.ifNoneMatch === '"v1"')).toBe(true);
  expect(endpoint.log.length).toBeGreaterThan(requestsBefore);
});

for (const tabs of [1, 5]) {
  test(`a reader-hour with ${tabs} open tab${tabs > 1 ? 's' : ''} makes about 120 requests`, async ({ context, baseURL }) => {
    test.setTimeout(120_000); // 1,800 clock steps across every tab
    const endpoint = await scriptCounterEndpoint(context, { standing: { status: 304 } });
    const pages = await openTabs(context, baseURL, tabs);
    await expect.poll(async () => (await pollingTabs(pages)).filter(Boolean).length).toBe(1);
    // Two-second steps: an answer that lands after the next step only
    // delays the following request by up to 2 s, so 112–120 are expected.
    for (let second = 0; second < 3600; second += 2) await context.clock.runFor(2_000);
    expect(endpoint.log.length).toBeGreaterThanOrEqual(105);
    expect(endpoint.log.length).toBeLessThanOrEqual(125);
    test.info().annotations.push({ type: `requests per reader-hour, ${tabs} tabs`, description: String(endpoint.log.length) });
  });
}

test('destroy() stops polling and restores the numbers as rendered', async ({ page }) => {
  const endpoint = await scriptCounterEndpoint(page, { standing: counts(9, 2452, 1121896) });
  await openCounter(page);
  await page.clock.runFor(15_000);
  await expectShown(page, '9', '2452', '1.121.896');
  await page.evaluate(() => window.PortalWidgets.get(document.querySelector('#dem')).destroy());
  await expectShown(page, '8', '2451', '1.121.895');
  await expect(page.locator('#dem button')).toHaveCount(0);
  await page.clock.runFor(10 * 60_000);
  expect(endpoint.log).toHaveLength(1);
});
