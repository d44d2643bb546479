// One cached promise for the wasm module. The emscripten glue is wrapped
// together with this bundle by scripts/build.mjs, which also defines
// PW_WASM_BASE64: "" when the .wasm is served beside the script, the whole
// binary for the .single variants.
/* global createPortalWidgetsModule, PW_WASM_BASE64 */

let modulePromise;

function decodeBase64(text) {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

// `wasmUrl`: where the .wasm is, for the ES module (the glue would look
// beside the page, having no document.currentScript there).
export function loadModule(wasmUrl) {
  if (!modulePromise) {
    modulePromise = Promise.resolve().then(() => {
      if (typeof WebAssembly !== 'object') {
        throw new Error('this browser has no WebAssembly');
      }
      const settings = { printErr: () => {} };
      if (PW_WASM_BASE64) settings.wasmBinary = decodeBase64(PW_WASM_BASE64);
      else if (wasmUrl) settings.locateFile = () => wasmUrl;
      return createPortalWidgetsModule(settings);
    });
  }
  return modulePromise;
}
