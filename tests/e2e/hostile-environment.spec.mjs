// A hostile environment rather than hostile text: storage that throws, images
// that all fail, and galleries and carousels of 0, 1 and 300 items. Each
// case must leave the widgets working as far as they can, with one warning
// per kind of problem and no page error.
import { test, expect, warnings, errors } from './fixtures.mjs';
import { PREFIX } from './hostile.mjs';

test.use({ reducedMotion: 'reduce' });

const pageErrors = (messages) => messages.filter((m) => m.type === 'pageerror');
const ready = (page) => page.evaluate(() => window.PortalWidgets.ready.then(() => true));

// ---- storage

const STORAGE = {
  'setItem throws QuotaExceededError': () => {
    localStorage.setItem('pw-font-scale', '125'); // read at mount, before the quota is "full"
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  },
  'getItem and setItem throw SecurityError': () => {
    for (const name of ['getItem', 'setItem', 'removeItem']) {
      Storage.prototype[name] = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
    }
  },
  'the localStorage and sessionStorage getters throw': () => {
    for (const name of ['localStorage', 'sessionStorage']) {
      Object.defineProperty(window, name, {
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
    }
  },
};

for (const [name, breakStorage] of Object.entries(STORAGE)) {
  test(`${PREFIX} storage: ${name}: text size works for the page view, both controls follow, one warning`, async ({ page, consoleMessages }) => {
    await page.addInitScript(breakStorage);
    await page.addInitScript(() => {
      window.__problems = [];
      document.addEventListener('pw:error', (event) => window.__problems.push(event.detail.code));
    });
    await page.goto('/test-pages/two-controls.html');
    await ready(page);
    const start = name.startsWith('setItem') ? '125%' : '100%';
    await expect(page.locator('#tren .pw-fs-level')).toHaveText(start);
    for (let i = 0; i < 3; i++) await page.locator('#tren').getByRole('button', { name: 'Tăng cỡ chữ' }).click();
    const level = name.startsWith('setItem') ? '200%' : '150%';
    await expect(page.locator('#tren .pw-fs-level')).toHaveText(level);
    await expect(page.locator('#duoi .pw-fs-level')).toHaveText(level); // the other control on the page follows
    await expect(page.locator('#bai-viet')).toHaveAttribute('data-pw-font-scale', level.replace('%', ''));
    expect(warnings(consoleMessages)).toEqual(['[portal-widgets] font-scale: storage is unavailable; the choice lasts for this page only']);
    expect(await page.evaluate(() => window.__problems.every((code) => code === 'storage'))).toBe(true);
    expect(errors(consoleMessages)).toEqual([]);
  });
}

test(`${PREFIX} storage: with both storages throwing, every widget of the demo mounts and works`, async ({ page, consoleMessages }) => {
  await page.addInitScript(STORAGE['the localStorage and sessionStorage getters throw']);
  await page.goto('/demo/index.html'); // with the boot script, which reads storage before first paint
  await ready(page);
  const types = await page.evaluate(() => [...document.querySelectorAll('[data-pw]')].map((e) => PortalWidgets.get(e)?.type ?? null));
  expect(types).toEqual(['visitor-counter', 'font-scale', 'gallery', 'carousel']);
  await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
  await expect(page.locator('#noi-dung')).toHaveAttribute('data-pw-font-scale', '112.5');
  await page.locator('.gallery a').first().click();
  await expect(page.getByRole('dialog', { name: 'Xem ảnh' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.locator('#cac-tin-khac').scrollIntoViewIfNeeded();
  await expect.poll(() => page.evaluate(() => PortalWidgets.get(document.querySelector('#cac-tin-khac'))?.active)).toBe(true);
  expect(warnings(consoleMessages)).toHaveLength(1);
  expect(pageErrors(consoleMessages)).toEqual([]);
});

// ---- images that fail

// The message of the slide across the middle of the screen, if shown.
const centreMessage = (page) =>
  page.evaluate(() => {
    const slide = [...document.querySelectorAll('.pw-lb-slide:not([hidden])')].find((node) => {
      const box = node.getBoundingClientRect();
      return box.left <= innerWidth / 2 && box.right >= innerWidth / 2;
    });
    const message = slide.querySelector('.pw-lb-message');
    return message.hidden ? null : message.textContent;
  });

test(`${PREFIX} images: every thumbnail and every full photo 404s; the lightbox says so on each and navigation works`, async ({ page, consoleMessages }) => {
  await page.route('**/photos/**', (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }));
  await page.goto('/test-pages/gallery.html');
  await ready(page);
  const gallery = await page.evaluate(() => PortalWidgets.get(document.querySelector('#hoi-nghi')).count);
  expect(gallery).toBe(10); // a broken thumbnail is still a photo the reader may open
  await page.locator('#hoi-nghi figure a').first().click();
  const state = () => page.evaluate(() => {
    const widget = PortalWidgets.get(document.querySelector('#hoi-nghi'));
    return [widget.phase, widget.moving];
  });
  for (let n = 1; n <= 3; n++) {
    await expect.poll(state).toEqual(['open', false]);
    await expect(page.locator('.pw-lb-counter')).toHaveText(`${n} / 10`);
    // The photo's 404 may come after the slide has settled (the code loaded on intent first).
    await expect.poll(() => centreMessage(page)).toBe('Không tải được ảnh này');
    await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('Escape');
  await expect.poll(state).toEqual(['closed', false]);
  await expect(page.locator('#hoi-nghi figure a').first()).toBeFocused();
  expect(errors(consoleMessages).filter((text) => !text.includes('404'))).toEqual([]);
  expect(warnings(consoleMessages)).toEqual([]);
});

test(`${PREFIX} images: every carousel thumbnail 404s; the cards keep their size and the carousel moves`, async ({ page, consoleMessages }) => {
  await page.route('**/photos/**', (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }));
  await page.goto('/test-pages/carousel.html');
  await ready(page);
  await expect.poll(() => page.evaluate(() => PortalWidgets.get(document.querySelector('#tin'))?.active)).toBe(true);
  await page.locator('#tin').getByRole('button', { name: 'Tin tiếp theo' }).click();
  await expect.poll(() => page.evaluate(() => PortalWidgets.get(document.querySelector('#tin')).moving)).toBe(false);
  expect(await page.evaluate(() => PortalWidgets.get(document.querySelector('#tin')).index)).toBe(1);
  expect(errors(consoleMessages).filter((text) => !text.includes('404'))).toEqual([]);
});

// ---- 0, 1 and 300 items

// Appends markup to <main> and mounts it (scrolled into view: a carousel
// mounts when first seen).
async function mountBuilt(page, html) {
  return page.evaluate(async (markup) => {
    const holder = document.createElement('div');
    holder.innerHTML = markup; // the test's own markup
    const root = holder.firstElementChild;
    document.querySelector('main').append(root);
    root.scrollIntoView();
    await PortalWidgets.mount(root);
    return root.id;
  }, html);
}

const links = (count, make) => Array.from({ length: count }, (_, i) => make(i + 1)).join('');
const photo = (n) => `<a href="/photos/hoi-nghi-0${((n - 1) % 9) + 1}.jpg"><img src="/photos/hoi-nghi-0${((n - 1) % 9) + 1}-thumb.jpg" alt="Ảnh ${n}" width="40" height="30"></a>`;
const news = (n) => `<li><a href="/test-pages/carousel-target.html#tin-${n}"><span>Tin số ${n}</span></a></li>`;

test(`${PREFIX} sizes: galleries with no photo mount quietly and never open`, async ({ page, consoleMessages }) => {
  await page.goto('/test-pages/gallery.html');
  await ready(page);
  for (const html of [
    '<div id="rong" data-pw="gallery"></div>',
    '<div id="chi-lien-ket" data-pw="gallery"><a href="/test-pages/carousel-target.html">Một bài viết</a> <a href="javascript:void 0">Không phải ảnh</a></div>',
  ]) {
    const id = await mountBuilt(page, html);
    const result = await page.evaluate((s) => {
      const widget = PortalWidgets.get(document.getElementById(s));
      widget.open(0);
      widget.open(5);
      return { count: widget.count, phase: widget.phase, index: widget.index };
    }, id);
    expect(result).toEqual({ count: 0, phase: 'closed', index: -1 });
    await expect(page.locator('.pw-lightbox')).toHaveCount(0);
  }
  expect(warnings(consoleMessages)).toEqual([]);
  expect(pageErrors(consoleMessages)).toEqual([]);
});

test(`${PREFIX} sizes: a carousel of one item has no controls and nowhere to go, looped or not`, async ({ page, consoleMessages }) => {
  await page.goto('/test-pages/carousel.html');
  await ready(page);
  for (const loop of ['', ' data-pw-loop']) {
    const id = await mountBuilt(page, `<section id="mot${loop ? '-vong' : ''}" data-pw="carousel"${loop} aria-label="Một tin${loop ? ', vòng' : ''}"><ul>${news(1)}</ul></section>`);
    const root = page.locator('#' + id);
    await expect.poll(() => page.evaluate((s) => PortalWidgets.get(document.getElementById(s)).active, id)).toBe(true);
    await expect(root.locator('.pw-carousel-controls')).toBeHidden();
    await root.getByRole('link').focus();
    for (const key of ['ArrowRight', 'End', 'ArrowLeft', 'Home']) await page.keyboard.press(key);
    await page.evaluate((s) => PortalWidgets.get(document.getElementById(s)).next(), id);
    expect(await page.evaluate((s) => PortalWidgets.get(document.getElementById(s)).index, id)).toBe(0);
    await expect(root.locator('li[inert]')).toHaveCount(0);
  }
  expect(pageErrors(consoleMessages)).toEqual([]);
});

test(`${PREFIX} sizes: a looped carousel of 300 items reaches the end and goes round`, async ({ page, consoleMessages }) => {
  await page.goto('/test-pages/carousel.html');
  await ready(page);
  const id = await mountBuilt(page, `<section id="ba-tram" data-pw="carousel" data-pw-loop aria-label="Ba trăm tin"><ul>${links(300, news)}</ul></section>`);
  const status = () => page.evaluate((s) => {
    const widget = PortalWidgets.get(document.getElementById(s));
    return { active: widget.active, moving: widget.moving, index: widget.index, pages: widget.pageCount };
  }, id);
  await expect.poll(async () => (await status()).active).toBe(true);
  const root = page.locator('#' + id);
  await expect(root.locator('.pw-carousel-page')).toHaveCount(0); // no wall of 100 page buttons
  expect(await root.locator('li[inert]').count()).toBe(297);
  await root.getByRole('button', { name: 'Tin tiếp theo' }).focus();
  await page.keyboard.press('End');
  await expect.poll(async () => (await status()).moving).toBe(false);
  expect((await status()).index).toBe(299);
  await root.getByRole('button', { name: 'Tin tiếp theo' }).click();
  await expect.poll(async () => (await status()).moving).toBe(false);
  expect((await status()).index).toBe(0); // round to the start
  expect(pageErrors(consoleMessages)).toEqual([]);
});

test(`${PREFIX} sizes: a looped gallery of 300 photos goes round from the last to the first`, async ({ page, consoleMessages }) => {
  await page.goto('/test-pages/gallery.html');
  await ready(page);
  const id = await mountBuilt(page, `<div id="ba-tram" data-pw="gallery" data-pw-loop data-pw-deep-link="false">${links(300, photo)}</div>`);
  const state = () => page.evaluate((s) => {
    const widget = PortalWidgets.get(document.getElementById(s));
    return [widget.phase, widget.moving];
  }, id);
  await page.evaluate((s) => PortalWidgets.get(document.getElementById(s)).open(299), id);
  await expect.poll(state).toEqual(['open', false]);
  await expect(page.locator('.pw-lb-counter')).toHaveText('300 / 300');
  await page.keyboard.press('ArrowRight');
  await expect.poll(state).toEqual(['open', false]);
  await expect(page.locator('.pw-lb-counter')).toHaveText('1 / 300');
  await expect(page.locator('.pw-lb-slide')).toHaveCount(3);
  await page.keyboard.press('Escape');
  await expect.poll(state).toEqual(['closed', false]);
  expect(pageErrors(consoleMessages)).toEqual([]);
});
