// The demo page when the wasm cannot run: a CSP without 'wasm-unsafe-eval', the
// .wasm answering 404, a browser without WebAssembly. Each time exactly one
// console message says why the widgets are off, every widget root gets a
// pw:error, and the page is its no-JS self: photo links open the photos, news
// links lead to the articles, the counter shows the server's numbers and the
// text-size buttons are the page's own.
import { test, expect, warnings, errors } from './fixtures.mjs';
import { CSP } from '../../server/dev-server.mjs';

const PAGE = '/demo/index.html';

const FAILURES = {
  "a CSP without 'wasm-unsafe-eval'": {
    async arrange(page) {
      const withoutWasm = CSP.replace(" 'wasm-unsafe-eval'", '');
      expect(withoutWasm).not.toBe(CSP);
      await page.route('**' + PAGE, async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': withoutWasm } });
      });
    },
    reason: /^CompileError: .*Content Security Policy directive.*script-src/,
  },
  'the .wasm answering 404': {
    async arrange(page) {
      await page.route('**/dist/portal-widgets.wasm', (route) => route.fulfill({ status: 404, body: 'not found' }));
    },
    reason: /^http:\/\/[^ ]+\/dist\/portal-widgets\.wasm answered HTTP 404$/,
  },
  'a browser without WebAssembly': {
    async arrange(page) {
      await page.addInitScript(() => delete window.WebAssembly);
    },
    reason: /^this browser has no WebAssembly$/,
  },
};

// The three numbers as the server wrote them into the page it sent.
async function renderedCounts(response) {
  const html = await response.text();
  return ['online', 'today', 'total'].map((field) => html.match(new RegExp(`data-pw-field="${field}">([^<]*)<`))[1]);
}

for (const [name, failure] of Object.entries(FAILURES)) {
  test(`with ${name}: one message says why, and every link, number and button of the page still works`, async ({ page, consoleMessages }) => {
    await page.addInitScript(() => {
      localStorage.setItem('pw-font-scale', '125'); // a size the reader chose on an earlier visit
      window.__problems = [];
      document.addEventListener('pw:error', (event) => window.__problems.push([event.target.getAttribute('data-pw'), event.detail.code]));
    });
    await failure.arrange(page);
    const response = await page.goto(PAGE);
    const counts = await renderedCounts(response);
    expect(await page.evaluate(() => window.PortalWidgets.ready.then(() => 'ready', () => 'failed'))).toBe('failed');

    // One message, the reason emscripten gave without its build hint.
    const shown = warnings(consoleMessages);
    expect(shown).toHaveLength(1);
    const [, reason] = shown[0].match(/^\[portal-widgets\] the widgets are off \((.+)\); the page works without them$/);
    expect(reason).toMatch(failure.reason);
    // The browser's own report of a missing file is all there is besides.
    expect(errors(consoleMessages).filter((text) => !/^Failed to load resource: .*404/.test(text))).toEqual([]);
    await expect.poll(() => page.evaluate(() => window.__problems)).toEqual([
      ['visitor-counter', 'load-failed'],
      ['font-scale', 'load-failed'],
      ['gallery', 'load-failed'],
      ['carousel', 'load-failed'],
    ]);

    // The counter shows what the server rendered, with no control added.
    await expect(page.locator('[data-pw-field]')).toHaveText(counts);
    await expect(page.locator('[data-pw="visitor-counter"] button')).toHaveCount(0);
    // The text-size buttons are the page's three, untouched; the size the
    // reader stored still applies (the boot script needs no wasm).
    await expect(page.locator('[data-pw="font-scale"] button')).toHaveText(['A-', 'A', 'A+']);
    await expect(page.locator('[data-pw="font-scale"] button[aria-label], [data-pw="font-scale"] .pw-fs-level')).toHaveCount(0);
    await expect(page.locator('#noi-dung')).toHaveAttribute('data-pw-font-scale', '125');
    // The news list is a plain row of links, not a carousel.
    const news = page.locator('#cac-tin-khac');
    await news.scrollIntoViewIfNeeded();
    await expect(news).not.toHaveAttribute('role', /./);
    await expect(news.locator('.pw-carousel-controls')).toHaveCount(0);
    await expect(news.getByRole('link')).toHaveCount(9);
    // A photo link opens the photo; a news link opens the article.
    await expect(page.locator('[data-pw="gallery"] a[href$=".jpg"]')).toHaveCount(10);
    await page.locator('[data-pw="gallery"] a').first().click();
    await expect(page).toHaveURL(/\/photos\/hoi-nghi-01\.jpg$/);
    await page.goBack();
    await news.getByRole('link').first().click();
    await expect(page).toHaveURL(/\/demo\/tin-2\.html$/);
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(PAGE + '$'));
  });
}
