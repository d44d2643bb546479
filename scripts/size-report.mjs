// Bundle size report: raw, gzip -9 and brotli of every dist file, and two hard
// budgets on what a reader downloads: at page load (js + main wasm + css),
// and in all, once the lightbox's code (its half of the wasm and its JS) has
// loaded on intent.
// Exits 1 over either budget.
// With --why, also where the wasm's bytes go (scripts/wasm-breakdown.mjs) and
// what each widget adds to it (scripts/wasm-widget-cost.mjs).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const budget = JSON.parse(readFileSync(join(root, 'size-budget.json'), 'utf8'));
// The lightbox's two files, each named by a hash.
function lightboxFile(extension) {
  const found = readdirSync(join(root, 'dist')).filter((name) => name.startsWith('portal-widgets-lightbox.') && name.endsWith(extension));
  if (found.length !== 1) {
    console.error(`size: expected one dist/portal-widgets-lightbox.<hash>${extension}, found ${found.length}; run npm run build`);
    process.exit(1);
  }
  return found[0];
}
const lightbox = [lightboxFile('.wasm'), lightboxFile('.js')];
const files = [
  'portal-widgets.js',
  'portal-widgets.wasm',
  ...lightbox,
  'portal-widgets.css',
  'portal-widgets-boot.js',
  'portal-widgets.single.js',
  'portal-widgets.mjs',
  'portal-widgets.single.mjs',
];
const atLoad = new Set(['portal-widgets.js', 'portal-widgets.wasm', 'portal-widgets.css']);
const inAll = new Set([...atLoad, ...lightbox]);

function sizes(name) {
  const bytes = readFileSync(join(root, 'dist', name));
  return {
    name,
    raw: statSync(join(root, 'dist', name)).size,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const rows = files.map(sizes);
const sum = (names, key) => rows.filter((row) => names.has(row.name)).reduce((acc, row) => acc + row[key], 0);
const pad = (text, width) => String(text).padStart(width);
const line = (label, names) => label.padEnd(40) + pad(sum(names, 'raw'), 10) + pad(sum(names, 'gzip'), 10) + pad(sum(names, 'brotli'), 10);

console.log('file'.padEnd(40) + pad('raw', 10) + pad('gzip -9', 10) + pad('brotli', 10));
for (const row of rows) {
  console.log(row.name.padEnd(40) + pad(row.raw, 10) + pad(row.gzip, 10) + pad(row.brotli, 10));
}
console.log(line('at page load (js+wasm+css)', atLoad));
console.log(line('in all, with the lightbox', inAll));

if (process.argv.includes('--why')) {
  console.log('');
  const { wasmBreakdown, printBreakdown } = await import('./wasm-breakdown.mjs');
  printBreakdown(wasmBreakdown());
  console.log('');
  const { widgetWasmCosts, printWidgetCosts } = await import('./wasm-widget-cost.mjs');
  printWidgetCosts(widgetWasmCosts());
}

let over = false;
for (const [label, names, limit] of [
  ['at page load', atLoad, budget.loadGzipBytes],
  ['in all', inAll, budget.totalGzipBytes],
]) {
  const bytes = sum(names, 'gzip');
  if (bytes > limit) {
    console.error(`size budget exceeded ${label}: ${bytes} bytes gzip > ${limit} (size-budget.json)`);
    over = true;
  } else {
    console.log(`size budget ${label}: ${bytes} of ${limit} bytes gzip (${Math.round((100 * bytes) / limit)}%)`);
  }
}
if (over) process.exit(1);
