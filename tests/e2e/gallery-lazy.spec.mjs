// The lightbox's code, its half of the wasm and its JS, loads on intent
// (web/loader.js, loadLightbox): a page view with no intent never asks for
// it, the first intent asks once for each file, a click that comes first
// still opens its photo, and a file that will not load (missing, changed,
// or blocked) leaves the thumbnails working as plain links. Nothing sleeps:
// "no request" is checked once the page has been idle, when an idle-time
// loader would run.
import { test, expect, warnings, holdRequests } from './fixtures.mjs';

const PAGE = '/test-pages/gallery.html';
const LIGHTBOX_CODE = /^\/dist\/portal-widgets-lightbox\.[0-9a-f]{12}\.(wasm|js)$/;
const LIGHTBOX_JS = /\/dist\/portal-widgets-lightbox\.[0-9a-f]{12}\.js$/;
// Which lightbox files were asked for, by kind: ['js', 'wasm'] is each once.
const kinds = (paths) => paths.map((path) => path.split('.').pop()).sort();

function watchRequests(page, pattern) {
  const seen = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (pattern.test(path)) seen.push(path);
  });
  return seen;
}

async function load(page) {
  await page.addInitScript(() => {
    window.__problems = [];
    document.addEventListener('pw:error', (event) => window.__problems.push(event.detail.code));
  });
  await page.goto(PAGE);
  await page.evaluate(() => window.PortalWidgets.ready);
}

// Two idle periods of the page, then no request in flight.
async function idle(page) {
  for (let i = 0; i < 2; i++) await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
  await page.waitForLoadState('networkidle');
}

// Holds the lightbox's code (both files) until release(…) answers it, as is or with a status.
const holdLightboxCode = (page) => holdRequests(page, /\/dist\/portal-widgets-lightbox\.[0-9a-f]{12}\.(wasm|js)$/);

const dialog = (page) => page.getByRole('dialog', { name: 'Xem ảnh' });
const thumbLink = (page, n) => page.locator('#hoi-nghi figure').nth(n - 1).getByRole('link');
const shownIndex = (page) => page.evaluate(() => PortalWidgets.get(document.querySelector('#hoi-nghi')).index);

test('a page view with no intent never requests the lightbox’s code, and the gallery is mounted', async ({ page }) => {
  const code = watchRequests(page, LIGHTBOX_CODE);
  await load(page);
  await page.mouse.wheel(0, 2000); // reading on, past the photos, with the pointer elsewhere
  await idle(page);
  expect(code).toEqual([]);
  expect(await page.evaluate(() => PortalWidgets.get(document.querySelector('#hoi-nghi')).count)).toBe(10);
  // Bare images are buttons from the main module alone.
  await expect(page.locator('#tran [role="button"]').first()).toBeVisible();
});

test('intent requests the code once: a pointer over a thumbnail, then focus, a press and clicks', async ({ page }) => {
  const code = watchRequests(page, LIGHTBOX_CODE);
  await load(page);
  await thumbLink(page, 2).hover();
  await expect.poll(() => kinds(code)).toEqual(['js', 'wasm']);
  await thumbLink(page, 3).focus();
  await thumbLink(page, 3).click();
  await expect(dialog(page)).toBeVisible();
  await expect.poll(() => shownIndex(page)).toBe(2);
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toHaveCount(0);
  await thumbLink(page, 1).click();
  await expect.poll(() => shownIndex(page)).toBe(0);
  expect(kinds(code)).toEqual(['js', 'wasm']);
});

test('keyboard focus on a thumbnail is intent too', async ({ page }) => {
  const code = watchRequests(page, LIGHTBOX_CODE);
  await load(page);
  await thumbLink(page, 4).focus();
  await expect.poll(() => kinds(code)).toEqual(['js', 'wasm']);
});

test('a click before the code arrives opens its photo once it does; the full photo is fetched meanwhile', async ({ page }) => {
  const photos = watchRequests(page, /^\/photos\/hoi-nghi-05\.jpg$/);
  const release = await holdLightboxCode(page);
  await load(page);
  await thumbLink(page, 5).click();
  await expect.poll(() => photos.length).toBe(1); // in parallel with the code, not after it
  await expect(dialog(page)).toHaveCount(0);
  expect(page.url()).toMatch(/gallery\.html$/); // the link was not followed
  release();
  await expect(dialog(page)).toBeVisible();
  await expect(page.locator('.pw-lb-counter')).toHaveText('5 / 10');
  expect(photos).toHaveLength(1); // the lightbox took the photo already fetched
});

test('a 404 on the code: one warning, pw:error on the gallery, and the thumbnails work as plain links', async ({ page, consoleMessages }) => {
  const release = await holdLightboxCode(page);
  await load(page);
  release(404);
  await thumbLink(page, 2).hover();
  await expect.poll(() => page.evaluate(() => window.__problems)).toEqual(['lightbox']);
  await thumbLink(page, 6).hover();
  await thumbLink(page, 2).click();
  await page.waitForURL(/\/photos\/hoi-nghi-02\.jpg$/);
  await page.goBack(); // the article again, for the final checks
  const lightboxWarnings = warnings(consoleMessages).filter((text) => text.includes('lightbox'));
  expect(lightboxWarnings).toHaveLength(1);
  expect(lightboxWarnings[0]).toContain('the photos open as plain links');
});

