// One cached promise for the wasm module. scripts/build.mjs defines
// PW_WASM_BASE64: "" when the .wasm is served beside the script, the whole
// binary for the .single variants.
/* global PW_WASM_BASE64 */
import { moduleOf } from './wasm-module.js';

let modulePromise;

// Where the classic script was loaded from, read while it runs: the .wasm
// sits beside it. An ES module passes its own URL instead.
const script = typeof document !== 'undefined' && document.currentScript;
const scriptUrl = (script && script.src) || (typeof document !== 'undefined' && document.baseURI);

// What the standalone wasm imports (cmake/wasm.cmake): the browser's own
// maths, which cost the module no code (shared/compact_math.h).
const imports = {
  env: {
    compact_exp: Math.exp,
    compact_log: Math.log,
    compact_hypot: Math.hypot,
    compact_fmod: (x, y) => x % y,
  },
};

function decodeBase64(text) {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function fetchAndInstantiate(url) {
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

// `wasmUrl`: where the .wasm is, for the ES module (it has no currentScript).
export function loadModule(wasmUrl) {
  if (!modulePromise) {
    modulePromise = Promise.resolve()
      .then(() => {
        if (typeof WebAssembly !== 'object') throw new Error('this browser has no WebAssembly');
        return PW_WASM_BASE64
          ? WebAssembly.instantiate(decodeBase64(PW_WASM_BASE64), imports)
          : fetchAndInstantiate(wasmUrl || new URL('portal-widgets.wasm', scriptUrl).href);
      })
      .then(({ instance }) => moduleOf(instance.exports));
  }
  return modulePromise;
}
