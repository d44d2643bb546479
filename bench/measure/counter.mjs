// Counter: requests to the statistics endpoint during one simulated reader-hour,
// with 1 tab and with 5 tabs of the site open in one browser (one context, so
// the tabs share Web Locks and BroadcastChannel as real tabs do).
//
// Time is Playwright's fake clock, paused, and moved from one timer to the
// next: an init script notes when each setTimeout/setInterval of the page is
// due, the bench runs the clock exactly to the earliest, then waits until
// every fetch (and its body) the timers started has settled before moving on.
// So a reply is handled at the fake time its request was sent, and the hour
// takes seconds. Not a timing figure: no CPU throttling.
import { PHONE, RUNS } from '../lib/config.mjs';

const HOUR = 3_600_000;
const START = new Date('2022-02-18T09:00:00+07:00').getTime();
const MAX_STEPS = 50_000;
const IDLE_STEP = 1_000; // when no timer is set
const MAX_JUMP = 60_000; // when the next timer is far // a page that keeps scheduling 0 ms timers would never finish

function pageClockProbe() {
  const due = new Map(); // timer id → { at } in fake ms
  const native = { st: window.setTimeout, si: window.setInterval, ct: window.clearTimeout, ci: window.clearInterval };
  window.setTimeout = function (callback, delay, ...args) {
    let id = 0;
    const run = typeof callback === 'function' ? (...a) => (due.delete(id), callback(...a)) : callback;
    id = native.st.call(window, run, delay, ...args);
    due.set(id, { at: Date.now() + Math.max(0, Number(delay) || 0) });
    return id;
  };
  window.setInterval = function (callback, delay, ...args) {
    const period = Math.max(0, Number(delay) || 0);
    let id = 0;
    const run = (...a) => {
      const entry = due.get(id);
      if (entry) entry.at += period;
      return callback(...a);
    };
    id = native.si.call(window, run, delay, ...args);
    due.set(id, { at: Date.now() + period });
    return id;
  };
  window.clearTimeout = (id) => (due.delete(id), native.ct.call(window, id));
  window.clearInterval = (id) => (due.delete(id), native.ci.call(window, id));

  // Fetches and body reads still pending.
  let pending = 0;
  const track = (promise) => {
    pending += 1;
    const done = () => (pending -= 1);
    promise.then(done, done);
    return promise;
  };
  const fetch = window.fetch;
  window.fetch = function (...args) {
    return track(fetch.apply(this, args));
  };
  for (const method of ['text', 'json', 'arrayBuffer', 'blob']) {
    const read = Response.prototype[method];
    Response.prototype[method] = function (...args) {
      return track(read.apply(this, args));
    };
  }
  const macrotask = () => new Promise((resolve) => {
    const channel = new MessageChannel(); // not faked by the clock
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(0);
  });
  window.__benchClock = {
    nextDue() {
      let min = Infinity;
      for (const entry of due.values()) min = Math.min(min, entry.at);
      return min;
    },
    async settled() {
      do await macrotask();
      while (pending > 0);
    },
  };
}

async function readerHour(browser, server, page, tabs) {
  const context = await browser.newContext(PHONE);
  // Paused before any page opens: from here only the bench moves time.
  await context.clock.install({ time: START - 60_000 });
  await context.clock.pauseAt(START);
  await context.addInitScript(pageClockProbe);
  const requests = [];
  context.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/visitors') requests.push(request);
  });
  const pages = [];
  for (let i = 0; i < tabs; i++) {
    const tab = await context.newPage();
    await tab.goto(server.url + 'bench-pages/' + page);
    await tab.evaluate(() => window.benchWhenReady);
    pages.push(tab);
  }
  // Whatever the pages start asynchronously (a Web Lock granted, say) starts now.
  await Promise.all(pages.map((tab) => tab.evaluate(() => window.__benchClock.settled())));
  let now = await pages[0].evaluate(() => Date.now());
  const end = START + HOUR;
  let steps = 0;
  while (now < end) {
    if (++steps > MAX_STEPS) throw new Error(`counter: more than ${MAX_STEPS} timer steps in one hour`);
    const dues = await Promise.all(pages.map((tab) => tab.evaluate(() => window.__benchClock.nextDue())));
    // To the earliest timer, but never far past a quiet moment, so that a
    // timer set by something other than a timer (a lock granted, a message
    // from another tab) is not jumped over.
    const earliest = Math.min(...dues);
    const jump = Number.isFinite(earliest) ? Math.min(earliest - now, MAX_JUMP) : IDLE_STEP;
    const target = Math.min(end, now + Math.max(1, jump));
    await context.clock.runFor(target - now);
    now = target;
    await Promise.all(pages.map((tab) => tab.evaluate(() => window.__benchClock.settled())));
  }
  await context.close();
  return { requests: requests.length, steps };
}

export async function measureCounter(browser, server, sides, runs = Math.min(RUNS, 3)) {
  const results = {};
  for (const side of sides) {
    for (const tabs of [1, 5]) {
      const key = `${side.id}:${tabs}`;
      results[key] = [];
      for (let run = 0; run < runs; run++) results[key].push(await readerHour(browser, server, side.page, tabs));
    }
  }
  return results;
}
