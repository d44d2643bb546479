// The stored text size before first paint (portal-widgets-boot.js), without a
// layout shift, and a readable article at 200% on a 320 px screen.
import { test, expect, expectNoAxeViolations, widgetsReady, warnings, holdRequests } from './fixtures.mjs';

const storeLevel = (page, value) =>
  page.addInitScript((stored) => localStorage.setItem('pw-font-scale', stored), value);

// Holds the wasm download until release() so the page can be inspected as
// the boot script left it, before the widget mounts.
const holdWasm = (page) => holdRequests(page, '**/dist/portal-widgets.wasm');

const nextFrame = (page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

async function recordLayoutShifts(page) {
  await page.addInitScript(() => {
    window.__layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

test('a stored 150% is on the article before wasm loads, and mounting shifts nothing (CLS 0)', async ({ page }) => {
  await storeLevel(page, '150');
  await recordLayoutShifts(page);
  const release = await holdWasm(page);
  await page.goto('/demo/index.html', { waitUntil: 'domcontentloaded' });
  await nextFrame(page);

  const article = page.locator('#noi-dung');
  await expect(article).toHaveAttribute('data-pw-font-scale', '150');
  const bootSizes = await page.evaluate(() =>
    [...document.querySelectorAll('#noi-dung [data-pw-inline-style]')].map((e) => e.style.fontSize)
  );
  expect(bootSizes.length).toBeGreaterThan(3); // the Word-pasted paragraphs were made relative
  const bootPx = await article.evaluate((e) => getComputedStyle(e).fontSize);
  await expect(page.locator('[data-pw="font-scale"] .pw-fs-level')).toHaveCount(0); // not mounted yet

  release();
  await widgetsReady(page);
  await nextFrame(page);
  await expect(page.locator('[data-pw="font-scale"] .pw-fs-level')).toHaveText('150%');
  // C++ recomputed every size from the original and agrees with the boot mirror.
  expect(
    await page.evaluate(() =>
      [...document.querySelectorAll('#noi-dung [data-pw-inline-style]')].map((e) => e.style.fontSize)
    )
  ).toEqual(bootSizes);
  expect(await article.evaluate((e) => getComputedStyle(e).fontSize)).toBe(bootPx);
  expect(await page.evaluate(() => window.__layoutShift)).toBe(0);
});

test('without a stored level, mounting shifts nothing either (CLS 0)', async ({ page }) => {
  await recordLayoutShifts(page);
  await page.goto('/demo/index.html');
  await widgetsReady(page);
  await nextFrame(page);
  expect(await page.evaluate(() => window.__layoutShift)).toBe(0);
});

test('200% on a 320 px screen: no horizontal scroll, line height at least 1.5', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await storeLevel(page, '200');
  await page.goto('/demo/index.html');
  await widgetsReady(page);
  await expect(page.locator('[data-pw="font-scale"] .pw-fs-level')).toHaveText('200%');
  const layout = await page.evaluate(() => {
    const lineHeights = [...document.querySelectorAll('#noi-dung p, #noi-dung span, #noi-dung td')].map((e) => {
      const style = getComputedStyle(e);
      return parseFloat(style.lineHeight) / parseFloat(style.fontSize);
    });
    return {
      scrollWidth: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
      minLineHeight: Math.min(...lineHeights),
    };
  });
  expect(layout.scrollWidth).toBeLessThanOrEqual(layout.viewport);
  expect(layout.minLineHeight).toBeGreaterThanOrEqual(1.5);
  // The wide table scrolls in its own box, so it is a keyboard stop, until it fits again.
  await expect(page.locator('#noi-dung table')).toHaveAttribute('tabindex', '0');
  await expectNoAxeViolations(page, 'demo at 200% and 320 px');
  await page.getByRole('button', { name: 'Cỡ chữ mặc định' }).click();
  await expect(page.locator('#noi-dung table')).not.toHaveAttribute('tabindex', /.*/);
});

test('storage that throws leaves the widget working for the page, with one warning', async ({ page, consoleMessages }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('/test-pages/created-buttons.html');
  await widgetsReady(page);
  await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
  await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
  await expect(page.locator('#fs .pw-fs-level')).toHaveText('125%');
  await expect(page.locator('#bai-viet')).toHaveAttribute('data-pw-font-scale', '125');
  const storageWarnings = warnings(consoleMessages).filter((text) => text.includes('storage'));
  expect(storageWarnings).toHaveLength(1);
});

// A root with only a label, the widget creating its buttons: their box is held
// from the first paint, so the article below does not move when they appear.
// Only a stored size on a page without the boot script moves text at mount:
// the article grows then, which is what the boot script is for.
for (const stored of ['', '150']) {
  for (const boot of [true, false]) {
    const cls0 = !stored || boot;
    test(`a label-only root moves nothing at mount${cls0 ? ' (CLS 0)' : ''}, ${stored ? 'with a stored ' + stored + '%' : 'with no stored size'}, ${boot ? 'with' : 'without'} the boot script`, async ({ page }) => {
      if (stored) await storeLevel(page, stored);
      await recordLayoutShifts(page);
      if (!boot) {
        await page.route('**/test-pages/created-buttons.html', async (route) => {
          const response = await route.fetch();
          const body = (await response.text()).replace('<script src="/dist/portal-widgets-boot.js"></script>', '');
          await route.fulfill({ response, body });
        });
      }
      const release = await holdWasm(page);
      await page.goto('/test-pages/created-buttons.html', { waitUntil: 'domcontentloaded' });
      await nextFrame(page);
      // The root's box, the line the buttons take (the article's own top may move
      // with a stored size: its first paragraph's margin grows with the text).
      const rootBox = () => page.locator('#fs').evaluate((e) => JSON.stringify(e.getBoundingClientRect()));
      const boxBefore = await rootBox();
      release();
      await widgetsReady(page);
      await nextFrame(page);
      await expect(page.locator('#fs button')).toHaveCount(3);
      await expect(page.locator('#fs .pw-fs-level')).toHaveText(stored ? stored + '%' : '100%');
      expect(await rootBox()).toBe(boxBefore);
      const shift = await page.evaluate(() => window.__layoutShift);
      test.info().annotations.push({ type: 'CLS', description: String(shift) });
      if (cls0) expect(shift).toBe(0);
    });
  }
}
