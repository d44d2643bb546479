// The font-scale widget in Chromium: names, clicks, keyboard, limits,
// announcements, persistence across reloads, pages and tabs, and destroy().
import { test, expect, expectNoAxeViolations, widgetsReady, warnings, errors } from './fixtures.mjs';

const px = (page, selector) =>
  page.locator(selector).evaluate((element) => parseFloat(getComputedStyle(element).fontSize));

test.describe('font-scale', () => {
  test('creates three named buttons, a level and a polite status region', async ({ page, consoleMessages }) => {
    await page.goto('/test-pages/created-buttons.html');
    await widgetsReady(page);
    const group = page.getByRole('group', { name: 'Cỡ chữ bài viết' });
    await expect(group.getByRole('button', { name: 'Giảm cỡ chữ' })).toHaveText('A-');
    await expect(group.getByRole('button', { name: 'Cỡ chữ mặc định' })).toHaveText('A');
    await expect(group.getByRole('button', { name: 'Tăng cỡ chữ' })).toHaveText('A+');
    await expect(group.locator('.pw-fs-level')).toHaveText('100%');
    await expect(group.getByRole('status')).toHaveText('');
    expect(errors(consoleMessages)).toEqual([]);
    expect(warnings(consoleMessages)).toEqual([]);
    await expectNoAxeViolations(page, 'font-scale at mount');
  });

  test('A+ scales only the article, as a ratio of its own size, and announces once', async ({ page }) => {
    await page.goto('/test-pages/created-buttons.html');
    await widgetsReady(page);
    const before = { text: await px(page, '#doan-1'), outside: await px(page, '#ngoai') };
    const changes = page.evaluate(
      () => new Promise((resolve) => document.querySelector('#fs').addEventListener('pw:change', (e) => resolve(e.detail), { once: true }))
    );
    await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
    expect(await changes).toEqual({ percent: 112.5, scale: 1.125, level: '112,5%' });
    expect(await px(page, '#doan-1')).toBeCloseTo(before.text * 1.125, 1);
    expect(await px(page, '#ngoai')).toBe(before.outside);
    await expect(page.locator('#fs .pw-fs-level')).toHaveText('112,5%');
    await expect(page.getByRole('status')).toHaveText('Cỡ chữ 112,5%');
    await expect(page.locator('#bai-viet')).toHaveCSS('--pw-font-scale', '1.125');
    await expectNoAxeViolations(page, 'font-scale at 112.5%');
  });

  test('Word-pasted pt and px sizes keep their proportions at every level', async ({ page }) => {
    await page.goto('/test-pages/created-buttons.html');
    await widgetsReady(page);
    const base = await px(page, '#doan-1');
    // 12pt = 16 px, 10.5pt = 14 px, 14px; relative sizes are left as written.
    const ratios = async () => ({
      word: (await px(page, '#doan-word')) / (await px(page, '#doan-1')),
      nested: (await px(page, '#chen-word')) / (await px(page, '#doan-1')),
      px14: (await px(page, '#doan-px')) / (await px(page, '#doan-1')),
      em: (await px(page, '#doan-em')) / (await px(page, '#doan-1')),
    });
    const atDefault = await ratios();
    expect(atDefault.word).toBeCloseTo(16 / base, 3);
    expect(atDefault.nested).toBeCloseTo(14 / base, 3);
    expect(atDefault.em).toBeCloseTo(1.25, 3);
    await expect(page.locator('#doan-word')).toHaveAttribute('style', /font-size: [0-9.]+em/);
    for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
    expect(await px(page, '#doan-1')).toBeCloseTo(base * 2, 1);
    const atMax = await ratios();
    for (const key of Object.keys(atDefault)) expect(atMax[key]).toBeCloseTo(atDefault[key], 3);
  });

  test('keyboard: Tab reaches the buttons, Enter and Space press them, limits say so', async ({ page }) => {
    await page.goto('/test-pages/created-buttons.html');
    await widgetsReady(page);
    const smaller = page.getByRole('button', { name: 'Giảm cỡ chữ' });
    await page.keyboard.press('Tab');
    await expect(smaller).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#fs .pw-fs-level')).toHaveText('87,5%');
    await expect(smaller).toHaveAttribute('aria-disabled', 'true');
    await page.keyboard.press('Space');
    await expect(page.getByRole('status')).toHaveText('Đã ở cỡ chữ nhỏ nhất, 87,5%');
    await expect(smaller).toBeFocused(); // aria-disabled keeps focus where the reader is
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const larger = page.getByRole('button', { name: 'Tăng cỡ chữ' });
    await expect(larger).toBeFocused();
    for (let i = 0; i < 6; i++) await page.keyboard.press('Enter');
    await expect(page.locator('#fs .pw-fs-level')).toHaveText('200%');
    await expect(larger).toHaveAttribute('aria-disabled', 'true');
    await expect(smaller).toHaveAttribute('aria-disabled', 'false');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText('Đã ở cỡ chữ lớn nhất, 200%');
    await page.keyboard.press('Enter'); // the same message again is still spoken
    await expect(page.getByRole('status')).toHaveText(/^Đã ở cỡ chữ lớn nhất, 200%\s$/);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    await expect(page.locator('#fs .pw-fs-level')).toHaveText('100%');
    await expectNoAxeViolations(page, 'font-scale after keyboard use');
  });

  test('the choice persists across reloads and on another article of the site', async ({ page }) => {
    await page.goto('/demo/index.html');
    await widgetsReady(page);
    const base = await px(page, '#noi-dung');
    await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
    await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
    expect(await page.evaluate(() => localStorage.getItem('pw-font-scale'))).toBe('125');
    await page.reload();
    await widgetsReady(page);
    await expect(page.locator('[data-pw="font-scale"] .pw-fs-level')).toHaveText('125%');
    expect(await px(page, '#noi-dung')).toBeCloseTo(base * 1.25, 1);
    await page.goto('/demo/tin-2.html');
    await widgetsReady(page);
    await expect(page.locator('[data-pw="font-scale"] .pw-fs-level')).toHaveText('125%');
    await expectNoAxeViolations(page, 'second article at 125%');
  });

  test('another open tab of the site follows a change', async ({ context, baseURL }) => {
    const first = await context.newPage();
    const second = await context.newPage();
    await first.goto(new URL('/demo/index.html', baseURL).href);
    await second.goto(new URL('/demo/tin-2.html', baseURL).href);
    await widgetsReady(first);
    await widgetsReady(second);
    await first.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
    await expect(second.locator('[data-pw="font-scale"] .pw-fs-level')).toHaveText('112,5%');
    await expect(second.locator('#noi-dung')).toHaveAttribute('data-pw-font-scale', '112.5');
    await expect(second.getByRole('status')).toHaveText(''); // no announcement for a change made elsewhere
  });

  test('two controls of one article, above and below it, stay in step', async ({ page }) => {
    await page.goto('/test-pages/two-controls.html');
    await widgetsReady(page);
    await page.locator('#tren').getByRole('button', { name: 'Tăng cỡ chữ' }).click();
    await expect(page.locator('#duoi .pw-fs-level')).toHaveText('112,5%');
    await page.locator('#duoi').getByRole('button', { name: 'Tăng cỡ chữ' }).click();
    await expect(page.locator('#tren .pw-fs-level')).toHaveText('125%');
    await expect(page.locator('#bai-viet')).toHaveAttribute('data-pw-font-scale', '125');
    await expect(page.locator('#duoi').getByRole('status')).toHaveText('Cỡ chữ 125%');
    // Announced once, by the control that was pressed.
    await expect(page.locator('#tren').getByRole('status')).toHaveText('Cỡ chữ 112,5%');
  });

  test('existing CMS links marked with data-pw-action become real buttons, and come back on destroy', async ({ page }) => {
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        window.__before = document.querySelector('#fs').outerHTML;
      });
    });
    await page.goto('/test-pages/link-buttons.html');
    await widgetsReady(page);
    const original = await page.evaluate(() => window.__before);
    await expect(page.locator('#fs a')).toHaveCount(0);
    await expect(page.locator('#fs button')).toHaveCount(3);
    await expect(page.locator('#fs button.cmd')).toHaveCount(3); // the page's styling stays
    await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
    await expect(page.locator('.noi-dung')).toHaveAttribute('data-pw-font-scale', '112.5');
    await page.evaluate(() => window.PortalWidgets.get(document.querySelector('#fs')).destroy());
    expect(await page.locator('#fs').evaluate((element) => element.outerHTML)).toBe(original);
    expect(await page.locator('.noi-dung').evaluate((element) => element.outerHTML)).toBe(
      '<div class="noi-dung"><p>Nội dung bài viết.</p></div>'
    );
  });

  test('destroy() restores the article and the control exactly, and the widget mounts again', async ({ page }) => {
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        window.__before = ['#fs', '#bai-viet'].map((s) => document.querySelector(s).outerHTML);
      });
    });
    await page.goto('/test-pages/created-buttons.html');
    await widgetsReady(page);
    await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
    const after = await page.evaluate(() => {
      window.PortalWidgets.get(document.querySelector('#fs')).destroy();
      return ['#fs', '#bai-viet'].map((s) => document.querySelector(s).outerHTML);
    });
    expect(after).toEqual(await page.evaluate(() => window.__before));
    expect(await page.evaluate(() => window.PortalWidgets.get(document.querySelector('#fs')))).toBeNull();
    // Clicking the removed buttons' place does nothing; mounting again restores the stored level.
    await page.evaluate(() => window.PortalWidgets.mount(document.querySelector('#fs')));
    await expect(page.locator('#fs .pw-fs-level')).toHaveText('112,5%');
  });

  test('English page gets English names and announcements', async ({ page }) => {
    await page.goto('/test-pages/english.html');
    await widgetsReady(page);
    await page.getByRole('button', { name: 'Increase text size' }).click();
    await expect(page.getByRole('status')).toHaveText('Text size 112.5%');
    await expect(page.getByRole('group', { name: 'Article text size' })).toBeVisible();
  });

  test("the reader's browser font size is respected", async ({ page }) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.enable');
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 24 } });
    await page.goto('/test-pages/created-buttons.html');
    await widgetsReady(page);
    expect(await px(page, '#doan-1')).toBe(24);
    await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
    await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
    expect(await px(page, '#doan-1')).toBe(30);
  });
});
