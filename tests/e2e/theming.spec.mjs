// Theming: the documented custom properties reach every control the bundle
// draws; light or dark, the controls keep their contrast; a host's generic element rules do
// not fight ours; forced colours keep the controls visible.
import { test, expect, expectNoAxeViolations, widgetsReady } from './fixtures.mjs';

const DEMO = '/demo/index.html';
const nextNews = (page) => page.locator('.pw-carousel-next');

const styleOf = (locator, properties) =>
  locator.evaluate((node, names) => {
    const style = getComputedStyle(node);
    return Object.fromEntries(names.map((name) => [name, style.getPropertyValue(name)]));
  }, properties);

// WCAG contrast ratio of two computed rgb() colours.
function contrast(a, b) {
  const luminance = (rgb) => {
    const [r, g, b] = rgb.match(/\d+/g).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

async function openDemo(page) {
  await page.goto(DEMO);
  await widgetsReady(page);
  // The carousel mounts once it comes into view.
  await page.locator('[data-pw="carousel"]').scrollIntoViewIfNeeded();
  await expect(nextNews(page)).toBeVisible();
}

test('defaults, then the dark controls of a dark design, through the custom properties', async ({ page }) => {
  await openDemo(page);
  expect(await styleOf(nextNews(page), ['border-top-left-radius', 'color', 'background-color'])).toEqual({
    'border-top-left-radius': '4px',
    color: 'rgb(26, 77, 143)',
    'background-color': 'rgb(255, 255, 255)',
  });
  await page.addStyleTag({
    content: `:root { --pw-radius: 0px; --pw-control-color: #f5f5f5; --pw-control-background: #1e1e1e;
      --pw-control-border: #f5f5f5; --pw-font: Georgia, serif; --pw-space: 0.75rem;
      --pw-focus-color: #ffffff; --pw-focus-halo: #ff7a00; --pw-focus-width: 4px; }`,
  });
  expect(await styleOf(nextNews(page), ['border-top-left-radius', 'color', 'background-color', 'font-family'])).toEqual({
    'border-top-left-radius': '0px',
    color: 'rgb(245, 245, 245)',
    'background-color': 'rgb(30, 30, 30)',
    'font-family': 'Georgia, serif',
  });
  expect((await styleOf(page.locator('.pw-carousel-controls'), ['column-gap']))['column-gap']).toBe('12px');
  const pause = page.locator('.pw-counter-pause');
  expect((await styleOf(pause, ['background-color']))['background-color']).toBe('rgb(30, 30, 30)');
  // Keyboard focus: the themed ring, a line inside a halo.
  await nextNews(page).focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  expect(await styleOf(nextNews(page), ['outline-style', 'outline-width', 'outline-color', 'box-shadow'])).toEqual({
    'outline-style': 'solid',
    'outline-width': '4px',
    'outline-color': 'rgb(255, 255, 255)',
    'box-shadow': 'rgb(255, 122, 0) 0px 0px 0px 6px',
  });
  // The controls carry their own contrast (WCAG AA, 4.5:1), whatever the host.
  for (const control of [nextNews(page), pause]) {
    const { color, 'background-color': background } = await styleOf(control, ['color', 'background-color']);
    expect(contrast(color, background)).toBeGreaterThanOrEqual(4.5);
  }
});

test("a host's generic rules for buttons do not override the bundle's controls", async ({ page }) => {
  await openDemo(page);
  await page.addStyleTag({ content: 'button { background: red; border-radius: 20px; font-family: monospace; }' });
  expect(await styleOf(nextNews(page), ['background-color', 'border-top-left-radius'])).toEqual({
    'background-color': 'rgb(255, 255, 255)',
    'border-top-left-radius': '4px',
  });
  // And one class of the host's own is enough to restyle them, no !important.
  await page.addStyleTag({ content: '.tin-khac .pw-carousel-next { background: rgb(0, 128, 0); }' });
  await page.evaluate(() => document.querySelector('.pw-carousel-next').closest('[data-pw="carousel"]').classList.add('tin-khac'));
  expect((await styleOf(nextNews(page), ['background-color']))['background-color']).toBe('rgb(0, 128, 0)');
});

test('in forced colours the controls keep system colours and a visible border', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await openDemo(page);
  const { 'border-top-style': style, 'border-top-color': colour } = await styleOf(nextNews(page), ['border-top-style', 'border-top-color']);
  expect(style).toBe('solid');
  expect(colour).not.toBe('rgba(0, 0, 0, 0)');
  await page.locator('[data-pw="gallery"] a').first().click();
  const close = page.getByRole('button', { name: 'Đóng' });
  await expect(close).toBeFocused();
  // The lightbox's buttons have a transparent border normally; here ButtonText.
  expect((await styleOf(close, ['border-top-color']))['border-top-color']).not.toBe('rgba(0, 0, 0, 0)');
  await expectNoAxeViolations(page, 'the lightbox in forced colours');
});
