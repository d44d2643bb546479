// scripts/wasm-widget-cost.mjs on a small module of two "widgets" that share
// a helper: dropping one widget's exports takes its code with it, the other
// still answers as before, and a widget with no exports adds nothing.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { optimizedWithout, widgetWasmCosts } from '../../scripts/wasm-widget-cost.mjs';

// A loop, so that wasm-opt neither inlines it into both callers nor folds it.
const WAT = `(module
  (func $helper (param $n i32) (result i32) (local $sum i32)
    (block $done (loop $next
      (br_if $done (i32.eqz (local.get $n)))
      (local.set $sum (i32.add (local.get $sum) (i32.mul (local.get $n) (local.get $n))))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br $next)))
    (local.get $sum))
  (func (export "galleryOpen") (param i32) (result i32)
    (i32.add (call $helper (local.get 0)) (i32.const 1)))
  (func (export "galleryZoom") (param f64) (result f64)
    (f64.add (f64.mul (f64.sqrt (local.get 0)) (f64.const 1.5))
             (f64.div (f64.floor (local.get 0)) (f64.const 3.25))))
  (func (export "carouselMove") (param i32) (result i32)
    (i32.mul (call $helper (local.get 0)) (i32.const 2))))`;

function assemble(text) {
  const dir = mkdtempSync(join(tmpdir(), 'pw-widget-cost-test-'));
  try {
    writeFileSync(join(dir, 'm.wat'), text);
    execFileSync('wasm-as', [join(dir, 'm.wat'), '-o', join(dir, 'm.wasm')]);
    return readFileSync(join(dir, 'm.wasm'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const bytes = assemble(WAT);
const exportsOf = (module) => WebAssembly.Module.exports(new WebAssembly.Module(module)).map((e) => e.name);

test('without the gallery: its exports are gone, the carousel still answers through the shared helper', async () => {
  const whole = optimizedWithout(bytes, () => false);
  const rest = optimizedWithout(bytes, (name) => name.startsWith('gallery'));
  assert.deepEqual(exportsOf(rest), ['carouselMove']);
  const { instance } = await WebAssembly.instantiate(rest);
  assert.equal(instance.exports.carouselMove(3), 2 * (9 + 4 + 1));
  assert.ok(rest.length < whole.length, `${rest.length} B should be less than ${whole.length} B`);
});

test('each widget costs what its exports add; a widget with none costs nothing', () => {
  const { whole, widgets } = widgetWasmCosts(bytes, { gallery: 'gallery', carousel: 'carousel', absent: 'fontScale' });
  assert.equal(whole.raw, optimizedWithout(bytes, () => false).length);
  assert.deepEqual(widgets.absent, { raw: 0, gzip: 0 });
  assert.ok(widgets.carousel.raw > 0, `carousel adds ${widgets.carousel.raw} B`);
  // The gallery has two exports and the bigger bodies.
  assert.ok(widgets.gallery.raw > widgets.carousel.raw, `gallery ${widgets.gallery.raw} B, carousel ${widgets.carousel.raw} B`);
});
