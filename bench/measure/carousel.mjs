// Carousel, CPU throttled: frame intervals while a finger drags the related
// news to the left (about two thirds of the screen in 300 ms) and lets go,
// until the carousel has settled on a card.
import { RUNS } from '../lib/config.mjs';
import { afterNextFrame, gotoReady, installProbes, openPage } from '../lib/browser.mjs';
import { swipe } from '../lib/input.mjs';
import { frameStats } from '../lib/stats.mjs';

const SECTION = '#cac-tin-khac';

async function oneRun(browser, server, side) {
  const { page, cdp, close } = await openPage(browser, { throttle: true });
  try {
    await gotoReady(page, server.url + 'bench-pages/' + side.page);
    await page.evaluate((s) => document.querySelector(s).scrollIntoView({ block: 'center' }), SECTION);
    await installProbes(page);
    await page.evaluate((s) => window.__bench.settled(s), SECTION);
    await afterNextFrame(page);
    const card = await page.locator(SECTION + ' li').first().boundingBox();
    const { width } = page.viewportSize();
    const y = card.y + Math.min(card.height / 3, 80);
    const before = await firstVisibleCard(page);

    await page.evaluate(() => window.__bench.framesStart());
    await swipe(cdp, { x: width * 0.85, y }, { x: width * 0.15, y }, 300);
    const until = await page.evaluate((s) => window.__bench.settled(s), SECTION);
    const intervals = await page.evaluate((t) => window.__bench.framesStop(t), until);
    return { ...frameStats(intervals), intervals, firstCardBefore: before, firstCardAfter: await firstVisibleCard(page) };
  } finally {
    await close();
  }
}

// The first card whose left edge is on screen, to show that the drag moved the carousel.
const firstVisibleCard = (page) =>
  page.evaluate((s) => {
    const cards = [...document.querySelectorAll(s + ' li')];
    return cards.findIndex((li) => li.getBoundingClientRect().left >= -2) + 1;
  }, SECTION);

export async function measureCarousel(browser, server, sides) {
  const results = Object.fromEntries(sides.map((side) => [side.id, []]));
  for (let run = 0; run < RUNS; run++) {
    for (const side of sides) results[side.id].push(await oneRun(browser, server, side));
  }
  return results;
}
