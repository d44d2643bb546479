// The demo portal page as a reader and an integrator meet it: served under a
// strict CSP, accessible, and whole without JavaScript.
import { test, expect, expectNoAxeViolations, widgetsReady, warnings, errors } from './fixtures.mjs';

test('served with a strict CSP, and the bundle runs under it without a violation', async ({ page, consoleMessages }) => {
  const response = await page.goto('/demo/index.html');
  const csp = response.headers()['content-security-policy'];
  const scriptSources = csp.match(/script-src([^;]*)/)[1].trim().split(/\s+/);
  expect(scriptSources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  await widgetsReady(page);
  expect(await page.evaluate(() => window.PortalWidgets.get(document.querySelector('[data-pw="font-scale"]')).type)).toBe('font-scale');
  expect(errors(consoleMessages)).toEqual([]);
  expect(warnings(consoleMessages)).toEqual([]);
});

test('the bundle serves its wasm as application/wasm', async ({ request }) => {
  const response = await request.get('/dist/portal-widgets.wasm');
  expect(response.headers()['content-type']).toBe('application/wasm');
});

for (const width of [1280, 320]) {
  test(`axe finds no violation on the demo at ${width} px, before and after a size change`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/demo/index.html');
    await widgetsReady(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await expectNoAxeViolations(page, `demo at ${width} px`);
    await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
    await expectNoAxeViolations(page, `demo at ${width} px and 112.5%`);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('photos open as images, news links lead to articles, the counter shows numbers', async ({ page, request }) => {
    await page.goto('/demo/index.html');
    const photoLinks = await page.locator('[data-pw="gallery"] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(photoLinks).toHaveLength(10);
    for (const href of photoLinks) {
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      expect(response.headers()['content-type']).toBe('image/jpeg');
    }
    const newsLinks = await page.locator('[data-pw="carousel"] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(newsLinks.length).toBeGreaterThanOrEqual(8);
    for (const href of newsLinks) expect((await request.get(href.split('#')[0])).status(), href).toBe(200);
    for (const field of ['online', 'today', 'total']) {
      await expect(page.locator(`[data-pw-field="${field}"]`)).toHaveText(/^\d{1,3}(\.\d{3})*$|^\d{1,4}$/);
    }
  });
});
