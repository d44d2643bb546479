// Lightbox, CPU throttled: a click on the first thumbnail until the first frame
// that shows the lightbox, and until the first frame that shows the opened
// photo at full size; then the frame intervals during a swipe to the next
// photo and during a pinch zoom, each until the lightbox has settled.
import { RUNS } from '../lib/config.mjs';
import { afterNextFrame, gotoReady, installProbes, openPage } from '../lib/browser.mjs';
import { pinch, swipe } from '../lib/input.mjs';
import { frameStats } from '../lib/stats.mjs';

const THUMB = '.gallery figure:first-child img';
const FULL = '/photos/hoi-nghi-01.jpg';

// Arms two watches on the next click, in the page: any image of the lightbox
// on screen, and the full-size photo on screen.
function armOpeningWatches([root, full]) {
  const visible = (img) =>
    img.isConnected && img.complete && img.naturalWidth > 0 && img.getClientRects().length > 0 &&
    getComputedStyle(img).visibility !== 'hidden';
  const images = () => [...document.querySelectorAll(root + ' img')].filter(visible);
  window.__opening = Promise.all([
    window.__bench.watch('click', () => images().length > 0),
    window.__bench.watch('click', () => images().some((img) => new URL(img.currentSrc || img.src).pathname === full)),
  ]);
}

async function oneRun(browser, server, side) {
  const { page, cdp, close } = await openPage(browser, { throttle: true });
  try {
    await gotoReady(page, server.url + 'bench-pages/' + side.page);
    const thumb = page.locator(THUMB);
    await thumb.scrollIntoViewIfNeeded();
    await thumb.evaluate((img) => (img.complete ? null : new Promise((resolve) => img.addEventListener('load', resolve, { once: true }))));
    await installProbes(page);
    await afterNextFrame(page);

    await page.evaluate(armOpeningWatches, [side.lightbox, FULL]);
    const box = await thumb.boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const [shown, full] = await page.evaluate(() => window.__opening);
    await page.evaluate((root) => window.__bench.settled(root), side.lightbox);

    const { width, height } = page.viewportSize();
    const y = height / 2;
    await page.evaluate(() => window.__bench.framesStart());
    await swipe(cdp, { x: width * 0.8, y }, { x: width * 0.2, y }, 300);
    let until = await page.evaluate((root) => window.__bench.settled(root), side.lightbox);
    const swipeFrames = await page.evaluate((t) => window.__bench.framesStop(t), until);

    await page.evaluate(() => window.__bench.framesStart());
    await pinch(cdp, { x: width / 2, y }, 60, 260, 400);
    until = await page.evaluate((root) => window.__bench.settled(root), side.lightbox);
    const pinchFrames = await page.evaluate((t) => window.__bench.framesStop(t), until);

    // The gestures must have done something, or their frame times mean nothing.
    const after = await page.evaluate((root) => {
      const imgs = [...document.querySelectorAll(root + ' img')].filter((i) => i.getClientRects().length);
      return imgs.map((i) => new URL(i.currentSrc || i.src).pathname + ' ' + Math.round(i.getBoundingClientRect().width));
    }, side.lightbox);

    return {
      clickToLightboxMs: shown.ms,
      clickToFullPhotoMs: full.ms,
      swipe: frameStats(swipeFrames),
      pinch: frameStats(pinchFrames),
      swipeIntervals: swipeFrames,
      pinchIntervals: pinchFrames,
      visibleAfterGestures: after,
    };
  } finally {
    await close();
  }
}

export async function measureLightbox(browser, server, sides) {
  const results = Object.fromEntries(sides.map((side) => [side.id, []]));
  for (let run = 0; run < RUNS; run++) {
    for (const side of sides) results[side.id].push(await oneRun(browser, server, side));
  }
  return results;
}
