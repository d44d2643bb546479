// Script-bearing strings in everything a widget reads: host markup (captions,
// titles, alt, data attributes, slide texts, server-rendered numbers, button
// texts), URLs, data-pw-options and mount() options (including the UI texts
// of `strings`), named option attributes, counter responses and stored
// values. One test per payload and place; each proves that no script ran, no
// element or handler was injected, no javascript: URL was set, the text is
// shown literally where it is shown, and destroy() restores the markup.
import { test, expect, warnings, installPausedClock } from './fixtures.mjs';
import { PREFIX, PAYLOADS, URL_PAYLOADS, openHostile, expectNothingInjected, expectShown, expectDestroyRestores } from './hostile.mjs';
import { scriptCounterEndpoint, counts } from './counter-endpoint.mjs';

test.use({ reducedMotion: 'reduce' });

const P = '$PAYLOAD'; // replaced by the payload in keys and values

// ---- gallery

const galleryState = (page, selector) =>
  page.evaluate((s) => {
    const widget = PortalWidgets.get(document.querySelector(s));
    return widget ? { phase: widget.phase, moving: widget.moving, count: widget.count } : null;
  }, selector);

async function galleryAt(page, selector, phase) {
  await expect.poll(async () => {
    const state = await galleryState(page, selector);
    return state && [state.phase, state.moving];
  }).toEqual([phase, false]);
}

async function openPhoto(page, selector, index = 0) {
  await page.evaluate(({ s, i }) => PortalWidgets.get(document.querySelector(s)).open(i), { s: selector, i: index });
  await galleryAt(page, selector, 'open');
}

async function closeLightbox(page, selector) {
  await page.keyboard.press('Escape');
  await galleryAt(page, selector, 'closed');
}

// Each photo in turn, by keyboard; `check` runs on every one.
async function walkPhotos(page, selector, check = async () => {}) {
  const { count } = await galleryState(page, selector);
  if (!count) return 0;
  await openPhoto(page, selector);
  for (let n = 1; n <= count; n++) {
    await check(n);
    if (n < count) {
      await page.keyboard.press('ArrowRight');
      await galleryAt(page, selector, 'open');
    }
  }
  await closeLightbox(page, selector);
  return count;
}

const GALLERY_TEXTS = [
  ['.pw-lightbox', 'aria-label', 'Xem ảnh'],
  ['.pw-lb-close', 'aria-label', 'Đóng'],
  ['.pw-lb-close', 'title', 'Đóng'],
  ['.pw-lb-previous', 'aria-label', 'Ảnh trước'],
  ['.pw-lb-next', 'aria-label', 'Ảnh tiếp theo'],
  ['.pw-lb-zoom-in', 'aria-label', 'Phóng to'],
  ['.pw-lb-zoom-out', 'aria-label', 'Thu nhỏ'],
  ['.pw-lb-counter', null, '1 / 4'],
  ['.pw-lightbox [role="status"]', null, 'Ảnh 1 trên 4: Quang cảnh Hội nghị'],
];

// A script URL (as a browser reads it) that the gallery must refuse.
const isScriptUrl = (text) => {
  const url = text.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  return /^(javascript|vbscript|data):/i.test(url) && !/^data:image\//i.test(url);
};

// Mounts #w-api, the copy of #w that fillOptions() made, with the options
// object through the API.
async function mountCopy(page, type) {
  const mounted = await page.evaluate(async (widget) => {
    const copy = document.querySelector('#w-api');
    copy.setAttribute('data-pw', widget);
    copy.__pwBefore = copy.outerHTML;
    return window.PortalWidgets.mount(copy, window.__options).then(() => true, (error) => error.message);
  }, type);
  expect(mounted).toBe(true);
}

