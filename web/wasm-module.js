// The wasm module's exports as functions of plain values: arguments go in
// and results come out as the boundary of wasm/boundary.h encodes them, so
// the adapters call module.galleryFrame(id, now) and get a plain object.
// scripts/build.mjs defines PW_RESULT_KEYS: the members' names, listed in
// wasm/result_keys.def, with "" first (no name) so a key byte indexes it.
/* global PW_RESULT_KEYS */
const encoder = new TextEncoder();
const decoder = new TextDecoder();

// Arguments are encoded here first, then copied into wasm memory in one go.
let scratch = new Uint8Array(1024);
let scratchView = new DataView(scratch.buffer);
let used = 0;

function room(bytes) {
  if (used + bytes <= scratch.length) return;
  const larger = new Uint8Array(Math.max(2 * scratch.length, used + bytes));
  larger.set(scratch.subarray(0, used));
  scratch = larger;
  scratchView = new DataView(scratch.buffer);
}

// An array's items are written in its place (wasm/boundary.h): adapters pass
// a rectangle as [x, y, width, height] and a list after its length.
function put(value) {
  if (Array.isArray(value)) {
    for (const item of value) put(item);
  } else if (typeof value === 'string') {
    room(5 + 3 * value.length); // UTF-8 takes at most 3 bytes per UTF-16 unit
    const { written } = encoder.encodeInto(value, scratch.subarray(used + 5));
    scratch[used] = 1;
    scratchView.setUint32(used + 1, written, true);
    used += 5 + written;
  } else {
    room(9);
    scratch[used] = 0;
    scratchView.setFloat64(used + 1, +value, true);
    used += 9;
  }
}

// Until every widget is bound with embind, the others' exports are wrapped
// here (Module._galleryFrame becomes module.galleryFrame).
export function withCallTape(module) {
  function writeArgs(args) {
    used = 0;
    for (const arg of args) put(arg);
    const at = module._pw_args(used); // may grow the memory: take its buffer after
    new Uint8Array(module.HEAPU8.buffer, at, used).set(scratch.subarray(0, used));
  }

  function read(at) {
    const bytes = module.HEAPU8;
    const data = new DataView(bytes.buffer);
    const item = () => {
      const kind = bytes[at];
      at += 2; // the kind and the member's key, read by the container
      if (kind === 110) {
        at += 8;
        return data.getFloat64(at - 8, true);
      }
      if (kind === 115) {
        const length = data.getUint32(at, true);
        at += 4 + length;
        return decoder.decode(bytes.subarray(at - length, at));
      }
      if (kind === 123 || kind === 91) {
        const container = kind === 91 ? [] : {};
        while (bytes[at] !== 125) {
          const name = PW_RESULT_KEYS[bytes[at + 1]];
          const value = item();
          if (kind === 91) container.push(value);
          else container[name] = value;
        }
        at++;
        return container;
      }
      return kind === 116;
    };
    return item();
  }

  for (const name of Object.keys(module)) {
    const exported = module[name];
    if (!/^_(gallery|carousel|counter)/.test(name) || typeof exported !== 'function') continue;
    module[name.slice(1)] = (...args) => {
      writeArgs(args);
      const at = exported();
      return at === undefined ? undefined : read(at);
    };
  }
  return module;
}
