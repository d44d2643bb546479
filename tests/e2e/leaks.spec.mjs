// Nothing leaks: each widget is built on fresh markup, mounted, used,
// destroyed and removed 100 times, and the lightbox opens and closes 200
// times. After a warm-up (caches, compiled code, the wasm heap's first growth)
// the page is measured, then after the cycles and after as many again, each
// time after forced garbage collection: DOM nodes (attached, and all live ones, detached too),
// event listeners (through the DevTools protocol), JS heap, wasm memory,
// pending timers and frames, and Web Locks. The figures are printed and kept
// as annotations.
//
// The markup is large on purpose (50 photos with long captions, 30 news, a
// 1,500-character endpoint), so that a widget state left behind in C++ by a
// missing destroy would grow the wasm memory by megabytes, not bytes.
import { test, expect } from './fixtures.mjs';
import { openMeters, measure } from './devtools.mjs';
import { scriptCounterEndpoint, counts } from './counter-endpoint.mjs';

test.use({ reducedMotion: 'reduce' });

const CYCLES = 100;
const WARM_UP = 5;
const long = (text, length) => text.repeat(Math.ceil(length / text.length)).slice(0, length);

const MARKUP = {
  'font-scale': `<div><div data-pw="font-scale" data-pw-target="#bai-ro-ri">Xem với cỡ chữ :</div>
    <article id="bai-ro-ri">${'<p style="font-size: 12pt">Đoạn dán từ Word, <span style="font-size: 10.5pt">cỡ nhỏ hơn</span>.</p>'.repeat(20)}</article></div>`,
  gallery: `<div data-pw="gallery" data-pw-deep-link="false">${Array.from({ length: 50 }, (_, i) => {
    const n = (i % 9) + 1;
    return `<figure><a href="/photos/hoi-nghi-0${n}.jpg?anh=${i}&amp;${long('ban-dan-toc-', 80)}"><img src="/photos/hoi-nghi-0${n}-thumb.jpg" alt="Ảnh ${i + 1}" width="40" height="30"></a><figcaption>${long('Đại biểu dự Hội nghị ký kết chương trình phối hợp. ', 200)}</figcaption></figure>`;
  }).join('')}</div>`,
  carousel: `<section data-pw="carousel" aria-label="Tin thử rò rỉ"><ul>${Array.from({ length: 30 }, (_, i) =>
    `<li><a href="/test-pages/carousel-target.html#tin-${i + 1}"><span>Tin số ${i + 1}: ${long('đồng bào vùng cao đón Tết ', 120)}</span></a></li>`
  ).join('')}</ul></section>`,
  'visitor-counter': `<section data-pw="visitor-counter" data-pw-endpoint="/test-api/counter?${long('thong-ke=truy-cap&', 1500)}" aria-label="Thống kê truy cập">
    <ul><li>Online <span data-pw-field="online">8</span></li><li>Hôm nay <span data-pw-field="today">2451</span></li><li>Tổng <span data-pw-field="total">1.121.895</span></li></ul></section>`,
};

// Builds, mounts, uses, destroys and removes one widget `count` times, in the
// page. Waits are on the widget's state, frame by frame. Before it returns,
// every image of the removed markup has finished loading: an image still
// loading keeps its whole detached tree alive (250 nodes of gallery markup),
// which a slow machine would otherwise count as a leak.
function cycle(page, type, count) {
  return page.evaluate(
    async ({ type, count, markup }) => {
      const stage = document.querySelector('#san');
      const template = document.createElement('template');
      template.innerHTML = markup; // the test's own markup
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const until = async (done) => {
        for (let i = 0; i < 600 && !done(); i++) await frame();
        if (!done()) throw new Error(type + ': timed out');
      };
      const use = {
        'font-scale': async (widget, root) => root.querySelector('[data-pw-action="larger"]').click(),
        gallery: async (widget, root) => root.querySelector('img').dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, isPrimary: true })),
        carousel: async (widget) => {
          await until(() => widget.active);
          widget.next();
          await until(() => !widget.moving);
        },
        'visitor-counter': async (widget) => until(() => widget.polling),
      };
      const images = [];
      // Each mount must announce itself: the count of pw:ready seen is returned.
      let ready = 0;
      const onReady = () => ready++;
      stage.addEventListener('pw:ready', onReady);
      for (let i = 0; i < count; i++) {
        const wrapper = template.content.firstElementChild.cloneNode(true);
        images.push(...wrapper.querySelectorAll('img'));
        stage.append(wrapper);
        const root = wrapper.matches('[data-pw]') ? wrapper : wrapper.querySelector('[data-pw]');
        const widget = await window.PortalWidgets.mount(root);
        await use[type](widget, root);
        widget.destroy();
        wrapper.remove();
      }
      const settled = (img) =>
        img.complete ||
        new Promise((resolve) => {
          const done = () => {
            img.removeEventListener('load', done);
            img.removeEventListener('error', done);
            resolve();
          };
          img.addEventListener('load', done);
          img.addEventListener('error', done);
        });
      await Promise.all(images.map(settled));
      stage.removeEventListener('pw:ready', onReady);
      return ready;
    },
    { type, count, markup: MARKUP[type] }
  );
}

