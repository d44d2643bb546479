// Splits the linked module in two with binaryen's wasm-split, so that a page
// loads the lightbox's code only when a reader shows intent (web/loader.js):
//   portal-widgets.main.wasm      everything reachable without the lightbox
//   portal-widgets.lightbox.wasm  what only class_<GalleryLightbox> reaches
// Run by CMake after each link (cmake/wasm.cmake):
//   node wasm-split-lightbox.mjs <linked, with names> <out dir>
//
// What stays in the main module is computed, never guessed: the roots are the
// module's exports and every function-table entry except GalleryLightbox's
// own (its methods, their embind invokers, constructor and destructor, and
// the converters of the value types only those methods use); all
// that direct calls reach from a root stays. An entry shared with something
// else (wasm-opt merges identical functions) stays a root. So the main
// module never calls into the lightbox's half: only JS does, through
// embind, once web/loader.js has instantiated it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LAZY_CLASS = 'GalleryLightbox';
// Whole type names in a function's name: GalleryView, never GalleryViewport.
const LAZY_TYPES = new RegExp(
  `\\b(${[LAZY_CLASS, 'GalleryView', 'GallerySlideView', 'GalleryPreloadView', 'GalleryRect', 'GalleryWindow'].join('|')})\\b`
);

const [linked, outDir] = process.argv.slice(2);
if (!linked || !outDir) {
  console.error('usage: node wasm-split-lightbox.mjs <linked.wasm with names> <out dir>');
  process.exit(2);
}

const tool = (command, args) => execFileSync(command, args, { encoding: 'utf8', maxBuffer: 256 << 20 });
const work = mkdtempSync(join(tmpdir(), 'pw-split-'));
try {
  // Direct calls, exports and table entries, from binaryen's own call graph.
  const graph = tool('wasm-opt', [linked, '--print-call-graph', '-o', join(work, 'unused.wasm')]);
  const calls = new Map();
  const exported = [];
  for (const line of graph.split('\n')) {
    const call = line.match(/^  "(.*)" -> "(.*)"; \/\/ call$/);
    if (call) {
      if (!calls.has(call[1])) calls.set(call[1], []);
      calls.get(call[1]).push(call[2]);
      continue;
    }
    const exportedFunction = line.match(/^  "(.*)" \[style="filled", fillcolor="gray"\];$/);
    if (exportedFunction) exported.push(exportedFunction[1]);
  }

  // The table's entries in order, and the defined functions in index order
  // (wasm-split names an unnamed module's functions by that index).
  const text = tool('wasm-dis', [linked]).split('\n');
  const segments = text.filter((line) => line.startsWith(' (elem '));
  if (segments.length !== 1) throw new Error(`expected one element segment, found ${segments.length}`);
  const firstSlot = Number(segments[0].match(/^ \(elem \(i32\.const (\d+)\)/)[1]);
  const entries = segments[0].replace(/^ \(elem \(i32\.const \d+\) \$/, '').replace(/\)$/, '').split(' $');
  const functions = text.filter((line) => line.startsWith(' (func $')).map((line) => line.slice(8).split(' ')[0]);

  const uses = new Map();
  for (const name of entries) uses.set(name, (uses.get(name) || 0) + 1);
  // GalleryLightbox's own entries, and the converters of the types only its
  // methods take or return (the view, its slides and preloads, the rects):
  // embind registers those at startup but calls them only inside a method.
  const lazy = (name) => LAZY_TYPES.test(name) && uses.get(name) === 1;
  const roots = [...exported, ...entries.filter((name) => !lazy(name))];
  const kept = new Set();
  for (const stack = [...roots]; stack.length; ) {
    const name = stack.pop();
    if (kept.has(name)) continue;
    kept.add(name);
    stack.push(...(calls.get(name) || []));
  }
  const lazyEntries = entries.filter(lazy);
  const splitOut = functions.filter((name) => !kept.has(name));
  if (!lazyEntries.length || !splitOut.length) throw new Error(`nothing of ${LAZY_CLASS} to split out: is it still bound?`);

  // Split the module without its names (what ships), by function index.
  const bare = join(work, 'bare.wasm');
  tool('wasm-opt', [linked, '--strip-debug', '-o', bare]);
  const keepList = join(work, 'keep.txt');
  writeFileSync(keepList, functions.map((name, index) => (kept.has(name) ? index : -1)).filter((i) => i >= 0).join('\n') + '\n');
  tool('wasm-split', [
    bare,
    '--enable-mutable-globals', // the stack pointer, shared with the lightbox's half
    `--keep-funcs=@${keepList}`,
    '-o1', join(outDir, 'portal-widgets.main.wasm'),
    '-o2', join(outDir, 'portal-widgets.lightbox.wasm'),
  ]);
  // The check that makes the split safe: the main module may reach the
  // lightbox's half only through GalleryLightbox's own table entries, which
  // JS calls once that half is loaded. Any other placeholder (a direct call
  // or an export into the lightbox's half) would fail before then.
  const lazySlots = new Set(entries.map((name, i) => (lazy(name) ? String(firstSlot + i) : null)).filter(Boolean));
  const main = tool('wasm-dis', [join(outDir, 'portal-widgets.main.wasm')]);
  const placeholders = [...main.matchAll(/^ \(import "placeholder" "(\d+)"/gm)].map((match) => match[1]);
  const stray = placeholders.filter((slot) => !lazySlots.has(slot));
  if (stray.length) throw new Error(`the main module would call the lightbox's half through table slots ${stray.join(', ')}`);
  const size = (name) => readFileSync(join(outDir, name)).length;
  console.log(
    `wasm-split: ${splitOut.length} of ${functions.length} functions into the lightbox's module ` +
      `(${lazyEntries.length} table entries of ${LAZY_CLASS} and its types); main ${size('portal-widgets.main.wasm')} B, ` +
      `lightbox ${size('portal-widgets.lightbox.wasm')} B`
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
