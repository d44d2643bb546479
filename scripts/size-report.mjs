// Bundle size report: raw, gzip -9 and brotli of every dist file, and the hard
// budget on what a reader downloads (js + wasm + css). Exits 1 over budget.
// With --why, also where the wasm's bytes go (scripts/wasm-breakdown.mjs) and
// what each widget adds to it (scripts/wasm-widget-cost.mjs).
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const budget = JSON.parse(readFileSync(join(root, 'size-budget.json'), 'utf8')).totalGzipBytes;
const files = [
  'portal-widgets.js',
  'portal-widgets.wasm',
  'portal-widgets.css',
  'portal-widgets-boot.js',
  'portal-widgets.single.js',
  'portal-widgets.mjs',
  'portal-widgets.single.mjs',
];
const counted = new Set(['portal-widgets.js', 'portal-widgets.wasm', 'portal-widgets.css']);

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
const total = rows.filter((row) => counted.has(row.name));
const sum = (key) => total.reduce((acc, row) => acc + row[key], 0);
const pad = (text, width) => String(text).padStart(width);

console.log('file'.padEnd(28) + pad('raw', 10) + pad('gzip -9', 10) + pad('brotli', 10));
for (const row of rows) {
  console.log(row.name.padEnd(28) + pad(row.raw, 10) + pad(row.gzip, 10) + pad(row.brotli, 10));
}
console.log('bundle (js+wasm+css)'.padEnd(28) + pad(sum('raw'), 10) + pad(sum('gzip'), 10) + pad(sum('brotli'), 10));

if (process.argv.includes('--why')) {
  console.log('');
  const { wasmBreakdown, printBreakdown } = await import('./wasm-breakdown.mjs');
  printBreakdown(wasmBreakdown());
  console.log('');
  const { widgetWasmCosts, printWidgetCosts } = await import('./wasm-widget-cost.mjs');
  printWidgetCosts(widgetWasmCosts());
}

const gzipTotal = sum('gzip');
if (gzipTotal > budget) {
  console.error(`size budget exceeded: ${gzipTotal} bytes gzip > ${budget} (size-budget.json)`);
  process.exit(1);
}
console.log(`size budget: ${gzipTotal} of ${budget} bytes gzip (${Math.round((100 * gzipTotal) / budget)}%)`);
