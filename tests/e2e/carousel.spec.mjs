// The related-news carousel in Chromium, on a 960 px column where three cards
// fill a view (tests/e2e/pages/carousel.html). Animations are waited for
// through the instance's `moving` flag; the autoplay tests own a paused fake
// clock and move it with runFor().
import { test, expect, expectNoAxeViolations, installPausedClock } from './fixtures.mjs';

const PAGE = '/test-pages/carousel.html';

async function open(page, selector = '#tin') {
  await page.goto(PAGE);
  await page.evaluate(() => window.PortalWidgets.ready.then(() => true));
  await page.locator(selector).scrollIntoViewIfNeeded();
  await waitActive(page, selector);
}

async function waitActive(page, selector) {
  await expect.poll(() => page.evaluate((s) => PortalWidgets.get(document.querySelector(s))?.active === true, selector)).toBe(true);
}

const state = (page, selector = '#tin') =>
  page.evaluate((s) => {
    const instance = PortalWidgets.get(document.querySelector(s));
    return { index: instance.index, page: instance.page, pages: instance.pageCount, moving: instance.moving };
  }, selector);

async function settle(page, selector = '#tin') {
  await expect.poll(async () => (await state(page, selector)).moving).toBe(false);
}

// Per slide: 1 when inert.
const inertMap = (page, selector = '#tin') =>
  page.locator(selector + ' li').evaluateAll((slides) => slides.map((li) => (li.inert ? 1 : 0)).join(''));

// Slides whose box is within the list's box (what the reader sees), left to right.
const shown = (page, selector = '#tin') =>
  page.locator(selector).evaluate((root) => {
    const view = root.querySelector('ul').getBoundingClientRect();
    return [...root.querySelectorAll('li')]
      .map((li, i) => [li.getBoundingClientRect(), i + 1])
      .filter(([box]) => box.left >= view.left - 1 && box.right <= view.right + 1)
      .sort(([a], [b]) => (getComputedStyle(root).direction === 'rtl' ? b.left - a.left : a.left - b.left))
      .map(([, n]) => n);
  });

function recordChanges(page) {
  return page.addInitScript(() => {
    window.__changes = [];
    document.addEventListener('pw:change', (event) => window.__changes.push({ id: event.target.id, ...event.detail }));
  });
}

test('mounts as a WAI-ARIA carousel: region, labelled slides, buttons, off-screen slides inert', async ({ page, consoleMessages }) => {
  await open(page);
  const root = page.locator('#tin');
  await expect(root).toHaveAttribute('role', 'region');
  await expect(root).toHaveAttribute('aria-roledescription', 'băng chuyền');
  await expect(page.getByRole('region', { name: 'Các tin khác' })).toHaveCount(1);
  const slides = root.locator('li');
  await expect(slides).toHaveCount(9); // no clones
  await expect(root.getByRole('list')).toHaveCount(1); // still a list: "list, 9 items"
  // Mounted, the list only clips: a scroll container with mandatory snapping
  // would be re-snapped by the browser under the transforms.
  expect(await root.locator('ul').evaluate((list) => {
    const style = getComputedStyle(list);
    return [style.overflowX, style.scrollSnapType];
  })).toEqual(['clip', 'none']);
  await expect(slides.nth(2)).toHaveAttribute('aria-roledescription', 'tin');
  await expect(slides.nth(2)).toHaveAttribute('aria-label', '3 / 9');
  expect(await inertMap(page)).toBe('000111111');
  expect(await shown(page)).toEqual([1, 2, 3]);
  await expect(root.getByRole('button', { name: 'Tin trước' })).toHaveAttribute('aria-disabled', 'true');
  await expect(root.getByRole('button', { name: 'Tin tiếp theo' })).toHaveAttribute('aria-disabled', 'false');
  await expect(root.getByRole('group', { name: 'Chọn trang tin' }).getByRole('button')).toHaveText(['1', '2', '3']);
  await expect(root.getByRole('button', { name: 'Trang 1/3' })).toHaveAttribute('aria-current', 'true');
  // A title holding markup is the host's text and stays text.
  await expect(slides.first().locator('span')).toHaveText('<img src=x onerror=alert(1)> <b>Tin đậm</b>');
  await expect(slides.first().locator('b')).toHaveCount(0);
  // The next page's thumbnails are fetched ahead; the rest load when seen.
  await expect(root.locator('li img[loading="lazy"]')).toHaveCount(5);
  await expect(root.locator('li:is(:nth-child(4), :nth-child(5), :nth-child(6)) img[loading="eager"]')).toHaveCount(3);
  expect(consoleMessages.filter((m) => m.type !== 'log')).toEqual([]);
  await expectNoAxeViolations(page, 'the mounted carousel');
});

