// The loader and public API: mount, mountAll, get, ready, events, unknown
// widgets. A page whose wasm cannot load: loading-failures.spec.mjs.
import { test, expect, widgetsReady, warnings } from './fixtures.mjs';

test('mount() returns one instance per element; get() finds it; pw:ready fires', async ({ page }) => {
  await page.goto('/test-pages/created-buttons.html');
  await widgetsReady(page);
  const result = await page.evaluate(async () => {
    const root = document.createElement('div');
    root.setAttribute('data-pw', 'font-scale');
    root.setAttribute('data-pw-target', '#bai-viet');
    document.querySelector('main').append(root);
    const ready = new Promise((resolve) => root.addEventListener('pw:ready', (e) => resolve(e.detail)));
    await window.PortalWidgets.mountAll(document.body);
    const first = await window.PortalWidgets.mount(root);
    const second = await window.PortalWidgets.mount(root);
    return {
      same: first === second,
      found: window.PortalWidgets.get(root) === first,
      type: first.type,
      detail: await ready,
      buttons: root.querySelectorAll('button').length,
    };
  });
  expect(result).toEqual({ same: true, found: true, type: 'font-scale', detail: { type: 'font-scale' }, buttons: 3 });
});

test('programmatic options win over data-pw-options', async ({ page }) => {
  await page.goto('/test-pages/created-buttons.html');
  await widgetsReady(page);
  const level = await page.evaluate(async () => {
    const root = document.createElement('div');
    root.setAttribute('data-pw', 'font-scale');
    root.setAttribute('data-pw-options', '{"target": "#ngoai", "steps": [100, 110]}');
    document.querySelector('main').append(root);
    await window.PortalWidgets.mount(root, { steps: [100, 300], persist: false });
    root.querySelector('[data-pw-action="larger"]').click();
    return [root.querySelector('.pw-fs-level').textContent, document.querySelector('#ngoai').dataset.pwFontScale];
  });
  expect(level).toEqual(['300%', '300']);
});

// Nothing is lost: a mistake in mount() options leaves the element's own good
// values in force, and each warning says which value is used instead.
test('a bad mount() option falls back to the attribute or data-pw-options value, and says so', async ({ page, consoleMessages }) => {
  await page.goto('/test-pages/created-buttons.html');
  await widgetsReady(page);
  const level = await page.evaluate(async () => {
    const root = document.createElement('div');
    root.setAttribute('data-pw', 'font-scale');
    root.setAttribute('data-pw-target', '#ngoai');
    root.setAttribute('data-pw-options', '{"steps": [100, 300]}');
    document.querySelector('main').append(root);
    await window.PortalWidgets.mount(root, { target: 42, steps: 'lots', persist: false });
    root.querySelector('[data-pw-action="larger"]').click();
    return [root.querySelector('.pw-fs-level').textContent, document.querySelector('#ngoai').dataset.pwFontScale];
  });
  expect(level).toEqual(['300%', '300']);
  const shown = warnings(consoleMessages).join('\n');
  expect(shown).toContain('mount() option "target" 42 must be a string; data-pw-target is used');
  expect(shown).toContain('mount() option "steps" "lots" must be an array of percents; option "steps" in data-pw-options is used');
});

test('an unknown data-pw value: one warning, element untouched; a gallery without photos mounts quietly', async ({ page, consoleMessages }) => {
  await page.goto('/test-pages/unknown-widget.html');
  const before = await page.locator('#la').evaluate((e) => e.outerHTML);
  await widgetsReady(page);
  expect(warnings(consoleMessages)).toEqual([
    '[portal-widgets] loader: unknown data-pw value "font-size"; the element is left as it is',
  ]);
  expect(await page.locator('#la').evaluate((e) => e.outerHTML)).toBe(before);
  // A link without a thumbnail is no photo: the gallery mounts with none and leaves it to the browser.
  expect(await page.evaluate(() => PortalWidgets.get(document.querySelector('#gallery'))?.count)).toBe(0);
  await expect(page.locator('#gallery a')).toHaveAttribute('href', '/photos/hoi-nghi-01.jpg');
  await expect(page.locator('#gallery a')).not.toHaveAttribute('role', /./);
});

