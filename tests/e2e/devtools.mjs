// What a page holds, measured through the DevTools protocol and a few
// in-page counters, for the leak tests: nodes, listeners, JS heap, wasm
// memory, pending timers and Web Locks.
import { expect } from './fixtures.mjs';

// Listeners on window, document and every node under it, through DevTools.
export async function listenerCount(cdp) {
  let total = 0;
  for (const expression of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId, depth: -1, pierce: true });
    total += listeners.length;
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  }
  return total;
}

// Runs in the page before its scripts: keeps the module's wasm memory where a
// test can read it (the bundle exposes none) and counts the timers and frames
// that are scheduled and have not run or been cancelled.
export function installMeters() {
  const keep = (result) => {
    const instance = result instanceof WebAssembly.Instance ? result : result.instance;
    window.__wasmMemory = Object.values(instance.exports).find((value) => value instanceof WebAssembly.Memory);
    return result;
  };
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = function (...args) {
      return original.apply(this, args).then(keep);
    };
  }
  const pending = { timers: new Set(), frames: new Set() };
  window.__pending = pending;
  const track = (set, clear, kind, repeats) => {
    window[set.name] = function (callback, ...rest) {
      const id = set.call(window, function (...args) {
        if (!repeats) pending[kind].delete(id);
        if (typeof callback === 'function') callback.apply(this, args);
      }, ...rest);
      pending[kind].add(id);
      return id;
    };
    window[clear.name] = function (id) {
      pending[kind].delete(id);
      return clear.call(window, id);
    };
  };
  track(window.setTimeout, window.clearTimeout, 'timers', false);
  track(window.setInterval, window.clearInterval, 'timers', true);
  track(window.requestAnimationFrame, window.cancelAnimationFrame, 'frames', false);
}

// Everything a leak would grow, once the network is quiet and after garbage
// collection.
export async function measure(page, { cdp, network }) {
  await expect.poll(() => network.pending, { message: 'requests still under way' }).toBe(0);
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const counters = await cdp.send('Memory.getDOMCounters');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const inPage = await page.evaluate(async () => {
    const locks = navigator.locks ? await navigator.locks.query() : { held: [], pending: [] };
    return {
      elements: document.getElementsByTagName('*').length,
      wasmBytes: window.__wasmMemory ? window.__wasmMemory.buffer.byteLength : null,
      ...(await window.PortalWidgets.diagnostics()),
      timers: window.__pending.timers.size + window.__pending.frames.size,
      locks: locks.held.length + locks.pending.length,
    };
  });
  return {
    elements: inPage.elements, // attached to the document
    nodes: counters.nodes, // every live node of the page, detached ones too
    listeners: await listenerCount(cdp), // on window, document and attached nodes
    jsListeners: counters.jsEventListeners, // every JS listener, on any target
    heapBytes: metrics.find((metric) => metric.name === 'JSHeapUsedSize').value,
    wasmBytes: inPage.wasmBytes,
    instances: inPage.instances,
    handles: inPage.handles,
    timers: inPage.timers,
    locks: inPage.locks,
  };
}

// Requests the page has under way. While a request started from an event
// handler is in flight, Chromium keeps that event's target (and so its
// detached tree) alive; it lets go when the request ends. So a measurement
// waits for the network to be quiet rather than count those nodes.
function trackRequests(page) {
  const network = { pending: 0 };
  page.on('request', () => network.pending++);
  page.on('requestfinished', () => network.pending--);
  page.on('requestfailed', () => network.pending--);
  return network;
}

export async function openMeters(page) {
  await page.addInitScript(installMeters);
  const network = trackRequests(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return { cdp, network };
}
