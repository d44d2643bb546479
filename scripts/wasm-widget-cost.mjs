// What each widget adds to the wasm. One module serves all four widgets and
// LTO inlines across them, so no source file tells a widget's share. Instead
// each widget's exports are dropped in turn and wasm-opt removes whatever
// nothing else reaches any more. The whole module goes through the same pass,
// so a difference is the widget's, not the pass's.
// `npm run size -- --why` prints it; the bench records it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { renameExports } from './wasm-short-names.mjs';

// The release module as CMake links it, before scripts/build.mjs shortens
// the export names that tell the widgets apart.
const BUILT_MODULE = join(dirname(fileURLToPath(import.meta.url)), '..', 'build', 'wasm', 'portal-widgets.wasm');

// Every export of wasm/<widget>_bindings.cpp starts with its widget's name.
export const WIDGET_EXPORT_PREFIXES = {
  'font-scale': 'fontScale',
  gallery: 'gallery',
  carousel: 'carousel',
  'visitor-counter': 'counter',
};

// The features of cmake/wasm.cmake's last pass; -Oz drops what is unreachable.
const PASS = ['--mvp-features', '--enable-mutable-globals', '--converge', '-Oz'];

// The module without the exports `drop(name)` picks, through the pass.
export function optimizedWithout(bytes, drop) {
  const dir = mkdtempSync(join(tmpdir(), 'pw-widget-cost-'));
  try {
    const input = join(dir, 'in.wasm');
    const output = join(dir, 'out.wasm');
    writeFileSync(input, renameExports(bytes, (name) => (drop(name) ? null : name)));
    execFileSync('wasm-opt', [input, ...PASS, '-o', output], { stdio: ['ignore', 'ignore', 'inherit'] });
    return readFileSync(output);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const measure = (bytes) => ({ raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });

// { whole: {raw, gzip}, widgets: {name: {raw, gzip}} }: the whole module
// after the pass, and by how much each widget's exports make it bigger.
export function widgetWasmCosts(bytes = readFileSync(BUILT_MODULE), prefixes = WIDGET_EXPORT_PREFIXES) {
  const whole = measure(optimizedWithout(bytes, () => false));
  const widgets = {};
  for (const [widget, prefix] of Object.entries(prefixes)) {
    const rest = measure(optimizedWithout(bytes, (name) => name.startsWith(prefix)));
    widgets[widget] = { raw: whole.raw - rest.raw, gzip: whole.gzip - rest.gzip };
  }
  return { whole, widgets };
}

export function printWidgetCosts({ whole, widgets }) {
  const pad = (text, width) => String(text).padStart(width);
  console.log('what each widget adds to the wasm¹'.padEnd(36) + pad('raw', 8) + pad('gzip', 8));
  for (const [widget, cost] of Object.entries(widgets)) {
    console.log(widget.padEnd(36) + pad(cost.raw, 8) + pad(cost.gzip, 8));
  }
  const sum = (key) => Object.values(widgets).reduce((acc, cost) => acc + cost[key], 0);
  console.log('the rest: shared code, data'.padEnd(36) + pad(whole.raw - sum('raw'), 8) + pad(whole.gzip - sum('gzip'), 8));
  console.log('¹ the module without that widget\'s exports, re-optimised, against the whole one');
}
