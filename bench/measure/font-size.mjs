// Text size, CPU throttled, on a generated 10,000-word article: from the press
// of "A+" (the click event's time stamp) to the end of the first frame in
// which the article's text is drawn larger. One press per fresh page.
import { RUNS } from '../lib/config.mjs';
import { afterNextFrame, gotoReady, installProbes, openPage } from '../lib/browser.mjs';

const LARGER = '.font-scale [data-pw-action="larger"]';

async function oneRun(browser, server, side) {
  const { page, close } = await openPage(browser, { throttle: true });
  try {
    await gotoReady(page, server.url + 'bench-pages/' + side.page);
    await installProbes(page);
    await afterNextFrame(page);
    await page.evaluate(() => {
      // A paragraph in the middle of the article: every element must grow, not only the first.
      const paragraphs = document.querySelectorAll('#noi-dung p');
      const probe = paragraphs[Math.floor(paragraphs.length / 2)];
      const before = parseFloat(getComputedStyle(probe).fontSize);
      window.__probeBefore = before;
      window.__step = window.__bench.watch('click', () => parseFloat(getComputedStyle(probe).fontSize) > before);
      window.__probeAfter = () => parseFloat(getComputedStyle(probe).fontSize);
    });
    const box = await page.locator(LARGER).boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const step = await page.evaluate(() => window.__step);
    const sizes = await page.evaluate(() => [window.__probeBefore, window.__probeAfter()]);
    return { ms: step.ms, frames: step.frames, probePx: sizes };
  } finally {
    await close();
  }
}

export async function measureFontSize(browser, server, sides) {
  const results = Object.fromEntries(sides.map((side) => [side.id, []]));
  for (let run = 0; run < RUNS; run++) {
    for (const side of sides) results[side.id].push(await oneRun(browser, server, side));
  }
  return results;
}
