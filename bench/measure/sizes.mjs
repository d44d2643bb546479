// Bytes a reader downloads: raw, gzip -9 and brotli (quality 11) of every
// file each side's page loads, summed per widget and per page; and where our
// bundle's JS goes, module by module, from an esbuild metafile built with the
// same settings as scripts/build.mjs, and where the wasm's go, source file by
// source file (scripts/wasm-breakdown.mjs) and widget by widget
// (scripts/wasm-widget-cost.mjs). Not timed, so measured once.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { ANCHORS, OURS, STACKS } from '../anchors.mjs';
import { ROOT, fileOf } from '../lib/paths.mjs';
import { wasmBreakdown } from '../../scripts/wasm-breakdown.mjs';
import { widgetWasmCosts } from '../../scripts/wasm-widget-cost.mjs';

// Our glue files for the anchors are counted minified, as a site would ship them.
async function bytesOf(url, glue = false) {
  let bytes = readFileSync(fileOf(url));
  if (glue) {
    const loader = url.endsWith('.css') ? 'css' : 'js';
    bytes = Buffer.from((await esbuild.transform(bytes.toString('utf8'), { loader, minify: true, legalComments: 'none' })).code);
  }
  return {
    url,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

async function total(files) {
  const rows = [];
  for (const f of files) rows.push({ ...(await bytesOf(f.url, f.glue)), kind: f.kind, glue: Boolean(f.glue) });
  const sum = (key) => rows.reduce((acc, row) => acc + row[key], 0);
  return { files: rows, raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
}

// Our JS by widget: modules only one widget imports are that widget's; the
// rest (loader, API, helpers two or more widgets share) is shared. The wasm
// serves all four widgets. The lightbox's JS, a file of its own loaded on
// intent, is the gallery's.
const NOT_INLINED = {
  PW_WASM_BASE64: '""',
  PW_LIGHTBOX_BASE64: '""',
  PW_LIGHTBOX_WASM_FILE: '""',
  PW_LIGHTBOX_WASM_PATH: '""',
  PW_LIGHTBOX_JS_FILE: '""',
  PW_LIGHTBOX_JS_PATH: '""',
  PW_LIGHTBOX_JS_INTEGRITY: '""',
  PW_INLINED: 'false',
};
async function ourJsByWidget() {
  const result = await esbuild.build({
    entryPoints: [join(ROOT, 'web', 'portal-widgets.js')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2020'],
    write: false,
    legalComments: 'none',
    define: NOT_INLINED,
    metafile: true,
    absWorkingDir: ROOT,
  });
  const { inputs, outputs } = result.metafile;
  const inOutput = Object.values(outputs)[0].inputs;
  const reach = (start, seen = new Set()) => {
    if (seen.has(start)) return seen;
    seen.add(start);
    for (const dep of inputs[start]?.imports ?? []) reach(dep.path, seen);
    return seen;
  };
  const widgets = {
    'font-scale': 'web/font-scale.js',
    gallery: 'web/gallery.js',
    carousel: 'web/carousel.js',
    'visitor-counter': 'web/visitor-counter.js',
  };
  const reached = Object.fromEntries(Object.entries(widgets).map(([name, file]) => [name, reach(file)]));
  // What the entry reaches without passing through a widget (the loader and
  // Emscripten's glue, which web/gallery.js also imports) is shared.
  const widgetFiles = new Set(Object.values(widgets));
  const reachShared = (start, seen = new Set()) => {
    if (seen.has(start) || widgetFiles.has(start)) return seen;
    seen.add(start);
    for (const dep of inputs[start]?.imports ?? []) reachShared(dep.path, seen);
    return seen;
  };
  const sharedReach = reachShared('web/portal-widgets.js');
  const byWidget = Object.fromEntries(Object.keys(widgets).map((name) => [name, { bytes: 0, modules: [] }]));
  const shared = { bytes: 0, modules: [] };
  for (const [path, { bytesInOutput }] of Object.entries(inOutput)) {
    const owners = Object.keys(widgets).filter((name) => reached[name].has(path));
    const slot = owners.length === 1 && !sharedReach.has(path) ? byWidget[owners[0]] : shared;
    slot.bytes += bytesInOutput;
    slot.modules.push({ path, bytes: bytesInOutput });
  }
  const lightboxJs = ourLightboxUrls().find((url) => url.endsWith('.js'));
  byWidget.gallery.onIntent = readFileSync(fileOf(lightboxJs)).length;
  return {
    note: 'minified bytes in dist/portal-widgets.js (before compression and before terser\'s pass, about 2% fewer), from an esbuild metafile; the gallery\'s onIntent: the lightbox\'s JS file, loaded on intent',
    byWidget,
    shared,
    bundleJs: readFileSync(join(ROOT, 'dist', 'portal-widgets.js')).length,
  };
}

// The lightbox's code, its half of our wasm and its JS, which a page loads
// only on intent; their names carry hashes (scripts/build.mjs).
function ourLightboxUrls() {
  return readdirSync(join(ROOT, 'dist'))
    .filter((file) => /^portal-widgets-lightbox\..*\.(wasm|js)$/.test(file))
    .map((name) => '/dist/' + name);
}

export async function measureSizes() {
  const atLoad = await total(OURS.files);
  const onIntent = await total(ourLightboxUrls().map((url) => ({ url })));
  // `ours` is everything, as the anchors' totals are; `oursAtLoad` what a page
  // view with no intent downloads.
  const ours = {
    files: [...atLoad.files, ...onIntent.files.map((file) => ({ ...file, kind: 'on intent' }))],
    raw: atLoad.raw + onIntent.raw,
    gzip: atLoad.gzip + onIntent.gzip,
    brotli: atLoad.brotli + onIntent.brotli,
  };
  const boot = await bytesOf('/dist/portal-widgets-boot.js');
  const anchors = {};
  for (const [id, a] of Object.entries(ANCHORS)) anchors[id] = { name: a.name, ...(await total(a.files)) };
  const stacks = {};
  for (const [id, s] of Object.entries(STACKS)) {
    stacks[id] = { name: s.name, ...(await total(s.parts.flatMap((p) => ANCHORS[p].files))) };
  }
  return { ours, oursAtLoad: atLoad, oursBootScript: boot, anchors, stacks, ourJs: await ourJsByWidget(), ourWasm: wasmBreakdown(),
    ourWasmByWidget: widgetWasmCosts() };
}