test('next, previous and page buttons move, announce politely and report pw:change', async ({ page }) => {
  await recordChanges(page);
  await open(page);
  const root = page.locator('#tin');
  await root.getByRole('button', { name: 'Tin tiếp theo' }).click();
  await settle(page);
  expect(await shown(page)).toEqual([2, 3, 4]);
  expect(await inertMap(page)).toBe('100011111');
  await expect(root.locator('[role="status"]')).toHaveText('Tin 2–4 trên 9');
  await expect(root.locator('[role="status"]')).toHaveAttribute('aria-live', 'polite');
  await root.getByRole('button', { name: 'Trang 3/3' }).click();
  await settle(page);
  expect(await shown(page)).toEqual([7, 8, 9]);
  await expect(root.getByRole('button', { name: 'Trang 3/3' })).toHaveAttribute('aria-current', 'true');
  await expect(root.getByRole('button', { name: 'Tin tiếp theo' })).toHaveAttribute('aria-disabled', 'true');
  await root.getByRole('button', { name: 'Tin tiếp theo' }).press('Enter'); // disabled at the end
  await root.getByRole('button', { name: 'Tin trước' }).click();
  await settle(page);
  expect(await shown(page)).toEqual([6, 7, 8]);
  const changes = await page.evaluate(() => window.__changes.filter((c) => c.id === 'tin'));
  expect(changes.map((c) => c.index)).toEqual([1, 6, 5]);
  expect(changes[0]).toMatchObject({ page: 0, pageCount: 3, wrap: null, loop: 'off' });
  await expectNoAxeViolations(page, 'the carousel at its end');
});

test('mashed clicks during an animation queue up instead of jumping back', async ({ page }) => {
  await open(page);
  const next = page.locator('#tin').getByRole('button', { name: 'Tin tiếp theo' });
  for (let i = 0; i < 4; i++) await next.click({ delay: 0 });
  await settle(page);
  expect((await state(page)).index).toBe(4);
  expect(await shown(page)).toEqual([5, 6, 7]);
});

test('keys with a modifier held, or typed into a field in a slide, stay the page’s', async ({ page }) => {
  await open(page);
  const next = page.locator('#tin').getByRole('button', { name: 'Tin tiếp theo' });
  await next.focus();
  for (const key of ['Shift+ArrowRight', 'Alt+ArrowRight', 'Control+End', 'Meta+End']) {
    await page.keyboard.press(key);
    expect((await state(page)).index, key).toBe(0);
  }
  // A search box inside a card: the arrow moves its caret, not the carousel.
  await page.locator('#tin li').first().evaluate((li) => li.append(Object.assign(document.createElement('input'), { value: 'tìm' })));
  await page.locator('#tin li input').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('End');
  expect((await state(page)).index).toBe(0);
  // A plain arrow on the controls still moves it.
  await next.focus();
  await page.keyboard.press('ArrowRight');
  await settle(page);
  expect((await state(page)).index).toBe(1);
});

