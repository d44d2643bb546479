// Release build into dist/: the wasm module through CMake, then the web layer
// (which loads it: web/loader.js) bundled with esbuild.
//   dist/portal-widgets.js         classic script, loads portal-widgets.wasm beside it
//   dist/portal-widgets.wasm
//   dist/portal-widgets.single.js  the same with the wasm inlined (file://, IIS without the MIME type)
//   dist/portal-widgets.mjs        ES module for sites that bundle: loads the .wasm beside itself
//   dist/portal-widgets.single.mjs the ES module with the wasm inlined
//   dist/portal-widgets.d.ts       TypeScript declarations (and .d.mts for the two modules)
//   dist/portal-widgets.css
//   dist/portal-widgets-boot.js    head script: stored text size before first paint
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
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

// emcc writes build/wasm/portal-widgets.wasm and its glue, portal-widgets.mjs,
// which web/loader.js imports.
function buildWasm() {
  if (!existsSync(join(wasmDir, 'CMakeCache.txt'))) run('cmake', ['--preset', 'wasm']);
  run('cmake', ['--build', '--preset', 'wasm']);
}

// `wasmBase64`: "" to load the .wasm from beside the script, or the whole
// module inlined. The classic script is an IIFE, so nothing reaches the host
// page's global scope but window.PortalWidgets.
async function bundle(entry, format, wasmBase64, define = {}) {
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
    define: {
      PW_WASM_BASE64: JSON.stringify(wasmBase64),
      ...define,
    },
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

buildWasm();
mkdirSync(dist, { recursive: true });
const wasmBytes = readFileSync(join(wasmDir, 'portal-widgets.wasm'));
writeFileSync(join(dist, 'portal-widgets.wasm'), wasmBytes);
const wasm = wasmBytes.toString('base64');
const moduleEntry = 'portal-widgets-module.js';
writeFileSync(join(dist, 'portal-widgets.js'), await bundle('portal-widgets.js', 'iife', ''));
writeFileSync(join(dist, 'portal-widgets.single.js'), await bundle('portal-widgets.js', 'iife', wasm));
writeFileSync(join(dist, 'portal-widgets.mjs'), await bundle(moduleEntry, 'esm', '', { PW_WASM_INLINED: 'false' }));
writeFileSync(join(dist, 'portal-widgets.single.mjs'), await bundle(moduleEntry, 'esm', wasm, { PW_WASM_INLINED: 'true' }));
copyFileSync(join(root, 'web', 'portal-widgets.d.ts'), join(dist, 'portal-widgets.d.ts'));
writeFileSync(join(dist, 'portal-widgets.d.mts'), MODULE_TYPES);
writeFileSync(join(dist, 'portal-widgets.single.d.mts'), MODULE_TYPES);
writeFileSync(join(dist, 'portal-widgets-boot.js'), await bundle('boot.js', 'iife', ''));
const css = await esbuild.transform(readFileSync(join(root, 'web', 'portal-widgets.css'), 'utf8'), {
  loader: 'css',
  minify: true,
  target,
});
writeFileSync(join(dist, 'portal-widgets.css'), css.code);
console.log('built dist/ (portal-widgets.js, .wasm, .single.js, .mjs, .single.mjs, .d.ts, .css, -boot.js)');
console.log('integrity="…" for each (with crossorigin="anonymous"):');
for (const name of LINKED_FILES) console.log('  ' + name.padEnd(26) + integrityOf(join(dist, name)));
