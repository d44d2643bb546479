// Headless Chromium (Debian's) and the page-side probes every measurement uses.
import { chromium } from '@playwright/test';
import { CHROMIUM, CPU_THROTTLE, PHONE } from './config.mjs';

export const launch = () => chromium.launch(CHROMIUM);

// A fresh phone-sized context and page, so no run inherits another's cache or storage.
export async function openPage(browser, { throttle = false, contextOptions = {} } = {}) {
  const context = await browser.newContext({ ...PHONE, ...contextOptions });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
  page.on('pageerror', (error) => console.warn(`bench: page error on ${page.url()}: ${error.message}`));
  return { context, page, cdp, close: () => context.close() };
}

// Navigates and resolves once every widget of the page is ready (see
// bench/pages/mark-start.js); a promise, so it also works under a fake clock.
export async function gotoReady(page, url) {
  await page.goto(url);
  await page.evaluate(() => window.benchWhenReady);
}

// Resolves after the page has drawn one more frame (the task after a frame's rendering).
export const afterNextFrame = (page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));

// Installs window.__bench helpers: a frame recorder, and a watcher that
// times from an input event to the first frame in which a condition holds.
export async function installProbes(page) {
  await page.evaluate(() => {
    if (window.__bench) return;
    // The task right after a frame's rendering: a message posted from rAF,
    // through one channel kept for the page's life.
    const queue = [];
    const channel = new MessageChannel();
    channel.port1.onmessage = () => queue.shift()();
    const afterFrame = (callback) =>
      requestAnimationFrame((frameTime) => {
        queue.push(() => callback(frameTime));
        channel.port2.postMessage(0);
      });
    window.__benchChannel = channel;

    // One loop per recording: a loop left from the last one stops itself.
    const recorder = { generation: 0, stamps: [] };
    const record = (generation) => {
      const loop = (time) => {
        if (recorder.generation !== generation) return;
        recorder.stamps.push(time);
        requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    };

    window.__bench = {
      framesStart() {
        recorder.generation += 1;
        recorder.stamps = [];
        record(recorder.generation);
      },
      // Frame intervals (ms) since framesStart(), of the frames up to `until`
      // (a frame time, as settled() returns), so quiet frames after the
      // motion are left out.
      framesStop(until = Infinity) {
        recorder.generation += 1;
        const s = recorder.stamps.filter((t) => t <= until);
        return s.slice(1).map((t, i) => t - s[i]);
      },
      // Arms a one-shot watch: from the next `type` event's timeStamp to the
      // end of the first frame after which check() is true (checked once per
      // frame, right after that frame's rendering).
      watch(type, check) {
        return new Promise((resolve, reject) => {
          const limit = 600; // frames
          window.addEventListener(
            type,
            (event) => {
              const start = event.timeStamp;
              let frames = 0;
              const poll = () =>
                afterFrame(() => {
                  frames += 1;
                  if (check()) resolve({ ms: performance.now() - start, frames });
                  else if (frames > limit) reject(new Error('condition not met within ' + limit + ' frames'));
                  else poll();
                });
              poll();
            },
            { capture: true, once: true }
          );
        });
      },
      // Resolves once nothing has changed inside root (attributes, nodes) and
      // no animation is running for `quiet` consecutive frames, with the
      // frame time of the last frame in which something still moved.
      settled(selector, quiet = 5) {
        return new Promise((resolve) => {
          const root = document.querySelector(selector) || document.body;
          let still = 0;
          let changed = false;
          let lastBusy = -Infinity;
          const observer = new MutationObserver(() => (changed = true));
          observer.observe(root, { subtree: true, attributes: true, childList: true, characterData: true });
          const poll = () =>
            afterFrame((frameTime) => {
              // Finite animations inside root (a looping spinner never ends).
              const running = document.getAnimations().some((a) => {
                const target = a.effect && a.effect.target;
                return a.playState === 'running' && target && root.contains(target) &&
                  a.effect.getComputedTiming().endTime !== Infinity;
              });
              if (changed || running) {
                still = 0;
                lastBusy = frameTime;
              } else still += 1;
              changed = false;
              if (still >= quiet) {
                observer.disconnect();
                resolve(lastBusy);
              } else poll();
            });
          poll();
        });
      },
    };
  });
}