test('keyboard acts only on the focused carousel; arrows carry focus slide by slide', async ({ page }) => {
  await open(page);
  await page.keyboard.press('ArrowRight'); // focus on the page, not a carousel
  expect((await state(page)).index).toBe(0);
  await page.locator('#tin').getByRole('button', { name: 'Tin tiếp theo' }).focus();
  await page.keyboard.press('ArrowRight');
  await settle(page);
  expect((await state(page)).index).toBe(1);
  expect((await state(page, '#vong')).index).toBe(0);
  await page.keyboard.press('Home');
  await settle(page);
  expect((await state(page)).index).toBe(0);
  // From a link: focus moves to the next card's link and the view follows.
  await page.locator('#tin li').nth(2).getByRole('link').focus();
  await page.keyboard.press('ArrowRight');
  await settle(page);
  await expect(page.locator('#tin li').nth(3).getByRole('link')).toBeFocused();
  expect(await shown(page)).toEqual([2, 3, 4]);
  await page.keyboard.press('End');
  await settle(page);
  await expect(page.locator('#tin li').nth(8).getByRole('link')).toBeFocused();
  expect(await shown(page)).toEqual([7, 8, 9]);
});

test('Tab never lands in a hidden slide, and a focused partly shown slide comes into view', async ({ page }) => {
  await page.setViewportSize({ width: 1100, height: 900 });
  await open(page);
  await page.locator('#tin-tieu-de').click(); // start just before the carousel's controls
  const visited = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const active = document.activeElement;
      const slide = active.closest('#tin li');
      return { inTin: !!active.closest('#tin'), slide: slide ? [...slide.parentElement.children].indexOf(slide) + 1 : 0, inert: !!(slide && slide.inert) };
    });
    if (!where.inTin) break;
    visited.push(where);
  }
  const slidesVisited = visited.filter((v) => v.slide).map((v) => v.slide);
  expect(slidesVisited).toEqual([1, 2, 3]); // then Tab leaves the carousel
  expect(visited.every((v) => !v.inert)).toBe(true);
  // A partly visible slide (300 px cards in a 700 px column: 2.3 a view) comes into view when focused.
  await page.locator('main').evaluate((main) => {
    main.style.width = '700px';
    for (const li of main.querySelectorAll('#tin li')) li.style.flexBasis = '300px';
  });
  await expect.poll(() => inertMap(page)).toBe('000111111');
  await page.locator('#tin li').nth(2).getByRole('link').focus();
  await settle(page);
  expect(await shown(page)).toContain(3);
});

