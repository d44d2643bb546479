// npm run bench: portal-widgets against the anchors, in one run, on this
// machine. Figures, not pass/fail: it never fails on speed. Prints one table
// and writes bench/results.json and bench/results.svg (the chart).
// Expects a built dist/ and build/photos/ (the npm script builds both first).
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { ANCHORS, STACKS } from './anchors.mjs';
import { launch } from './lib/browser.mjs';
import { CPU_THROTTLE, PHONE, RUNS } from './lib/config.mjs';
import { ARTICLE_WORDS, writePages } from './lib/pages.mjs';
import { BENCH, ROOT } from './lib/paths.mjs';
import { startServer } from './lib/server.mjs';
import { measureCarousel } from './measure/carousel.mjs';
import { measureCounter } from './measure/counter.mjs';
import { measureFontSize } from './measure/font-size.mjs';
import { measureLighthouse } from './measure/lighthouse.mjs';
import { measureLightbox } from './measure/lightbox.mjs';
import { measureMemory } from './measure/memory.mjs';
import { measureNetworkStartup } from './measure/network-startup.mjs';
import { measureSizes } from './measure/sizes.mjs';
import { measureStartup } from './measure/startup.mjs';
import { renderChart } from './report/chart.mjs';
import { buildRows } from './report/rows.mjs';
import { renderTable } from './report/table.mjs';

const COUNTER_RUNS = Math.min(RUNS, 3); // counts, set by the schedule: fewer runs suffice
const LIGHTHOUSE_RUNS = Math.min(RUNS, 3); // about 15 s each
const NETWORK_RUNS = Math.min(RUNS, 3); // 5–10 s each over an emulated 3G link

for (const needed of ['dist/portal-widgets.js', 'dist/portal-widgets.wasm', 'build/photos/hoi-nghi-01.jpg']) {
  if (!existsSync(join(ROOT, needed))) {
    console.error(`bench: ${needed} is missing; run "npm run bench", which builds it first`);
    process.exit(1);
  }
}

const began = performance.now();
const loadBefore = loadavg();
const log = (text) => console.error(`bench [${((performance.now() - began) / 1000).toFixed(0).padStart(3)} s] ${text}`);

// Which page and which lightbox/carousel each side is.
const PAGE = { ours: 'ours.html', splide: 'splide.html', embla: 'embla.html' };
const LIGHTBOX = { ours: '.pw-lightbox', photoswipe: '.pswp' };

const { words } = writePages();
log(`bench pages written (article: ${words} words)`);
const results = {};
results.sizes = await measureSizes();
log('sizes measured');