// Baseline, after one batch of cycles and after a second, printed and kept
// with the test's results.
function report(name, ...figures) {
  const rows = Object.keys(figures[0]).map((key) => `${key} ${figures.map((f) => f[key]).join(' → ')}`);
  test.info().annotations.push({ type: `leak figures: ${name}`, description: rows.join('; ') });
  console.log(`leak figures, ${name}: ${rows.join('; ')}`);
}

// What "back to baseline" means. Exact for what the widgets own outright;
// a little room where the engine keeps things of its own for a while.
function expectBaseline(before, after, again) {
  expect(after.elements, 'attached elements').toBe(before.elements);
  expect(after.listeners, 'listeners on window, document and nodes').toBe(before.listeners);
  expect(after.timers, 'pending timers and frames').toBe(before.timers);
  expect(after.locks, 'Web Locks held or waited for').toBe(before.locks);
  expect(after.wasmBytes, 'wasm memory').toBe(before.wasmBytes);
  expect(after.instances, 'C++ widget instances held for JS').toBe(before.instances);
  expect(after.handles, 'embind handles to JS values').toBe(before.handles);
  expect(after.nodes, 'live nodes, detached ones too').toBeLessThanOrEqual(before.nodes + 50);
  expect(after.jsListeners, 'JS listeners on any target').toBeLessThanOrEqual(before.jsListeners + 5);
  expect(after.heapBytes, 'JS heap').toBeLessThanOrEqual(before.heapBytes * 1.1 + 256 * 1024);
  // The first batch leaves V8 some compiled code and type feedback; a second
  // batch as large must add next to nothing (a leak would add as much again).
  for (const key of ['elements', 'nodes', 'listeners', 'jsListeners', 'wasmBytes', 'instances', 'handles', 'timers', 'locks']) {
    expect(again[key], `${key} after a second batch`).toBe(after[key]);
  }
  expect(again.heapBytes - after.heapBytes, 'JS heap growth over a second batch').toBeLessThanOrEqual(96 * 1024);
}

for (const type of Object.keys(MARKUP)) {
  test(`${type}: 2 × ${CYCLES} mount/use/destroy cycles on fresh markup leave nothing behind`, async ({ page }) => {
    test.setTimeout(120_000);
    await scriptCounterEndpoint(page, { standing: counts(9, 2452, 1121896) });
    const meters = await openMeters(page);
    await page.goto('/test-pages/leaks.html');
    await page.evaluate(() => window.PortalWidgets.ready);
    await cycle(page, type, WARM_UP);
    const before = await measure(page, meters);
    expect(await cycle(page, type, CYCLES)).toBe(CYCLES);
    const after = await measure(page, meters);
    expect(await cycle(page, type, CYCLES)).toBe(CYCLES);
    const again = await measure(page, meters);
    report(`${type}, ${CYCLES} + ${CYCLES} mount/destroy cycles`, before, after, again);
    expectBaseline(before, after, again);
  });
}

test('the lightbox: 2 × 200 open/close cycles leave nothing behind, and the URL is the page\'s own again', async ({ page }) => {
  test.setTimeout(120_000);
  const meters = await openMeters(page);
  await page.goto('/test-pages/gallery.html');
  await page.evaluate(() => window.PortalWidgets.ready);
  const openAndClose = (times) =>
    page.evaluate(async (count) => {
      const widget = PortalWidgets.get(document.querySelector('#hoi-nghi'));
      const link = document.querySelector('#hoi-nghi figure a');
      const until = (phase) =>
        new Promise((resolve) => {
          const check = () => (widget.phase === phase && !widget.moving ? resolve() : requestAnimationFrame(check));
          check();
        });
      // The opens and closes the gallery told the page about (pw:change).
      const seen = { opened: 0, closed: 0 };
      const onChange = (event) => (event.detail.open ? seen.opened++ : seen.closed++);
      widget.element.addEventListener('pw:change', onChange);
      for (let i = 0; i < count; i++) {
        link.click();
        await until('open');
        document.querySelector('.pw-lightbox').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
        await until('closed');
      }
      widget.element.removeEventListener('pw:change', onChange);
      return seen;
    }, times);
  // A few cycles first: what a single use leaves (cached images, nothing else).
  await openAndClose(WARM_UP);
  const before = await measure(page, meters);
  expect(await openAndClose(200)).toEqual({ opened: 200, closed: 200 });
  const after = await measure(page, meters);
  expect(await openAndClose(200)).toEqual({ opened: 200, closed: 200 });
  const again = await measure(page, meters);
  report('gallery lightbox, 200 + 200 open/close cycles', before, after, again);
  await expect(page.locator('.pw-lightbox')).toHaveCount(0);
  expectBaseline(before, after, again);
  // Each close took its history entry back off.
  await expect(page).toHaveURL(/\/test-pages\/gallery\.html$/);
});
