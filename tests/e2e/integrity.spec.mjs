// Subresource Integrity: the hashes `npm run build` prints let a page pin the
// bundle. The right hashes load and mount it; one wrong byte and the browser
// refuses the script, and the page stays as plain HTML.
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures.mjs';
import { integrityOf } from '../../scripts/integrity.mjs';

const dist = join(dirname(fileURLToPath(import.meta.url)), '../../dist');

function pinnedPage(scriptIntegrity, cssIntegrity) {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>SRI</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/dist/portal-widgets.css" integrity="${cssIntegrity}" crossorigin="anonymous">
<script src="/dist/portal-widgets.js" integrity="${scriptIntegrity}" crossorigin="anonymous" defer></script>
</head><body><main><h1>Trang</h1>
<div id="fs" data-pw="font-scale" data-pw-target="#bai"></div><div id="bai"><p>Nội dung.</p></div>
</main></body></html>`;
}

async function open(page, html) {
  await page.route('**/sri.html', (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto('/test-pages/sri.html');
}

test('with the printed hashes the bundle loads and mounts', async ({ page }) => {
  await open(page, pinnedPage(integrityOf(join(dist, 'portal-widgets.js')), integrityOf(join(dist, 'portal-widgets.css'))));
  await page.evaluate(() => window.PortalWidgets.ready.then(() => true));
  expect(await page.evaluate(() => window.PortalWidgets.get(document.querySelector('#fs')).type)).toBe('font-scale');
  await expect(page.getByRole('button', { name: /Tăng cỡ chữ/ })).toBeVisible();
});

test('a hash that does not match: the browser refuses the script, the page stays whole', async ({ page, consoleMessages }) => {
  const wrong = 'sha384-' + Buffer.alloc(48).toString('base64');
  await open(page, pinnedPage(wrong, integrityOf(join(dist, 'portal-widgets.css'))));
  await expect.poll(() => consoleMessages.map((message) => message.text).join('\n')).toContain('integrity');
  expect(await page.evaluate(() => typeof window.PortalWidgets)).toBe('undefined');
  await expect(page.locator('#bai')).toHaveText('Nội dung.');
});