const gallery = {
  text: {
    options: null,
    async run(page) {
      await expectShown(page, [
        { selector: '#w img[data-src]', attr: 'alt', kind: 'wasm', trim: true }, // a bare image without alt is named by its caption
        { selector: '#w > img:last-child', attr: 'alt', kind: 'raw' },
      ]);
      const walked = await walkPhotos(page, '#w', (n) =>
        expectShown(page, [
          { selector: '.pw-lb-caption', kind: 'wasm', trim: true },
          { selector: '.pw-lightbox [role="status"]', kind: 'wasm', contains: true, trim: true },
        ]).then(() => expect(page.locator('.pw-lb-counter')).toHaveText(`${n} / 4`))
      );
      expect(walked).toBe(4);
    },
  },
  url: {
    options: null,
    async run(page, { payload }) {
      // The full photo is asked for as the pointer goes down on a thumbnail.
      await page.locator('#w img').evaluateAll((images) =>
        images.forEach((img) => img.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, isPrimary: true })))
      );
      // Items whose every source is a script URL are left to the browser.
      expect(await walkPhotos(page, '#w')).toBe(isScriptUrl(payload) ? 2 : 4);
    },
  },
  options: {
    options: {
      strings: Object.fromEntries(
        ['dialog', 'previous', 'next', 'zoomIn', 'zoomOut', 'close', 'counter', 'announcement', 'announcementWithoutCaption', 'error', 'loading', P].map((key) => [key, P])
      ),
      lang: P,
      loop: P,
      zoomMax: P,
      preload: P,
      deepLink: P,
      [P]: P,
    },
    async run(page) {
      for (const [selector, kind] of [['#w', 'option'], ['#w-api', 'json']]) {
        if (selector === '#w-api') await mountCopy(page, 'gallery');
        await openPhoto(page, selector);
        await expectShown(page, GALLERY_TEXTS.map(([s, attr, fallback]) => ({ selector: s, attr, kind, fallback })));
        await closeLightbox(page, selector);
      }
    },
  },
  attrs: {
    options: null,
    async run(page) {
      expect(await walkPhotos(page, '#w')).toBe(4);
    },
  },
};

// ---- carousel

const carouselState = (page, selector) =>
  page.evaluate((s) => {
    const widget = PortalWidgets.get(document.querySelector(s));
    return widget ? { active: widget.active, moving: widget.moving, index: widget.index } : null;
  }, selector);

async function carouselNext(page, selector) {
  await expect.poll(async () => (await carouselState(page, selector))?.active).toBe(true);
  await page.evaluate((s) => PortalWidgets.get(document.querySelector(s)).next(), selector);
  await expect.poll(async () => (await carouselState(page, selector)).moving).toBe(false);
  expect((await carouselState(page, selector)).index).toBeGreaterThan(0);
}

const carouselTexts = (root) => [
  [`${root} .pw-carousel-previous`, 'aria-label', 'Tin trước'],
  [`${root} .pw-carousel-next`, 'aria-label', 'Tin tiếp theo'],
  [`${root} li`, 'aria-label', '1 / 7'],
  [root, 'aria-roledescription', 'băng chuyền', 40],
  [`${root} li`, 'aria-roledescription', 'tin', 40],
  [`${root} .pw-carousel-pages`, 'aria-label', 'Chọn trang tin'],
  [`${root} .pw-carousel-page`, 'aria-label', 'Trang 1/3'],
  [`${root} [role="status"]`, null, 'Tin 2–4 trên 7'],
];

const carousel = {
  text: {
    options: null,
    async run(page) {
      await carouselNext(page, '#w');
      await expectShown(page, [
        { selector: '#w li span', kind: 'raw' },
        { selector: '#w li a', attr: 'title', kind: 'raw' },
        { selector: '#w li:nth-child(2) img', attr: 'alt', kind: 'raw' },
      ]);
    },
  },
  options: {
    options: {
      strings: Object.fromEntries(
        ['region', 'regionRole', 'slideRole', 'slideLabel', 'previous', 'next', 'pagination', 'pageButton', 'positionOne', 'positionRange', 'stopAutoplay', 'startAutoplay', P].map((key) => [key, P])
      ),
      lang: P,
      loop: P,
      autoplay: P,
      interval: P,
      [P]: P,
    },
    async run(page) {
      for (const [selector, kind] of [['#w', 'option'], ['#w-api', 'json']]) {
        if (selector === '#w-api') await mountCopy(page, 'carousel');
        await carouselNext(page, selector);
        await expectShown(page, carouselTexts(selector).map(([s, attr, fallback, max]) => ({ selector: s, attr, kind, fallback, max })));
      }
    },
  },
  attrs: {
    options: null,
    async run(page) {
      await carouselNext(page, '#w');
    },
  },
};

// ---- visitor counter (on a paused clock: the first request comes 15 s after mount)

async function pausedClock(page) {
  await page.addInitScript(() => {
    Math.random = () => 0.5;
    // Counted in the page as they are made: once runFor() returns, a request
    // its timers made is known, so the clock never runs on past it.
    window.__requests = 0;
    const fetch = window.fetch;
    window.fetch = function (...args) {
      if (String(args[0]).includes('/test-api/')) window.__requests++; // not the loader's .wasm
      return fetch.apply(this, args);
    };
  });
  await installPausedClock(page.context(), new Date('2022-02-18T09:30:00+07:00'));
}

