// Unsigned LEB128, the variable-length integers of the wasm binary format:
// seven bits a byte, low bits first, the high bit set on all but the last.
// Read by scripts/wasm-breakdown.mjs and read and written by
// scripts/wasm-short-names.mjs.

// The integer at `at`, and where the next item starts.
export function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return { value, at };
}

// The bytes of `value`.
export function leb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}
