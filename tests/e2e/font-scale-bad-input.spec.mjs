// Bad input to font-scale: a clear warning, defaults used, the page unaffected.
import { test, expect, widgetsReady, warnings, errors } from './fixtures.mjs';

const collectProblems = (page) =>
  page.addInitScript(() => {
    window.__problems = [];
    document.addEventListener('pw:error', (event) => window.__problems.push(event.detail));
  });

const garbage = {
  letters: 'abc',
  'huge exponent': '1e309',
  negative: '-5',
  '10 KB of text': 'x'.repeat(10 * 1024),
};

for (const [name, stored] of Object.entries(garbage)) {
  test(`stored value "${name}" is reported and the default size used`, async ({ page, consoleMessages }) => {
    await page.addInitScript((value) => localStorage.setItem('pw-font-scale', value), stored);
    await collectProblems(page);
    await page.goto('/test-pages/created-buttons.html');
    await widgetsReady(page);
    await expect(page.locator('#fs .pw-fs-level')).toHaveText('100%');
    await expect(page.locator('#bai-viet')).not.toHaveAttribute('data-pw-font-scale', /.*/);
    const shown = warnings(consoleMessages);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toContain('stored text size');
    expect(shown[0].length).toBeLessThan(200);
    expect(await page.evaluate(() => window.__problems.map((p) => p.code))).toEqual(['stored-value']);
    await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
    expect(await page.evaluate(() => localStorage.getItem('pw-font-scale'))).toBe('112.5');
    expect(errors(consoleMessages)).toEqual([]);
  });
}

test('a target selector that matches nothing: one warning, markup untouched, other widgets fine', async ({ page, consoleMessages }) => {
  await collectProblems(page);
  await page.goto('/test-pages/missing-target.html');
  await widgetsReady(page);
  expect(warnings(consoleMessages)).toEqual([
    '[portal-widgets] font-scale: data-pw-target "#khong-co-phan-tu-nay" matches no element; the widget is not mounted',
  ]);
  expect(await page.evaluate(() => window.__problems)).toEqual([
    {
      code: 'target',
      message: 'data-pw-target "#khong-co-phan-tu-nay" matches no element; the widget is not mounted',
    },
  ]);
  await expect(page.locator('#fs button').first()).not.toHaveAttribute('aria-label', /.*/);
  await expect(page.locator('#fs')).not.toHaveAttribute('role', /.*/);
  expect(await page.evaluate(() => window.PortalWidgets.get(document.querySelector('#fs')))).toBeNull();
  await page.locator('#fs-ok').getByRole('button', { name: 'Tăng cỡ chữ' }).click();
  await expect(page.locator('#bai-viet')).toHaveAttribute('data-pw-font-scale', '112.5');
  const rejection = await page.evaluate(() =>
    window.PortalWidgets.mount(document.querySelector('#fs')).then(
      () => 'mounted',
      (error) => error.message
    )
  );
  expect(rejection).toContain('matches no element');
});

test('an invalid selector is reported the same way', async ({ page, consoleMessages }) => {
  await page.goto('/test-pages/created-buttons.html');
  await widgetsReady(page);
  const message = await page.evaluate(() => {
    const root = document.createElement('div');
    root.setAttribute('data-pw', 'font-scale');
    root.setAttribute('data-pw-target', '#[bad');
    document.querySelector('main').append(root);
    return window.PortalWidgets.mount(root).then(() => 'mounted', (error) => error.message);
  });
  expect(message).toBe('data-pw-target "#[bad" matches no element; the widget is not mounted');
  expect(warnings(consoleMessages)).toHaveLength(1);
});

test('malformed and mistyped options: warnings, defaults kept; valid custom options apply', async ({ page, consoleMessages }) => {
  await page.goto('/test-pages/bad-options.html');
  await widgetsReady(page);
  const shown = warnings(consoleMessages).join('\n');
  expect(shown).toContain('data-pw-options is not valid JSON; it is ignored');
  expect(shown).toContain('option "steps" in data-pw-options "to" must be an array of percents; the default is used');
  expect(shown).toContain('option "default" in data-pw-options "lớn" is not a number; the default, 100 percent, is used');
  expect(shown).toContain('option "persist" in data-pw-options "khong" must be true or false; the default is used');
  expect(shown).toContain('unknown option "mau" is ignored');

  // Both fell back to the default steps; sharing the default storage key, they move together.
  await page.locator('#fs-malformed').getByRole('button', { name: 'Tăng cỡ chữ' }).click();
  await expect(page.locator('#fs-wrong-types .pw-fs-level')).toHaveText('112,5%');
  await page.locator('#fs-wrong-types').getByRole('button', { name: 'Tăng cỡ chữ' }).click();
  await expect(page.locator('#fs-malformed .pw-fs-level')).toHaveText('125%');
  const custom = page.locator('#fs-custom');
  await custom.getByRole('button', { name: 'Chữ to hơn A+' }).click();
  await expect(custom.locator('.pw-fs-level')).toHaveText('150%');
  await expect(page.locator('#bai-viet-3')).toHaveAttribute('data-pw-font-scale', '150');
  expect(await page.evaluate(() => localStorage.getItem('pw-font-scale'))).toBe('125'); // #fs-custom: persist false
  expect(errors(consoleMessages)).toEqual([]);
});

test('an article with hundreds of nested inline sizes mounts and scales correctly', async ({ page }) => {
  const depth = 400;
  const nested = '<span style="font-size: 12pt">'.repeat(depth) + '<b id="sau-nhat">chữ</b>' + '</span>'.repeat(depth);
  await page.route('**/test-pages/deep.html', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: { 'Content-Security-Policy': "script-src 'self' 'wasm-unsafe-eval'" },
      body: `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Lồng sâu</title>
        <link rel="stylesheet" href="/dist/portal-widgets.css"><script src="/dist/portal-widgets.js" defer></script></head>
        <body><main><h1>Lồng sâu</h1><div id="fs" data-pw="font-scale" data-pw-target="#bai"></div><div id="bai"><p>${nested}</p></div></main></body></html>`,
    })
  );
  await page.goto('/test-pages/deep.html');
  await widgetsReady(page);
  const innermost = () => page.locator('#sau-nhat').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(await innermost()).toBeCloseTo(16, 2);
  for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
  expect(await innermost()).toBeCloseTo(32, 2);
});
