// Release build into dist/: the wasm module through CMake, then the web layer
// (which loads it: web/loader.js) bundled with esbuild.
//   dist/portal-widgets.js         classic script, loads portal-widgets.wasm beside it
//   dist/portal-widgets.wasm       the main module: what every page loads
//   dist/portal-widgets-lightbox.<hash>.wasm  the lightbox's half of the wasm, loaded on intent
//   dist/portal-widgets-lightbox.<hash>.js    the lightbox's JS, loaded on intent
//   dist/portal-widgets.single.js  the same with the wasm inlined (file://, IIS without the MIME type)
//   dist/portal-widgets.mjs        ES module for sites that bundle: loads the .wasm beside itself
//   dist/portal-widgets.single.mjs the ES module with the wasm inlined
//   dist/portal-widgets.d.ts       TypeScript declarations (and .d.mts for the two modules)
//   dist/portal-widgets.css
//   dist/portal-widgets-boot.js    head script: stored text size before first paint
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { minify } from 'terser';
import { LINKED_FILES, integrityOf } from './integrity.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const wasmDir = join(root, 'build', 'wasm');
const dist = join(root, 'dist');
// Readers' cheap phones: ES2020 covers Chrome 80+, Firefox 78+ and Safari 14+.
const target = ['es2020'];

function run(command, args) {
  execFileSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
}

// emcc writes the module and its glue, portal-widgets.mjs, which
// web/loader.js imports; the build then splits the module in two
// (scripts/wasm-split-lightbox.mjs): portal-widgets.main.wasm and
// portal-widgets.lightbox.wasm.
function buildWasm() {
  if (!existsSync(join(wasmDir, 'CMakeCache.txt'))) run('cmake', ['--preset', 'wasm']);
  run('cmake', ['--build', '--preset', 'wasm']);
}

// The classic script is an IIFE, so nothing reaches the host page's global
// scope but window.PortalWidgets. `define`: the PW_* constants the entry's
// sources read (mainDefines).
async function bundle(entry, format, define = {}) {
  const result = await esbuild.build({
    entryPoints: [join(root, 'web', entry)],
    bundle: true,
    minify: true,
    format,
    target,
    write: false,
    legalComments: 'none',
    // Modules are strict by themselves; the classic script says so, as its
    // sources (ES modules) were written for.
    banner: { js: format === 'iife' ? BANNER + '\n"use strict";' : BANNER },
    define,
  });
  // esbuild bundles and minifies; terser's second look at the whole bundle
  // takes another 5% off the gzip size.
  const minified = await minify(result.outputFiles[0].text, {
    ecma: 2020,
    module: format === 'esm',
    compress: { passes: 2 },
    format: { comments: /^!/ },
  });
  return minified.code;
}

const BANNER = '/*! portal-widgets 0.1.0 */';

// TypeScript finds a module's declarations beside it: .d.mts for an .mjs.
const MODULE_TYPES = "export * from './portal-widgets.js';\nexport { default } from './portal-widgets.js';\n";

// The constants of web/loader.js and web/portal-widgets-module.js. `wasm`:
// null to load the lightbox's files from beside the script, or both halves
// of the module to inline, with the lightbox's JS bundled in.
function mainDefines(wasm) {
  return {
    PW_WASM_BASE64: JSON.stringify(wasm ? wasm.main : ''),
    PW_LIGHTBOX_BASE64: JSON.stringify(wasm ? wasm.lightbox : ''),
    PW_LIGHTBOX_WASM_FILE: JSON.stringify(lightboxWasmFile),
    PW_LIGHTBOX_WASM_PATH: JSON.stringify('./' + lightboxWasmFile),
    PW_LIGHTBOX_JS_FILE: JSON.stringify(lightboxJsFile),
    PW_LIGHTBOX_JS_PATH: JSON.stringify('./' + lightboxJsFile),
    PW_LIGHTBOX_JS_INTEGRITY: JSON.stringify(lightboxJsIntegrity),
    PW_INLINED: String(Boolean(wasm)), // the .single variants: no file to fetch, no URL to name
  };
}

const hashOf = (...parts) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex').slice(0, 12);
};

buildWasm();
mkdirSync(dist, { recursive: true });
for (const old of readdirSync(dist).filter((name) => /^portal-widgets-lightbox\..*\.(wasm|js)$/.test(name))) {
  rmSync(join(dist, old));
}
const mainBytes = readFileSync(join(wasmDir, 'portal-widgets.main.wasm'));
const lightboxBytes = readFileSync(join(wasmDir, 'portal-widgets.lightbox.wasm'));
// Named by a hash of both halves: a page whose main module changed asks for
// a lightbox file it cannot have cached from before.
const lightboxWasmFile = `portal-widgets-lightbox.${hashOf(mainBytes, lightboxBytes)}.wasm`;
writeFileSync(join(dist, 'portal-widgets.wasm'), mainBytes);
writeFileSync(join(dist, lightboxWasmFile), lightboxBytes);
// The lightbox's JS, named by its content; the bundles that load it carry
// its SRI hash.
const lightboxJs = await bundle('lightbox-entry.js', 'iife');
const lightboxJsFile = `portal-widgets-lightbox.${hashOf(lightboxJs)}.js`;
const lightboxJsIntegrity = 'sha384-' + createHash('sha384').update(lightboxJs).digest('base64');
writeFileSync(join(dist, lightboxJsFile), lightboxJs);
const wasm = { main: mainBytes.toString('base64'), lightbox: lightboxBytes.toString('base64') };
const moduleEntry = 'portal-widgets-module.js';
writeFileSync(join(dist, 'portal-widgets.js'), await bundle('portal-widgets.js', 'iife', mainDefines(null)));
writeFileSync(join(dist, 'portal-widgets.single.js'), await bundle('portal-widgets.js', 'iife', mainDefines(wasm)));
writeFileSync(join(dist, 'portal-widgets.mjs'), await bundle(moduleEntry, 'esm', mainDefines(null)));
writeFileSync(join(dist, 'portal-widgets.single.mjs'), await bundle(moduleEntry, 'esm', mainDefines(wasm)));
copyFileSync(join(root, 'web', 'portal-widgets.d.ts'), join(dist, 'portal-widgets.d.ts'));
writeFileSync(join(dist, 'portal-widgets.d.mts'), MODULE_TYPES);
writeFileSync(join(dist, 'portal-widgets.single.d.mts'), MODULE_TYPES);
writeFileSync(join(dist, 'portal-widgets-boot.js'), await bundle('boot.js', 'iife'));
// One stylesheet from web/portal-widgets.css and the per-widget files it imports.
const css = await esbuild.build({
  entryPoints: [join(root, 'web', 'portal-widgets.css')],
  bundle: true,
  minify: true,
  target,
  write: false,
});
writeFileSync(join(dist, 'portal-widgets.css'), css.outputFiles[0].text);
console.log(`built dist/ (portal-widgets.js, .wasm, ${lightboxWasmFile}, ${lightboxJsFile}, .single.js, .mjs, .single.mjs, .d.ts, .css, -boot.js)`);
console.log('integrity="…" for each (with crossorigin="anonymous"):');
for (const name of LINKED_FILES) console.log('  ' + name.padEnd(26) + integrityOf(join(dist, name)));