test('a counter without an endpoint, with one outside the web, or without its fields is reported once and left as rendered', async ({ page, consoleMessages }) => {
  await page.goto('/test-pages/created-buttons.html');
  await widgetsReady(page);
  const outcome = await page.evaluate(async () => {
    const make = (html, attributes) => {
      const root = document.createElement('section');
      root.setAttribute('aria-label', 'Thống kê truy cập ' + (document.querySelectorAll('section').length + 1));
      for (const [name, value] of Object.entries(attributes)) root.setAttribute(name, value);
      root.innerHTML = html;
      document.querySelector('main').append(root);
      return root;
    };
    const fields = '<span data-pw-field="online">8</span> <span data-pw-field="today">2451</span> <span data-pw-field="total">1.121.895</span>';
    const noEndpoint = make(fields, { 'data-pw': 'visitor-counter' });
    const notWeb = make(fields, { 'data-pw': 'visitor-counter', 'data-pw-endpoint': 'javascript:void(0)' });
    const noFields = make('<span data-pw-field="online">8</span>', { 'data-pw': 'visitor-counter', 'data-pw-endpoint': '/api/visitors' });
    const results = [];
    for (const root of [noEndpoint, notWeb, noFields]) {
      results.push(await window.PortalWidgets.mount(root).then(() => 'mounted', (error) => error.message));
      results.push(root.querySelectorAll('button').length);
    }
    return results;
  });
  expect(outcome).toEqual([
    'data-pw-endpoint is missing; the numbers stay as the page rendered them',
    0,
    'data-pw-endpoint "javascript:void(0)" must be an http(s) or relative URL; the numbers stay as the page rendered them',
    0,
    'the box needs data-pw-field="online", "today" and "total"; the numbers stay as rendered',
    0,
  ]);
  expect(warnings(consoleMessages)).toHaveLength(3);
});

// IIS without the .wasm mapping serves it as application/octet-stream, which
// the streaming compile refuses: the loader compiles the same bytes instead,
// without asking the server twice and without a word in the console.
test('a .wasm served with the wrong type still loads, from one request', async ({ page, consoleMessages }) => {
  const requests = [];
  await page.route('**/dist/portal-widgets.wasm', async (route) => {
    requests.push(route.request().url());
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
  });
  await page.goto('/test-pages/created-buttons.html');
  await widgetsReady(page);
  await page.locator('[data-pw-action="larger"]').first().click();
  await expect(page.locator('#bai-viet')).toHaveAttribute('data-pw-font-scale', /^\d+/);
  expect(requests).toHaveLength(1);
  expect(warnings(consoleMessages)).toEqual([]);
});

// A cheap phone should be able to draw and answer a tap between two widgets'
// mounts: each pw:ready is marked, and the trace says which task ran it.
test('the widgets of a page mount one per task, in document order', async ({ page, browser }) => {
  await page.addInitScript(() => {
    document.addEventListener('pw:ready', (event) => performance.mark('pw-ready ' + event.detail.type), true);
  });
  await browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline', 'blink.user_timing'] });
  await page.goto('/demo/');
  await widgetsReady(page);
  const events = JSON.parse((await browser.stopTracing()).toString('utf8')).traceEvents;
  const marks = events.filter((e) => e.cat.includes('blink.user_timing') && e.name.startsWith('pw-ready '));
  const types = await page.evaluate(() => [...document.querySelectorAll('[data-pw]')].map((e) => e.dataset.pw));
  expect(marks.map((mark) => mark.name)).toEqual(types.map((type) => 'pw-ready ' + type));
  const taskOf = (mark) =>
    events.findIndex((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === mark.pid && e.tid === mark.tid && e.ts <= mark.ts && mark.ts <= e.ts + e.dur);
  const tasks = marks.map(taskOf);
  expect(tasks.every((task) => task >= 0), 'each mark inside a task').toBe(true);
  expect(new Set(tasks).size).toBe(marks.length);
});

test('a carousel without a list is reported with a pw:error and left as it is', async ({ page, consoleMessages }) => {
  await page.goto('/test-pages/created-buttons.html');
  await widgetsReady(page);
  const outcome = await page.evaluate(async () => {
    const root = document.createElement('div');
    root.setAttribute('data-pw', 'carousel');
    root.innerHTML = '<p>Các tin khác</p>';
    document.querySelector('main').append(root);
    const before = root.outerHTML;
    const codes = [];
    root.addEventListener('pw:error', (event) => codes.push(event.detail.code));
    const message = await window.PortalWidgets.mount(root).then(() => 'mounted', (error) => error.message);
    return { message, codes, unchanged: root.outerHTML === before };
  });
  expect(outcome).toEqual({
    message: 'the carousel needs a list (ul, ol or [data-pw-track]); the markup is left as it is',
    codes: ['markup'],
    unchanged: true,
  });
  expect(warnings(consoleMessages)).toEqual([
    '[portal-widgets] carousel: the carousel needs a list (ul, ol or [data-pw-track]); the markup is left as it is',
  ]);
});
