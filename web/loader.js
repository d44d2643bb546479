// One cached promise for the wasm module, made by Emscripten's glue
// (MODULARIZE, built by cmake/wasm.cmake). The glue asks us to instantiate
// the wasm, so that this file alone decides where its bytes come from.
// scripts/build.mjs defines PW_WASM_BASE64: "" when the .wasm is served
// beside the script, the whole binary for the .single variants.
/* global PW_WASM_BASE64 */
import createModule from '../build/wasm/portal-widgets.mjs';

let modulePromise;

// Where the classic script was loaded from, read while it runs: the .wasm
// sits beside it. An ES module passes its own URL instead.
const script = typeof document !== 'undefined' && document.currentScript;
const scriptUrl = (script && script.src) || (typeof document !== 'undefined' && document.baseURI);

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

// `wasmUrl`: where the .wasm is, for the ES module (it has no currentScript).
export function loadModule(wasmUrl) {
  if (!modulePromise) {
    modulePromise = new Promise((resolve, reject) => {
      if (typeof WebAssembly !== 'object') throw new Error('this browser has no WebAssembly');
      createModule({
        instantiateWasm(imports, receive) {
          (PW_WASM_BASE64
            ? WebAssembly.instantiate(decodeBase64(PW_WASM_BASE64), imports)
            : fetchAndInstantiate(wasmUrl || new URL('portal-widgets.wasm', scriptUrl).href, imports)
          ).then(({ instance, module }) => receive(instance, module), reject);
          return {}; // the exports arrive through receive()
        },
      }).then(resolve, reject);
    });
  }
  return modulePromise;
}