const server = await startServer();
const browser = await launch();
try {
  log(`startup, ${RUNS} runs per side, CPU ${CPU_THROTTLE}× throttled`);
  results.startup = await measureStartup(browser, server, [
    { id: 'ours', page: PAGE.ours },
    { id: 'splide', page: PAGE.splide },
    { id: 'embla', page: PAGE.embla },
  ]);
  log(`first visit over slow and fast 3G, ${NETWORK_RUNS} runs per side and profile`);
  results.networkStartup = await measureNetworkStartup(
    browser,
    server,
    [
      { id: 'ours', page: PAGE.ours },
      { id: 'splide', page: PAGE.splide },
      { id: 'embla', page: PAGE.embla },
    ],
    NETWORK_RUNS
  );
  log(`text size on ${ARTICLE_WORDS} words, ${RUNS} runs per side`);
  results.fontSize = await measureFontSize(browser, server, [
    { id: 'ours', page: 'ours-article.html' },
    { id: 'px', page: 'splide-article.html' },
    { id: 'pxBatched', page: 'splide-article-batched.html' },
  ]);
  log(`lightbox, ${RUNS} runs per side`);
  results.lightbox = await measureLightbox(browser, server, [
    { id: 'ours', page: PAGE.ours, lightbox: LIGHTBOX.ours },
    { id: 'photoswipe', page: PAGE.splide, lightbox: LIGHTBOX.photoswipe },
  ]);
  log(`carousel, ${RUNS} runs per side`);
  results.carousel = await measureCarousel(browser, server, [
    { id: 'ours', page: PAGE.ours },
    { id: 'splide', page: PAGE.splide },
    { id: 'embla', page: PAGE.embla },
  ]);
  log(`counter, one simulated hour × ${COUNTER_RUNS} per side and tab count`);
  results.counter = await measureCounter(
    browser,
    server,
    [
      { id: 'ours', page: PAGE.ours },
      { id: 'poller', page: PAGE.splide },
    ],
    COUNTER_RUNS
  );
  log('memory, 200 lightbox cycles per side');
  results.memory = await measureMemory(browser, server, [
    { id: 'ours', page: PAGE.ours, lightbox: LIGHTBOX.ours },
    { id: 'photoswipe', page: PAGE.splide, lightbox: LIGHTBOX.photoswipe },
  ]);
  var chromiumVersion = browser.version();
} finally {
  await browser.close();
}
try {
  log(`Lighthouse, mobile preset, ${LIGHTHOUSE_RUNS} runs per page`);
  const lh = await measureLighthouse(
    server,
    [
      { id: 'ours', path: '/demo/index.html' },
      { id: 'anchors', path: '/bench-pages/' + PAGE.splide },
    ],
    LIGHTHOUSE_RUNS
  );
  results.lighthouse = lh;
} finally {
  await server.close();
}

const names = {
  stacks: { splide: STACKS.splide.name, embla: STACKS.embla.name },
  photoswipe: ANCHORS.gallery.name,
  splide: ANCHORS.splide.name,
  embla: ANCHORS.embla.name,
  poller: ANCHORS.counter.name,
  px: 'inline px rewrite, per element (typical portal script)',
  pxBatched: 'inline px rewrite, reads batched before writes',
};
const rows = buildRows(results, names);
const seconds = (performance.now() - began) / 1000;
const git = (...args) => {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
};
const meta = {
  date: new Date().toISOString(),
  commit: git('rev-parse', 'HEAD'),
  dirty: Boolean(git('status', '--porcelain', '--untracked-files=no')),
  node: process.version,
  chromium: chromiumVersion,
  cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
  loadAverage: { before: loadBefore, after: loadavg() },
  runs: RUNS,
  counterRuns: COUNTER_RUNS,
  lighthouseRuns: LIGHTHOUSE_RUNS,
  networkRuns: NETWORK_RUNS,
  cpuThrottle: CPU_THROTTLE,
  device: PHONE,
  articleWords: ARTICLE_WORDS,
  durationSeconds: Math.round(seconds),
};

const table = renderTable(rows);
console.log(
  `portal-widgets bench — ${meta.date}, ${meta.cpu}, Chromium ${meta.chromium}\n` +
    `medians of ${RUNS} runs [min–max] (counter: ${COUNTER_RUNS}, Lighthouse: ${LIGHTHOUSE_RUNS}); ` +
    `timings with CPU throttled ${CPU_THROTTLE}×, phone viewport ${PHONE.viewport.width}×${PHONE.viewport.height}\n`
);
console.log(table);
writeFileSync(join(BENCH, 'results.json'), JSON.stringify({ meta, rows, results }, null, 2) + '\n');
writeFileSync(
  join(BENCH, 'results.svg'),
  renderChart(rows, {
    title: 'portal-widgets against the anchors',
    subtitle: `${meta.date.slice(0, 16).replace('T', ' ')} UTC · ${meta.cpu} · Chromium ${meta.chromium} · CPU ${CPU_THROTTLE}× throttled for timings · medians of ${RUNS} runs`,
  })
);
console.log(`\nwrote bench/results.json and bench/results.svg; the run took ${Math.round(seconds)} s`);