async function toRequest(page, count) {
  const made = () => page.evaluate(() => window.__requests);
  for (let waited = 0; (await made()) < count && waited < 120_000; waited += 1_000) await page.clock.runFor(1_000);
  expect(await made()).toBe(count);
}

const fieldsShow = (page, online, today, total) =>
  expect(page.locator('#w [data-pw-field]')).toHaveText([online, today, total]);

const counter = {
  text: {
    options: null,
    clock: true,
    async run(page, { payload, endpoint }) {
      await expectShown(page, [{ selector: '#w [data-pw-field="online"]', kind: 'raw' }, { selector: '#w h2', kind: 'raw' }]);
      endpoint.stand(counts(9, 2452, 1121896));
      await toRequest(page, 1);
      await fieldsShow(page, '9', '2452', '1.121.896');
      await expectShown(page, [{ selector: '#w h2', kind: 'raw' }]);
    },
  },
  response: {
    options: null,
    clock: true,
    async run(page, { payload, endpoint }) {
      // Sent as JSON: a lone surrogate becomes an escape no JSON parser may
      // accept, and over 64 KB a response is refused whatever it holds.
      const refusal = payload.length > 64 * 1024 ? 'response-too-large' : payload.isWellFormed() ? null : 'bad-json';
      // A payload where a count belongs: refused, the numbers stay.
      endpoint.answer({ body: { online: payload, today: 2452, total: 1121896 } });
      await toRequest(page, 1);
      await expect.poll(() => page.evaluate(() => window.__problems)).toEqual([refusal ?? 'bad-value']);
      await fieldsShow(page, '8', '2451', '1.121.895');
      // Everywhere else (asOf, pollSeconds, an unknown key): the counts are used.
      endpoint.answer({ body: { online: 9, today: 2452, total: 1121896, asOf: payload, pollSeconds: payload, [payload]: payload } });
      await toRequest(page, 2);
      if (refusal) await expect.poll(() => page.evaluate(() => window.__problems)).toEqual([refusal, refusal]);
      else await fieldsShow(page, '9', '2452', '1.121.896');
    },
  },
  options: {
    options: {
      strings: { pause: P, resume: P, stale: P, [P]: P },
      groupSeparator: P, // endpoint is left out: given to mount(), it would win over data-pw-endpoint
      interval: P,
      timeout: P,
      map: P,
      animate: P,
      groupFromDigits: P,
      staleAfterFailures: P,
      lang: P,
      [P]: P,
    },
    async run(page) {
      for (const [selector, kind] of [['#w', 'option'], ['#w-api', 'json']]) {
        if (selector === '#w-api') await mountCopy(page, 'visitor-counter');
        const pause = `${selector} .pw-counter-pause`;
        await expectShown(page, [
          { selector: pause, attr: 'aria-label', kind, fallback: 'Tạm dừng cập nhật' },
          { selector: pause, attr: 'title', kind, fallback: 'Tạm dừng cập nhật' },
        ]);
        await page.locator(pause).click();
        await expectShown(page, [{ selector: pause, attr: 'aria-label', kind, fallback: 'Tiếp tục cập nhật' }]);
      }
    },
  },
  attrs: {
    options: null,
    clock: true,
    async run(page, { endpoint }) {
      // Whatever the endpoint became, the one request made of it runs nothing.
      await page.clock.runFor(20_000);
      expect(endpoint.log.length).toBeLessThanOrEqual(1);
    },
  },
};

// ---- font-scale

