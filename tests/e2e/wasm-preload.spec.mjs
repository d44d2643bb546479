// The module's download starts with the page, not after portal-widgets.js has
// run (web/wasm-preload.js), and the loader takes that response: the .wasm is
// requested once, whichever of the boot script and the README's preload line
// a page carries.
import { test, expect, widgetsReady, holdRequests } from './fixtures.mjs';

function countRequests(page, suffix) {
  const seen = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith(suffix)) seen.push(request.url());
  });
  return seen;
}

// portal-widgets.js is held until release(), so whatever asks for the .wasm
// meanwhile is not the script.
const holdScript = (page) => holdRequests(page, '**/dist/portal-widgets.js');

test('the boot script starts the .wasm download before portal-widgets.js runs, and it is requested once', async ({ page }) => {
  const wasm = countRequests(page, '/dist/portal-widgets.wasm');
  const release = await holdScript(page);
  await page.goto('/test-pages/two-controls.html', { waitUntil: 'commit' });
  await expect.poll(() => wasm.length).toBe(1);
  expect(await page.evaluate(() => typeof window.PortalWidgets)).toBe('undefined');
  release();
  await page.waitForFunction(() => window.PortalWidgets);
  await widgetsReady(page);
  await page.locator('#tren').getByRole('button', { name: 'Tăng cỡ chữ' }).click();
  await expect(page.locator('#bai-viet')).toHaveAttribute('data-pw-font-scale', '112.5');
  expect(wasm).toHaveLength(1);
});

test('with the README’s preload line as well, the .wasm is still requested once', async ({ page }) => {
  const wasm = countRequests(page, '/dist/portal-widgets.wasm');
  await page.goto('/demo/index.html');
  await widgetsReady(page);
  const mounted = await page.evaluate(() =>
    [...document.querySelectorAll('[data-pw]')].map((root) => Boolean(window.PortalWidgets.get(root)))
  );
  expect(mounted).toEqual([true, true, true, true]);
  expect(await page.locator('link[rel="preload"][as="fetch"]').count()).toBe(1); // the boot script added none
  expect(wasm).toHaveLength(1);
});

test('data-pw-wasm="none" on the boot script: a page using a .single build downloads no .wasm', async ({ page }) => {
  const fromDist = countRequests(page, '');
  await page.goto('/test-pages/single-with-boot.html');
  await widgetsReady(page);
  await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
  await expect(page.locator('#bai-viet')).toHaveAttribute('data-pw-font-scale', '112.5');
  const paths = fromDist.map((url) => new URL(url).pathname).filter((path) => path.startsWith('/dist/'));
  expect(paths.sort()).toEqual(['/dist/portal-widgets-boot.js', '/dist/portal-widgets.css', '/dist/portal-widgets.single.js']);
});