test('mouse drag moves the cards and never follows the link; a click does', async ({ page }) => {
  await open(page);
  const card = await page.locator('#tin li').nth(1).boundingBox();
  const y = card.y + 60;
  await page.mouse.move(card.x + 250, y);
  await page.mouse.down();
  await page.mouse.move(card.x + 150, y, { steps: 5 });
  await page.mouse.move(card.x - 100, y, { steps: 5 });
  await page.mouse.up();
  await settle(page);
  expect(page.url()).toContain(PAGE);
  expect((await state(page)).index).toBeGreaterThanOrEqual(1);
  const index = (await state(page)).index;
  const first = (await shown(page))[0];
  expect(first).toBe(index + 1);
  await page.locator('#tin li').nth(first - 1).getByRole('link').click();
  await expect(page).toHaveURL(/carousel-target\.html#tin-/);
});

// Touch through the DevTools protocol: real touch events, which Chromium
// turns into pointer events and, for a vertical pan, into page scrolling.
async function swipe(cdp, from, to, steps = 12) {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
  for (let i = 1; i <= steps; i++) {
    const point = { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test.describe('touch', () => {
  test.use({ hasTouch: true });

  test('a horizontal swipe changes cards, a vertical one scrolls the page, a tap opens the link', async ({ page }) => {
    await open(page);
    const cdp = await page.context().newCDPSession(page);
    const box = await page.locator('#tin ul').boundingBox();
    const y = box.y + 80;
    await swipe(cdp, { x: box.x + 700, y }, { x: box.x + 300, y });
    await settle(page);
    const indexAfterSwipe = (await state(page)).index;
    expect(indexAfterSwipe).toBeGreaterThanOrEqual(1);
    expect(page.url()).toContain(PAGE);

    const scrollBefore = await page.evaluate(() => scrollY);
    await swipe(cdp, { x: box.x + 500, y: y + 100 }, { x: box.x + 510, y: y - 200 });
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scrollBefore + 100);
    await settle(page);
    expect((await state(page)).index).toBe(indexAfterSwipe);

    // Once the fling has stopped, tap a link.
    const scrollMoved = () =>
      page.evaluate(() => new Promise((resolve) => {
        const before = scrollY;
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(scrollY !== before)));
      }));
    await expect.poll(scrollMoved).toBe(false);
    await page.locator('#tin').scrollIntoViewIfNeeded();
    const link = await page.locator('#tin li').nth(indexAfterSwipe).getByRole('link').boundingBox();
    const tap = { x: link.x + 40, y: link.y + 40 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [tap] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect(page).toHaveURL(new RegExp('carousel-target\\.html#tin-' + (indexAfterSwipe + 1) + '$'));
  });

  test('a second finger mid-swipe ends the drag on a card, never between two', async ({ page }) => {
    await open(page);
    const cdp = await page.context().newCDPSession(page);
    const box = await page.locator('#tin ul').boundingBox();
    const y = box.y + 80;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: box.x + 700, y, id: 0 }] });
    for (let x = 690; x >= 520; x -= 10) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: box.x + x, y, id: 0 }] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: box.x + 520, y, id: 0 }, { x: box.x + 200, y, id: 1 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await settle(page);
    const first = (await shown(page))[0];
    expect(first).toBe((await state(page)).index + 1);
    expect(page.url()).toContain(PAGE);
  });
});

test('loop goes round without clones and says so in pw:change', async ({ page }) => {
  await recordChanges(page);
  await open(page, '#vong');
  const root = page.locator('#vong');
  await expect(root.getByRole('button', { name: 'Tin trước' })).toHaveAttribute('aria-disabled', 'false');
  await root.getByRole('button', { name: 'Tin trước' }).click();
  await settle(page, '#vong');
  expect(await shown(page, '#vong')).toEqual([9, 1, 2]);
  await expect(root.locator('li')).toHaveCount(9);
  const changes = await page.evaluate(() => window.__changes.filter((c) => c.id === 'vong'));
  expect(changes).toEqual([expect.objectContaining({ index: 8, wrap: 'loop', loop: 'seamless' })]);
  await root.getByRole('button', { name: 'Tin tiếp theo' }).click();
  await settle(page, '#vong');
  expect(await shown(page, '#vong')).toEqual([1, 2, 3]);
});

test('right-to-left: next moves the other way and the arrow keys are mirrored', async ({ page }) => {
  await open(page, '#phai-sang-trai');
  const root = page.locator('#phai-sang-trai');
  const before = await root.locator('li').nth(1).boundingBox();
  await root.getByRole('button', { name: 'Tin tiếp theo' }).click();
  await settle(page, '#phai-sang-trai');
  const after = await root.locator('li').nth(1).boundingBox();
  expect(after.x).toBeGreaterThan(before.x + 200); // content moves right in RTL
  await root.getByRole('button', { name: 'Tin tiếp theo' }).focus();
  await page.keyboard.press('ArrowLeft'); // "forward" in RTL
  await settle(page, '#phai-sang-trai');
  expect((await state(page, '#phai-sang-trai')).index).toBe(2);
});

