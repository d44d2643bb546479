// What each widget adds to the wasm. One module serves all four widgets and
// LTO inlines across them, so no source file tells a widget's share. Instead
// the module is linked once more without each widget's bindings
// (cmake/wasm.cmake, pw_wasm_without_<widget>), so the linker and wasm-opt
// drop whatever only that widget reached; the difference is its share.
// `npm run size -- --why` prints it; the bench records it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const wasmDir = join(root, 'build', 'wasm');

// Each widget and its bindings file, wasm/<file>_bindings.cpp.
export const WIDGET_BINDINGS = {
  'font-scale': 'font_scale',
  gallery: 'gallery',
  carousel: 'carousel',
  'visitor-counter': 'visitor_counter',
};

const measure = (bytes) => ({ raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });

function linkedWithout(file) {
  execFileSync('cmake', ['--build', '--preset', 'wasm', '--target', `pw_wasm_without_${file}`], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return readFileSync(join(wasmDir, `portal-widgets-without-${file}.wasm`));
}

// The release module as one file, before the lightbox split and without the
// function names it is linked with for that split (cmake/wasm.cmake).
function wholeModule() {
  const stripped = join(wasmDir, 'portal-widgets.stripped.wasm');
  execFileSync('wasm-opt', [join(wasmDir, 'portal-widgets.wasm'), '--strip-debug', '-o', stripped]);
  return readFileSync(stripped);
}

// { whole: {raw, gzip}, widgets: {name: {raw, gzip}} }: the release module,
// and by how much each widget's bindings make it bigger.
export function widgetWasmCosts() {
  const whole = measure(wholeModule());
  const widgets = {};
  for (const [widget, file] of Object.entries(WIDGET_BINDINGS)) {
    const rest = measure(linkedWithout(file));
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
  console.log('¹ the module linked without that widget\'s bindings, against the whole one');
}
