// data-pw-record: the widget records its page view with the counter service,
// once per page load however many tabs and mounts, with a visitor id kept in
// localStorage; the polls carry the id. Pages without it send nothing new.
import { test, expect, widgetsReady, installPausedClock } from './fixtures.mjs';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

// Requests of the whole browser context to /api/visitors, as they leave.
function watchCounter(context) {
  const seen = { posts: [], polls: [] };
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname !== '/api/visitors') return;
    if (request.method() === 'POST') seen.posts.push(request);
    else seen.polls.push(url);
  });
  return seen;
}

// Page time moves a second per look until a poll has left, so a slow machine
// waits in real time rather than racing the page's own timers.
async function untilPolled(page, seen) {
  const pollsAfterStep = async () => {
    await page.clock.runFor(1_000);
    return seen.polls.length;
  };
  await expect.poll(pollsAfterStep, { timeout: 30_000 }).toBeGreaterThan(0);
}

test('one page view per page load, the same visitor in every tab, and polls that carry it', async ({ page }) => {
  test.setTimeout(60_000); // two tabs and a remount on a shared machine
  const context = page.context();
  const seen = watchCounter(context);
  await page.clock.install({ time: new Date('2022-02-18T09:30:00+07:00') });
  await page.goto('/test-pages/counter-record.html');
  await widgetsReady(page);
  const other = await context.newPage();
  await other.goto('/test-pages/counter-record.html');
  await widgetsReady(other);
  await expect.poll(() => seen.posts.length).toBe(2);

  const visitor = await page.evaluate(() => localStorage.getItem('pw-visitor'));
  expect(visitor).toMatch(UUID);
  for (const post of seen.posts) {
    expect(JSON.parse(post.postData())).toEqual({ visitor });
    expect((await post.response()).status()).toBe(200);
  }

  // Mounted again on the same page: still one page view.
  await page.evaluate(async () => {
    const root = document.querySelector('#dem');
    window.PortalWidgets.get(root).destroy();
    await window.PortalWidgets.mount(root);
  });
  await untilPolled(page, seen); // the first poll, 15 s after mount
  expect(seen.posts.length).toBe(2);
  for (const poll of seen.polls) expect(poll.searchParams.get('visitor')).toBe(visitor);
  await other.close();
});

test('without data-pw-record the widget only reads', async ({ page }) => {
  const seen = watchCounter(page.context());
  await page.clock.install({ time: new Date('2022-02-18T09:30:00+07:00') });
  await page.goto('/demo/index.html');
  await widgetsReady(page);
  await untilPolled(page, seen);
  expect(seen.posts).toEqual([]);
  for (const poll of seen.polls) expect(poll.searchParams.has('visitor')).toBe(false);
  expect(await page.evaluate(() => localStorage.getItem('pw-visitor'))).toBeNull();
});

test('the first poll leaves only once the page view is answered, so the first numbers count it', async ({ page }) => {
  const order = [];
  let answerPost;
  const postHeld = new Promise((resolve) => (answerPost = resolve));
  await page.route('**/api/visitors*', async (route) => {
    if (route.request().method() === 'POST') {
      await postHeld;
      order.push('page view answered');
    } else {
      order.push('poll');
    }
    await route.continue();
  });
  await page.addInitScript(() => (Math.random = () => 0)); // the first poll as soon as the tab leads
  await installPausedClock(page.context(), new Date('2022-02-18T09:30:00+07:00'));
  await page.goto('/test-pages/counter-record.html');
  await widgetsReady(page);
  // Five seconds of page time, a second per round trip through the page, with the
  // page view unanswered: a poll that did not wait for it would leave now.
  for (let second = 0; second < 5; second += 1) {
    await page.clock.runFor(1_000);
    await page.evaluate(() => fetch('/dist/portal-widgets.css', { cache: 'no-store' }).then((response) => response.text()));
  }
  answerPost();
  const stepAndLook = async () => {
    await page.clock.runFor(100);
    return order;
  };
  await expect.poll(stepAndLook).toEqual(['page view answered', 'poll']);
});

test('a page view that is never answered holds the first poll back one timeout, and is not reported as the poll’s', async ({ page }) => {
  test.setTimeout(60_000); // page time moves in small steps, each a round trip to a loaded machine
  const pollsSentAt = []; // page time of each poll
  await page.route('**/api/visitors*', async (route) => {
    if (route.request().method() === 'POST') return; // never answered
    pollsSentAt.push(await page.evaluate(() => Date.now()));
    await route.continue();
  });
  await page.addInitScript(() => {
    Math.random = () => 0; // the first poll as soon as the tab leads
    window.__codes = [];
    document.addEventListener('pw:error', (event) => window.__codes.push(event.detail.code));
  });
  await installPausedClock(page.context(), new Date('2022-02-18T09:30:00+07:00'));
  await page.goto('/test-pages/counter-record.html');
  await widgetsReady(page);
  // The Web Lock that makes the tab the poller comes in real time; page time
  // stands still until then, so the wait for the page view starts now.
  await expect.poll(() => page.evaluate(() => window.PortalWidgets.get(document.querySelector('#dem')).polling)).toBe(true);
  await page.clock.runFor(1); // the first poll's timer (0 ms) fires: it waits for the page view
  const waitFrom = await page.evaluate(() => Date.now());
  // Nine seconds of page time: the poll still waits for the page view.
  for (let second = 0; second < 9; second += 1) {
    await page.clock.runFor(1_000);
    await page.evaluate(() => fetch('/dist/portal-widgets.css', { cache: 'no-store' }).then((response) => response.text()));
  }
  expect(pollsSentAt).toEqual([]);
  // At the tenth (the timeout), it goes anyway, and its answer is shown.
  const stepAndCount = async () => {
    await page.clock.runFor(250);
    return pollsSentAt.length;
  };
  await expect.poll(stepAndCount, { timeout: 30_000 }).toBe(1);
  expect(pollsSentAt[0] - waitFrom).toBeGreaterThanOrEqual(10_000);
  expect(pollsSentAt[0] - waitFrom).toBeLessThanOrEqual(10_250);
  await expect(page.locator('.pw-counter-note')).toHaveText('');
  await expect.poll(() => page.evaluate(() => window.__codes)).toEqual([]);
  const total = () => page.locator('[data-pw-field="total"]').textContent();
  await expect.poll(async () => {
    await page.clock.runFor(100);
    return total();
  }, { timeout: 30_000 }).not.toBe('1.121.895'); // the service's own figures replaced the rendered ones
});