test('a carousel in a hidden container mounts when shown and measures right', async ({ page }) => {
  await open(page);
  expect(await page.evaluate(() => PortalWidgets.get(document.querySelector('#trong-the-an'))?.active)).toBe(false);
  await page.locator('#the-an').evaluate((box) => (box.hidden = false));
  await page.locator('#trong-the-an').scrollIntoViewIfNeeded();
  await waitActive(page, '#trong-the-an');
  expect((await state(page, '#trong-the-an')).pages).toBe(2);
  expect(await inertMap(page, '#trong-the-an')).toBe('000111');
});

test('0, 2 and 200 items: nothing breaks, no wall of page buttons, Tab stays in view', async ({ page, consoleMessages }) => {
  await open(page, '#rong');
  await expect(page.locator('#rong .pw-carousel-controls')).toBeHidden();
  await page.locator('#it').scrollIntoViewIfNeeded();
  await waitActive(page, '#it');
  await expect(page.locator('#it .pw-carousel-controls')).toBeHidden(); // both fit: nowhere to go
  expect(await inertMap(page, '#it')).toBe('00');
  await page.locator('#hai-tram').scrollIntoViewIfNeeded();
  await waitActive(page, '#hai-tram');
  const root = page.locator('#hai-tram');
  await expect(root.locator('.pw-carousel-page')).toHaveCount(0);
  expect(await root.locator('li[inert]').count()).toBe(197);
  await root.getByRole('button', { name: 'Tin tiếp theo' }).focus();
  await page.keyboard.press('End');
  await settle(page, '#hai-tram');
  expect(await shown(page, '#hai-tram')).toEqual([198, 199, 200]);
  expect(consoleMessages.filter((m) => m.type === 'error' || m.type === 'pageerror')).toEqual([]);
});

test('destroy() puts the host markup back exactly', async ({ page }) => {
  await open(page);
  const original = await page.evaluate(async () => {
    const source = await (await fetch(location.href)).text();
    return new DOMParser().parseFromString(source, 'text/html').querySelector('#tin').outerHTML;
  });
  await page.locator('#tin').getByRole('button', { name: 'Tin tiếp theo' }).click();
  await settle(page);
  await page.evaluate(() => PortalWidgets.get(document.querySelector('#tin')).destroy());
  expect(await page.locator('#tin').evaluate((root) => root.outerHTML)).toBe(original);
});

test('on a 360 px phone the demo shows one card with previous and next in reach', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/demo/index.html');
  await page.evaluate(() => window.PortalWidgets.ready.then(() => true));
  await page.locator('#cac-tin-khac').scrollIntoViewIfNeeded();
  await waitActive(page, '#cac-tin-khac');
  const root = page.locator('#cac-tin-khac');
  for (const name of ['Tin trước', 'Tin tiếp theo']) await expect(root.getByRole('button', { name })).toBeInViewport({ ratio: 1 });
  expect(await root.locator('.pw-carousel-controls').evaluate((row) => row.scrollWidth <= row.clientWidth)).toBe(true);
  expect(await shown(page, '#cac-tin-khac')).toEqual([1]);
  await root.getByRole('button', { name: 'Tin tiếp theo' }).click();
  await settle(page, '#cac-tin-khac');
  expect(await shown(page, '#cac-tin-khac')).toEqual([2]);
});

