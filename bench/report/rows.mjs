// Turns the raw results into the rows of the table and the chart: one figure
// for ours, one for the anchor, both the median of their runs with min–max,
// and the ratio ours / anchor of the medians.
import { summary } from '../lib/stats.mjs';
import { NETWORKS } from '../measure/network-startup.mjs';

const values = (x) => (Array.isArray(x) ? x : [x]);

function row(group, anchor, label, unit, better, ours, theirs, note) {
  const o = summary(values(ours));
  const a = theirs === null ? null : summary(values(theirs));
  // No ratio against zero, nor between two layout shifts that both round to none.
  const negligible = unit === 'CLS' && o && a && Math.max(o.median, a.median) < 0.001;
  const ratio = o && a && a.median !== 0 && !negligible ? o.median / a.median : null;
  return { group, anchor, label, unit, better, ours: o, theirs: a, ratio, note: note ?? null };
}

export function buildRows(r, names) {
  const rows = [];
  const add = (...args) => rows.push(row(...args));
  const s = r.sizes;

  // Bytes: one bundle against each page-wide stack, then widget by widget.
  for (const stack of ['splide', 'embla']) {
    const st = s.stacks[stack];
    add('bytes', st.name, 'page total, gzip -9', 'B', 'lower', s.ours.gzip, st.gzip);
    add('bytes', st.name, 'before any interaction, gzip -9', 'B', 'lower', s.oursAtLoad.gzip, st.gzip,
      'ours: the lightbox\'s half of the wasm loads on intent; the anchors load everything with the page');
    if (stack === 'splide') {
      add('bytes', st.name, 'page total, brotli', 'B', 'lower', s.ours.brotli, st.brotli);
      add('bytes', st.name, 'page total, raw', 'B', 'lower', s.ours.raw, st.raw);
    }
  }
  const alone = 'one widget alone (ours: the whole bundle), gzip -9';
  add('bytes', s.anchors.gallery.name, 'gallery ' + alone, 'B', 'lower', s.ours.gzip, s.anchors.gallery.gzip);
  add('bytes', s.anchors.splide.name, 'carousel ' + alone, 'B', 'lower', s.ours.gzip, s.anchors.splide.gzip);
  add('bytes', s.anchors.embla.name, 'carousel ' + alone, 'B', 'lower', s.ours.gzip, s.anchors.embla.gzip);
  add('bytes', s.anchors.counter.name, 'counter ' + alone, 'B', 'lower', s.ours.gzip, s.anchors.counter.gzip);
  add('bytes', s.anchors.fontScale.name, 'text size ' + alone, 'B', 'lower', s.ours.gzip, s.anchors.fontScale.gzip);

  // Inside our bundle (no anchor): where the bytes are.
  const inside = 'inside our bundle';
  const wasm = s.ours.files.find((f) => f.url.endsWith('.wasm'));
  const css = s.ours.files.find((f) => f.url.endsWith('.css'));
  const lightboxWasm = s.ours.files.find((f) => f.kind === 'on intent');
  add('bytes', inside, 'wasm at page load, shared by all four widgets, gzip -9', 'B', 'lower', wasm.gzip, null,
    `raw ${wasm.raw}; one module serves all four widgets`);
  add('bytes', inside, 'wasm on intent: the lightbox\'s half, gzip -9', 'B', 'lower', lightboxWasm.gzip, null,
    `raw ${lightboxWasm.raw}; split off by wasm-split, loaded on the first pointer, focus or open`);
  // What each widget adds: the module linked without that widget's bindings.
  for (const [widget, cost] of Object.entries(s.ourWasmByWidget.widgets)) {
    add('bytes', inside, `wasm: what the ${widget} adds, gzip -9`, 'B', 'lower', cost.gzip, null,
      `raw ${cost.raw}; the module linked without its bindings is that much smaller`);
  }
  add('bytes', inside, 'css, all four widgets, gzip -9', 'B', 'lower', css.gzip, null, `raw ${css.raw}`);
  add('bytes', inside, 'boot script (optional, not in the totals), gzip -9', 'B', 'lower', s.oursBootScript.gzip, null,
    `raw ${s.oursBootScript.raw}`);
  const code = s.ourWasm;
  for (const part of code.groups.slice(0, 6)) {
    add('bytes', inside, `wasm code: ${part.group} (raw)`, 'B', 'lower', part.raw, null,
      `${((100 * part.raw) / code.codeRaw).toFixed(1)}% of ${code.codeRaw} B of code; ${part.functions} functions`);
  }
  add('bytes', inside, 'wasm data: UI texts and warnings (raw)', 'B', 'lower', code.dataRaw, null, `${code.dataGzip} B gzip alone`);
  add('bytes', inside, 'JS: loader, API, shared helpers, Emscripten\'s glue (minified raw)', 'B', 'lower', s.ourJs.shared.bytes, null);
  for (const [widget, part] of Object.entries(s.ourJs.byWidget)) {
    add('bytes', inside, `JS: ${widget} adapter (minified raw)`, 'B', 'lower', part.bytes, null,
      part.onIntent ? `and ${part.onIntent} B more on intent (the lightbox's JS)` : undefined);
  }

  // First visit over emulated 3G: what is downloaded, and when, counts.
  for (const [id, network] of Object.entries(NETWORKS)) {
    const runs = r.networkStartup[id];
    for (const stack of ['splide', 'embla']) {
      add('startup', names.stacks[stack], `${network.name}: navigation → all widgets ready`, 'ms', 'lower', runs.ours,
        runs[stack], 'first visit, nothing cached; CPU throttled as for every timing');
    }
  }

  // Startup, throttled.
  const st = r.startup;
  const pick = (list, key) => list.map((x) => x[key]);
  const page = (list, key) => list.map((x) => x.page[key]); // navigation → first frame with the widgets
  for (const stack of ['splide', 'embla']) {
    const name = names.stacks[stack];
    add('startup', name, 'script start → all widgets ready, wall', 'ms', 'lower', pick(st.ours, 'wallMs'), pick(st[stack], 'wallMs'));
    if (stack === 'splide') {
      add('startup', name, 'main thread busy in that window', 'ms', 'lower', pick(st.ours, 'busyMs'), pick(st[stack], 'busyMs'));
    }
    add('startup', name, 'longest task in that window', 'ms', 'lower', pick(st.ours, 'longestTaskMs'), pick(st[stack], 'longestTaskMs'));
    add('startup', name, 'navigation → first frame with all widgets ready, wall', 'ms', 'lower', page(st.ours, 'wallMs'),
      page(st[stack], 'wallMs'), 'the same content on both sides: the page\'s own first layout is in this window on every side');
    if (stack === 'splide') {
      add('startup', name, 'main thread busy in that window', 'ms', 'lower', page(st.ours, 'busyMs'), page(st[stack], 'busyMs'));
    }
  }

  // Text size, throttled.
  const fs = r.fontSize;
  add('text size', names.px, 'A+ on 10,000 words: click → next frame', 'ms', 'lower', pick(fs.ours, 'ms'), pick(fs.px, 'ms'));
  add('text size', names.pxBatched, 'A+ on 10,000 words: click → next frame', 'ms', 'lower', pick(fs.ours, 'ms'), pick(fs.pxBatched, 'ms'));

  // Lightbox, throttled.
  const lb = r.lightbox;
  const sub = (list, a, b) => list.map((x) => x[a][b]);
  const pw = names.photoswipe;
  add('lightbox', pw, 'click → first frame with the lightbox', 'ms', 'lower', pick(lb.ours, 'clickToLightboxMs'), pick(lb.photoswipe, 'clickToLightboxMs'));
  add('lightbox', pw, 'click → first frame with the full-size photo', 'ms', 'lower', pick(lb.ours, 'clickToFullPhotoMs'), pick(lb.photoswipe, 'clickToFullPhotoMs'));
  for (const gesture of ['swipe', 'pinch']) {
    add('lightbox', pw, `${gesture}: frame interval, median`, 'ms', 'lower', sub(lb.ours, gesture, 'median'), sub(lb.photoswipe, gesture, 'median'));
    add('lightbox', pw, `${gesture}: frame interval, p95`, 'ms', 'lower', sub(lb.ours, gesture, 'p95'), sub(lb.photoswipe, gesture, 'p95'));
  }

  // Carousel, throttled.
  const car = r.carousel;
  for (const anchor of ['splide', 'embla']) {
    add('carousel', names[anchor], 'drag: frame interval, median', 'ms', 'lower', pick(car.ours, 'median'), pick(car[anchor], 'median'));
    add('carousel', names[anchor], 'drag: frame interval, p95', 'ms', 'lower', pick(car.ours, 'p95'), pick(car[anchor], 'p95'));
  }

  // Counter, fake clock.
  const c = r.counter;
  for (const tabs of [1, 5]) {
    add('counter', names.poller, `requests in one reader-hour, ${tabs} tab${tabs > 1 ? 's' : ''}`, 'req', 'lower',
      pick(c[`ours:${tabs}`], 'requests'), pick(c[`poller:${tabs}`], 'requests'));
  }

  // Memory after 200 lightbox cycles.
  const m = r.memory;
  const kb = (x) => x / 1024;
  add('memory', pw, 'JS heap after 200 open/close cycles', 'KB', 'lower', kb(m.ours.after.jsHeapUsed), kb(m.photoswipe.after.jsHeapUsed));
  add('memory', pw, 'JS heap growth over the 200 cycles', 'KB', 'lower',
    kb(m.ours.after.jsHeapUsed - m.ours.before.jsHeapUsed), kb(m.photoswipe.after.jsHeapUsed - m.photoswipe.before.jsHeapUsed));
  add('memory', pw, 'wasm memory after the 200 cycles', 'KB', 'lower', kb(m.ours.after.wasmMemory), null,
    `before: ${kb(m.ours.before.wasmMemory)} KB; PhotoSwipe has no wasm`);
  add('memory', pw, 'DOM nodes after the 200 cycles', 'nodes', 'lower', m.ours.after.domNodes, m.photoswipe.after.domNodes,
    `before: ours ${m.ours.before.domNodes}, PhotoSwipe ${m.photoswipe.before.domNodes}`);

  // Lighthouse, mobile preset.
  const lh = r.lighthouse;
  const lhName = names.stacks.splide;
  for (const [id, label] of [['performance', 'Performance'], ['accessibility', 'Accessibility'], ['best-practices', 'Best practices'], ['seo', 'SEO']]) {
    add('lighthouse', lhName, `${label} score`, 'pts', 'higher', lh.ours.map((x) => x.scores[id]), lh.anchors.map((x) => x.scores[id]));
  }
  add('lighthouse', lhName, 'Cumulative Layout Shift', 'CLS', 'lower', pick(lh.ours, 'cls'), pick(lh.anchors, 'cls'));
  add('lighthouse', lhName, 'Total Blocking Time', 'ms', 'lower', pick(lh.ours, 'tbtMs'), pick(lh.anchors, 'tbtMs'));
  return rows;
}
