// Memory after 200 lightbox open/close cycles (click the first thumbnail, wait
// until the full photo shows, Escape, wait until the lightbox is gone), with
// reduced motion so that no cycle waits on an animation. Garbage is collected
// through the DevTools protocol before each reading. Not a timing figure: no
// CPU throttling. Wasm memory is found by watching WebAssembly.instantiate*
// for the instance's exported memory; the bundle itself is not changed.
import { gotoReady, openPage } from '../lib/browser.mjs';

const CYCLES = 200;
const THUMB = '.gallery figure:first-child img';
const FULL = '/photos/hoi-nghi-01.jpg';

function watchWasmMemory() {
  window.__wasmMemories = [];
  const keep = (result) => {
    const instance = result instanceof WebAssembly.Instance ? result : result.instance;
    for (const value of Object.values(instance.exports)) {
      if (value instanceof WebAssembly.Memory) window.__wasmMemories.push(value);
    }
    return result;
  };
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    if (original) WebAssembly[name] = (...args) => original.apply(WebAssembly, args).then(keep);
  }
}

async function reading(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const wasm = await page.evaluate(() => window.__wasmMemories.reduce((sum, m) => sum + m.buffer.byteLength, 0));
  return { jsHeapUsed: heap.usedSize, wasmMemory: wasm, domNodes: dom.nodes, listeners: dom.jsEventListeners };
}

async function cycle(page, side, box) {
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForFunction(
    ([root, full]) =>
      [...document.querySelectorAll(root + ' img')].some(
        (img) => img.complete && img.naturalWidth > 0 && new URL(img.currentSrc || img.src).pathname === full
      ),
    [side.lightbox, FULL],
    { polling: 'raf' }
  );
  await page.keyboard.press('Escape');
  await page.waitForFunction((root) => !document.querySelector(root), side.lightbox, { polling: 'raf' });
}

async function oneSide(browser, server, side) {
  const { page, cdp, close } = await openPage(browser, { contextOptions: { reducedMotion: 'reduce' } });
  try {
    await page.addInitScript(watchWasmMemory);
    await gotoReady(page, server.url + 'bench-pages/' + side.page);
    const thumb = page.locator(THUMB);
    await thumb.scrollIntoViewIfNeeded();
    const box = await thumb.boundingBox();
    await cycle(page, side, box); // first open builds what stays: not a leak
    const before = await reading(page, cdp);
    for (let i = 0; i < CYCLES; i++) await cycle(page, side, box);
    const after = await reading(page, cdp);
    return { cycles: CYCLES, before, after };
  } finally {
    await close();
  }
}

export async function measureMemory(browser, server, sides) {
  const results = {};
  for (const side of sides) results[side.id] = await oneSide(browser, server, side);
  return results;
}