test('a click held for code that then fails follows its link', async ({ page }) => {
  const release = await holdLightboxCode(page);
  await load(page);
  await thumbLink(page, 3).click();
  await expect(dialog(page)).toHaveCount(0);
  release(404);
  await page.waitForURL(/\/photos\/hoi-nghi-03\.jpg$/);
  await page.goBack(); // the article again, for the final checks
});

// The thumbnails work as links after the lightbox's JS failed as `how` says.
async function linksAfterFailedScript(page, consoleMessages) {
  await load(page);
  await thumbLink(page, 2).hover();
  await expect.poll(() => page.evaluate(() => window.__problems)).toEqual(['lightbox']);
  await thumbLink(page, 2).click();
  await page.waitForURL(/\/photos\/hoi-nghi-02\.jpg$/);
  await page.goBack();
  const lightboxWarnings = warnings(consoleMessages).filter((text) => text.includes('lightbox'));
  expect(lightboxWarnings).toHaveLength(1);
  expect(lightboxWarnings[0]).toMatch(/portal-widgets-lightbox\.[0-9a-f]{12}\.js could not be loaded.*the photos open as plain links/);
}

test('a 404 on the lightbox’s JS alone: one warning, and the thumbnails work as plain links', async ({ page, consoleMessages }) => {
  await page.route(LIGHTBOX_JS, (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await linksAfterFailedScript(page, consoleMessages);
});

test('a lightbox JS that is not the file the bundle was built with never runs (its SRI hash)', async ({ page, consoleMessages }) => {
  await page.addInitScript(() => (window.__strangerRan = false));
  await page.route(LIGHTBOX_JS, (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: 'window.__strangerRan = true; document.currentScript.pwLightbox = () => ({});',
    })
  );
  await linksAfterFailedScript(page, consoleMessages);
  expect(await page.evaluate(() => window.__strangerRan)).toBe(false);
});

test('under a CSP that allows scripts by nonce, the lightbox’s script carries the page’s nonce and opens', async ({ page, consoleMessages }) => {
  // The same page, its script given a nonce, served with a policy that allows only that nonce.
  await page.route(/\/test-pages\/gallery\.html$/, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('<script src="/dist/portal-widgets.js"', '<script nonce="pw-test-nonce" src="/dist/portal-widgets.js"');
    const policy = "default-src 'self'; script-src 'nonce-pw-test-nonce' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";
    await route.fulfill({ response, body: html, headers: { ...response.headers(), 'content-security-policy': policy } });
  });
  await load(page);
  await thumbLink(page, 4).click();
  await expect(dialog(page)).toBeVisible();
  await expect.poll(() => shownIndex(page)).toBe(3);
  expect(consoleMessages.filter((text) => /Content Security Policy|lightbox/.test(text))).toEqual([]);
});

test('open() from the page is intent; destroy() while the code is on its way leaves nothing behind', async ({ page }) => {
  const code = watchRequests(page, LIGHTBOX_CODE);
  const release = await holdLightboxCode(page);
  await load(page);
  const liveInstances = () => page.evaluate(() => PortalWidgets.diagnostics().then((held) => held.instances));
  const atMount = await liveInstances();
  await page.evaluate(() => PortalWidgets.get(document.querySelector('#hoi-nghi')).open(6));
  await expect.poll(() => kinds(code)).toEqual(['js', 'wasm']);
  await page.evaluate(() => PortalWidgets.get(document.querySelector('#hoi-nghi')).destroy());
  release();
  // Another gallery of the page opens with the code now there; the destroyed one never does.
  await page.locator('#tran img').first().click();
  await expect(dialog(page)).toBeVisible();
  await expect.poll(() => page.evaluate(() => PortalWidgets.get(document.querySelector('#tran')).index)).toBe(0);
  expect(kinds(code)).toEqual(['js', 'wasm']);
  await page.evaluate(() => PortalWidgets.get(document.querySelector('#tran')).destroy());
  await expect(dialog(page)).toHaveCount(0);
  expect(await liveInstances()).toBe(atMount - 2);
});

test('the lightbox is first painted as it will stay: nothing inside it shifts once shown, however late the code came', async ({ page }) => {
  // Shifts inside the dialog, with or without input near them: a caption that
  // filled in a frame late would move the bar over the photo.
  await page.addInitScript(() => {
    window.__lightboxShifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const inside = entry.sources.filter((source) => source.node && source.node.closest && source.node.closest('.pw-lightbox'));
        if (inside.length) window.__lightboxShifts.push(inside.map((source) => source.node.className).join(' '));
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const release = await holdLightboxCode(page);
  await load(page);
  await thumbLink(page, 1).click();
  release();
  await expect(dialog(page)).toBeVisible();
  await expect.poll(() => page.evaluate(() => PortalWidgets.get(document.querySelector('#hoi-nghi')).phase)).toBe('open');
  await expect.poll(() => page.evaluate(() => PortalWidgets.get(document.querySelector('#hoi-nghi')).moving)).toBe(false);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(await page.evaluate(() => window.__lightboxShifts)).toEqual([]);
});