test('mounting shifts nothing on the page (CLS 0)', async ({ page }) => {
  await page.addInitScript(() => {
    window.__layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const below = async () => (await page.locator('#sau-bang-chuyen').boundingBox()).y;
  await page.goto(PAGE);
  await page.evaluate(() => window.PortalWidgets.ready.then(() => true));
  await waitActive(page, '#tin');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(await page.evaluate(() => window.__layoutShift)).toBe(0);
  // And the paragraph under the carousel is where the stylesheet put it before mount.
  const mounted = await below();
  await page.evaluate(() => PortalWidgets.get(document.querySelector('#tin')).destroy());
  expect(await below()).toBe(mounted);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the list is a plain scrollable row of links that snaps to each card', async ({ page }) => {
    await page.goto(PAGE);
    const list = page.locator('#tin ul');
    const layout = await list.evaluate((ul) => ({
      overflow: getComputedStyle(ul).overflowX,
      snap: getComputedStyle(ul).scrollSnapType,
      scrolls: ul.scrollWidth > ul.clientWidth,
    }));
    expect(layout).toEqual({ overflow: 'auto', snap: 'x mandatory', scrolls: true });
    await list.evaluate((ul) => ul.scrollBy(2000, 0));
    await expect(page.locator('#tin li').nth(8).getByRole('link')).toBeInViewport();
    await page.locator('#tin li').nth(8).getByRole('link').click();
    await expect(page).toHaveURL(/carousel-target\.html#tin-9$/);
  });
});

test.describe('autoplay', () => {
  test.beforeEach(async ({ context }) => {
    await installPausedClock(context, new Date('2022-02-18T09:30:00+07:00'));
  });

  const autoplay = '#tu-chay';
  const index = async (page) => (await state(page, autoplay)).index;

  async function openAutoplay(page) {
    await page.goto(PAGE);
    await page.evaluate(() => window.PortalWidgets.ready.then(() => true));
    await page.locator(autoplay).scrollIntoViewIfNeeded();
    await waitActive(page, autoplay);
  }

  test('rotates every interval with announcements off, pauses on hover, and its button is first', async ({ page }) => {
    await openAutoplay(page);
    const root = page.locator(autoplay);
    const button = root.getByRole('button', { name: 'Dừng tự chuyển tin' });
    await expect(button).toBeVisible();
    expect(await root.evaluate((r) => r.querySelector('button, a[href]').getAttribute('aria-label'))).toBe('Dừng tự chuyển tin');
    await expect(root.locator('[role="status"]')).toHaveAttribute('aria-live', 'off');
    await page.clock.runFor(4_000);
    await page.clock.runFor(1_000); // the move's frames
    expect(await index(page)).toBe(1);
    await expect(root.locator('[role="status"]')).toHaveText('');
    const box = await root.locator('ul').boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2); // hover pauses
    await page.clock.runFor(10_000);
    expect(await index(page)).toBe(1);
    await page.mouse.move(5, 5); // leaving resumes
    await page.clock.runFor(5_000);
    expect(await index(page)).toBe(2);
    await button.click(); // pause (a mouse press does not focus, so it pauses, not toggles twice)
    await expect(root.getByRole('button', { name: 'Bật tự chuyển tin' })).toBeVisible();
    await page.mouse.move(5, 5);
    await page.clock.runFor(20_000);
    expect(await index(page)).toBe(2);
    await expectNoAxeViolations(page, 'the paused autoplay carousel');
  });

  test('focus inside stops it for good; only the play button restarts it', async ({ page }) => {
    await openAutoplay(page);
    const root = page.locator(autoplay);
    await root.locator('li').first().getByRole('link').focus();
    await page.locator('#sau-bang-chuyen').evaluate(() => document.activeElement.blur());
    await page.clock.runFor(20_000);
    expect(await index(page)).toBe(0);
    await expect(root.locator('[role="status"]')).toHaveAttribute('aria-live', 'polite');
    await root.getByRole('button', { name: 'Bật tự chuyển tin' }).press('Enter');
    await page.clock.runFor(5_000);
    expect(await index(page)).toBe(1);
  });

  test('never moves by itself under prefers-reduced-motion, or when off screen', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openAutoplay(page);
    await expect(page.locator(autoplay).getByRole('button', { name: 'Bật tự chuyển tin' })).toBeVisible();
    await page.clock.runFor(20_000);
    expect(await index(page)).toBe(0);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight)); // off screen
    await page.locator(autoplay).evaluate((root) => new Promise((resolve) => new IntersectionObserver((entries, observer) => {
      observer.disconnect();
      resolve(entries[0].isIntersecting);
    }).observe(root)));
    await page.clock.runFor(20_000);
    expect(await index(page)).toBe(0);
  });
});
