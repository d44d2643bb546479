// One cached promise for the wasm module, made by Emscripten's glue
// (MODULARIZE, built by cmake/wasm.cmake). The glue asks us to instantiate
// the wasm, so that this file alone decides where its bytes come from.
// scripts/build.mjs defines PW_WASM_BASE64: "" when the .wasm is served
// beside the script, the whole binary for the .single variants; and the same
// for the lightbox's half of the module (PW_LIGHTBOX_BASE64). The lightbox's
// JS is a file of its own (PW_LIGHTBOX_JS_FILE, with its SRI hash), or
// bundled in the .single variants (PW_INLINED). Both lightbox files
// are named by a hash of their content, so a new bundle never pairs with an
// old cached lightbox.
/* global PW_WASM_BASE64, PW_LIGHTBOX_BASE64, PW_LIGHTBOX_WASM_FILE, PW_INLINED, PW_LIGHTBOX_JS_FILE, PW_LIGHTBOX_JS_INTEGRITY */
import createModule from '../build/wasm/portal-widgets.mjs';
import { createLightbox } from './gallery-lightbox.js';
import { loadLightboxScript } from './lightbox-script.js';

let modulePromise;
let lightboxPromise;
let urls = {}; // where the files are, for the ES module
let mainExports = null; // what the lightbox's half imports
let lightboxTable = null; // the main module's function table, once the lightbox's half has filled it

// Where the classic script was loaded from, read while it runs: the .wasm
// sits beside it. An ES module passes its own URL instead.
const script = typeof document !== 'undefined' && document.currentScript;
const scriptUrl = (script && script.src) || (typeof document !== 'undefined' && document.baseURI);
// A page whose CSP allows scripts by nonce gave ours one: the lightbox's
// script tag carries it too.
const nonce = (script && script.nonce) || '';
const besideScript = (file) => new URL(file, scriptUrl).href;

function decodeBase64(text) {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function fetchAndInstantiate(url, imports) {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(url + ' answered HTTP ' + response.status);
  if (WebAssembly.instantiateStreaming) {
    // Servers that send the .wasm as another type (IIS without the mapping)
    // fail the streaming compile: compile the same bytes, no second request.
    const copy = response.clone();
    try {
      return await WebAssembly.instantiateStreaming(response, imports);
    } catch (error) {
      if (error.name !== 'TypeError') throw error;
      return WebAssembly.instantiate(await copy.arrayBuffer(), imports);
    }
  }
  return WebAssembly.instantiate(await response.arrayBuffer(), imports);
}

// wasm-split left an import in the main module for each lightbox function
// the table holds, and embind keeps the function it found in the table at
// registration. So each placeholder forwards to the table entry that the
// lightbox's half writes over it when it is instantiated. The adapter calls
// none of them before loadLightbox() has resolved.
const placeholders = new Proxy(
  {},
  {
    get: (_, slot) => (...args) => {
      if (!lightboxTable) throw new Error('portal-widgets: the lightbox code is not loaded yet');
      return lightboxTable.get(Number(slot))(...args);
    },
  }
);

// `where`: { wasm, lightboxWasm, lightboxJs }, the files' URLs, from the ES
// module (it has no currentScript); each defaults to beside the script.
export function loadModule(where = {}) {
  if (!modulePromise) {
    urls = where;
    modulePromise = new Promise((resolve, reject) => {
      if (typeof WebAssembly !== 'object') throw new Error('this browser has no WebAssembly');
      createModule({
        instantiateWasm(imports, receive) {
          imports.placeholder = placeholders;
          (PW_WASM_BASE64
            ? WebAssembly.instantiate(decodeBase64(PW_WASM_BASE64), imports)
            : fetchAndInstantiate(urls.wasm || besideScript('portal-widgets.wasm'), imports)
          ).then(({ instance, module }) => {
            mainExports = instance.exports;
            receive(instance, module);
          }, reject);
          return {}; // the exports arrive through receive()
        },
      }).then(resolve, reject);
    });
  }
  return modulePromise;
}

// The lightbox's code, once, when a reader shows intent (web/gallery.js):
// its half of the wasm, fetched beside the main .wasm or decoded from the
// .single build, which fills the main module's table so the embind class
// GalleryLightbox works from then on; and its JS, fetched alongside.
// Resolves to web/gallery-lightbox.js's createLightbox.
export function loadLightbox() {
  if (!lightboxPromise) {
    const wasm = loadModule()
      .then(() => {
        const imports = { primary: mainExports };
        return PW_LIGHTBOX_BASE64
          ? WebAssembly.instantiate(decodeBase64(PW_LIGHTBOX_BASE64), imports)
          : fetchAndInstantiate(urls.lightboxWasm || besideScript(PW_LIGHTBOX_WASM_FILE), imports);
      })
      .then(() => {
        lightboxTable = Object.values(mainExports).find((value) => value instanceof WebAssembly.Table);
      });
    const js = PW_INLINED
      ? createLightbox
      : loadLightboxScript(urls.lightboxJs || besideScript(PW_LIGHTBOX_JS_FILE), PW_LIGHTBOX_JS_INTEGRITY, nonce);
    lightboxPromise = Promise.all([js, wasm]).then(([create]) => create);
  }
  return lightboxPromise;
}