const fontScale = {
  text: {
    options: null,
    async run(page) {
      await expectShown(page, [
        { selector: '#w [data-pw-action="smaller"]', kind: 'raw' },
        { selector: '#w [data-pw-action="larger"]', kind: 'raw' },
        { selector: '#w [data-pw-action="larger"]', attr: 'aria-label', kind: 'wasm', contains: true, trim: true },
      ]);
      await page.locator('#w [data-pw-action="larger"]').click();
      await expect(page.locator('#bai-viet')).toHaveAttribute('data-pw-font-scale', '112.5');
    },
  },
  options: {
    options: {
      strings: Object.fromEntries(
        ['group', 'smaller', 'reset', 'larger', 'changed', 'atSmallest', 'atLargest', 'smallerText', 'resetText', 'largerText', P].map((key) => [key, P])
      ),
      steps: P,
      default: P,
      persist: P,
      storageKey: P, // target is left out: given to mount(), it would win over data-pw-target
      lang: P,
      [P]: P,
    },
    async run(page) {
      for (const [selector, kind] of [['#w', 'option'], ['#w-api', 'json']]) {
        if (selector === '#w-api') await mountCopy(page, 'font-scale');
        await expectShown(page, [
          { selector, attr: 'aria-label', kind, fallback: 'Cỡ chữ bài viết' },
          { selector: `${selector} [data-pw-action="reset"]`, attr: 'aria-label', kind, fallback: 'Cỡ chữ mặc định', contains: true },
        ]);
        await page.locator(`${selector} [data-pw-action="larger"]`).click();
        await expectShown(page, [{ selector: `${selector} [role="status"]`, kind, fallback: 'Cỡ chữ 112,5%' }]);
        await page.locator(`${selector} [data-pw-action="reset"]`).click();
      }
    },
  },
  attrs: {
    options: null,
    async run(page) {
      // An unusable target: not mounted, the CMS's links left as they are.
      expect(await page.evaluate(() => PortalWidgets.get(document.querySelector('#w')))).toBeNull();
      await expect(page.locator('#w a[data-pw-action]')).toHaveCount(2);
    },
  },
  stored: {
    options: null,
    async run(page) {
      await expect(page.locator('#w .pw-fs-level')).toHaveText('100%');
      await page.locator('#w [data-pw-action="larger"]').click();
      expect(await page.evaluate(() => localStorage.getItem('pw-font-scale'))).toBe('112.5');
    },
  },
};

const WIDGETS = { gallery, carousel, 'visitor-counter': counter, 'font-scale': fontScale };
const PAGES = { gallery: 'gallery.html', carousel: 'carousel.html', 'visitor-counter': 'counter.html', 'font-scale': 'font-scale.html' };

for (const [widget, sinks] of Object.entries(WIDGETS)) {
  for (const [sink, how] of Object.entries(sinks)) {
    const payloads = sink === 'url' ? { ...PAYLOADS, ...URL_PAYLOADS } : PAYLOADS;
    for (const [name, payload] of Object.entries(payloads)) {
      test(`${PREFIX} ${widget} ${sink} ← ${name}`, async ({ page, consoleMessages }) => {
        const endpoint = await scriptCounterEndpoint(page, { standing: counts(9, 2452, 1121896) });
        const dialogs = await openHostile(page, PAGES[widget], {
          payload,
          sink: sink === 'stored' ? 'none' : sink,
          options: how.options,
          before: async () => {
            await page.addInitScript(() => {
              window.__problems = [];
              document.addEventListener('pw:error', (event) => window.__problems.push(event.detail.code));
            });
            if (sink === 'stored') await page.addInitScript((value) => localStorage.setItem('pw-font-scale', value), payload);
            if (how.clock) await pausedClock(page);
          },
        });
        await how.run(page, { payload, endpoint });
        // Input that is not used is answered: a named option attribute or a
        // stored value that is not valid gets a warning.
        if (sink === 'attrs' || sink === 'stored') {
          expect(warnings(consoleMessages).filter((text) => text.startsWith(`[portal-widgets] ${widget}: `)).length).toBeGreaterThan(0);
        }
        await expectNothingInjected(page, dialogs, consoleMessages);
        await expectDestroyRestores(page, '#w');
        if (how.options) await expectDestroyRestores(page, '#w-api');
        await expectNothingInjected(page, dialogs, consoleMessages);
      });
    }
  }
}

// The probes themselves: an injection of the kind the cases look for must be
// seen, or a passing case would prove nothing.
test('probe self-check: an injected handler runs, is reported and is counted', async ({ page }) => {
  await openHostile(page, 'gallery.html');
  await page.evaluate(() => {
    document.querySelector('h1').insertAdjacentHTML('afterend', '<img src=x alt="" onerror=window.__pwned=1>');
    new Image().src = 'javascript:void 0';
  });
  await expect.poll(() => page.evaluate(() => window.__pwned)).toBe(1);
  const seen = await page.evaluate(() => {
    window.__hostileFlush();
    return { report: window.__hostile, before: window.__hostileBefore.img, after: window.__hostileCounts().img };
  });
  expect(seen.report.injected).toEqual(['<img> added', 'IMG onerror="window.__pwned=1"']);
  expect(seen.report.urls).toEqual(['IMG.src=javascript:void 0']);
  expect(seen.report.htmlSinks).toEqual(['insertAdjacentHTML']);
  expect(seen.report.violations).toContain('script-src-attr: inline');
  expect(seen.after).toBe(seen.before + 1);
  await page.evaluate(() => document.querySelector('h1 + img').remove());
});
