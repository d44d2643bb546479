// scripts/wasm-short-names.mjs on a module written here byte by byte: the
// renamed module must still instantiate and its functions answer as before.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exportNames, importNames, renameExports, shortName, shortenNames } from '../../scripts/wasm-short-names.mjs';

const leb = (value) => {
  const out = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
};
const section = (id, body) => [id, ...leb(body.length), ...body];
const name = (text) => [...leb(Buffer.byteLength(text)), ...Buffer.from(text)];

// Functions returning 7, 8, 9, … (i32.const n), exported under `names` in
// order. With `imports` (functions () → i32 from "env"), the first export
// instead returns what the last import returns, and the others follow it.
function moduleExporting(names, imports = []) {
  const count = names.length;
  const first = imports.length; // imported functions take the first indices
  const bodies = names.flatMap((_, i) => (i === 0 && first ? [4, 0, 0x10, first - 1, 0x0b] : [4, 0, 0x41, 7 + i, 0x0b]));
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
    ...section(1, [1, 0x60, 0, 1, 0x7f]),
    ...(first ? section(2, [...leb(first), ...imports.flatMap((text) => [...name('env'), ...name(text), 0, 0])]) : []),
    ...section(3, [...leb(count), ...names.map(() => 0)]),
    ...section(7, [...leb(count), ...names.flatMap((text, i) => [...name(text), 0, ...leb(first + i)])]),
    ...section(10, [...leb(count), ...bodies]),
  ]);
}

const call = async (bytes, imports) => (await WebAssembly.instantiate(bytes, imports)).instance.exports;

test('short names run a…z, A…Z, then two letters', () => {
  assert.deepEqual([0, 25, 26, 51, 52, 53].map(shortName), ['a', 'z', 'A', 'Z', 'ba', 'bb']);
});

test('exports are renamed, kept or dropped, and each still calls its own function', async () => {
  const original = moduleExporting(['galleryFrame', 'memoryLike', 'stackSave', 'counterResult']);
  const { bytes, map } = shortenNames(original, { keep: ['memoryLike'], drop: ['stackSave'] });
  assert.deepEqual(map, { galleryFrame: 'a', counterResult: 'b' });
  assert.deepEqual(exportNames(bytes), ['a', 'memoryLike', 'b']);
  const exports = await call(bytes);
  assert.equal(exports.a(), 7);
  assert.equal(exports.memoryLike(), 8);
  assert.equal(exports.b(), 10);
  assert.ok(bytes.length < original.length);
});

test('a section and names longer than 127 bytes (sizes of two LEB bytes) survive the rewrite', async () => {
  const long = Array.from({ length: 40 }, (_, i) => 'export' + i + 'x'.repeat(i === 3 ? 200 : 0));
  const original = moduleExporting(long);
  assert.deepEqual(exportNames(original), long);
  const renamed = renameExports(original, (text) => text.replace('export', 'e'));
  const exports = await call(renamed);
  assert.equal(exports['e3' + 'x'.repeat(200)](), 10);
  assert.equal(exports.e39(), 46);
  // Renamed back, the module is the original byte for byte.
  assert.deepEqual(renameExports(renamed, (text) => text.replace(/^e/, 'export')), original);
});

test('function imports get the next short names, and the module takes its imports under them', async () => {
  const original = moduleExporting(['galleryFrame', 'memoryLike'], ['compact_exp', 'compact_log']);
  const { bytes, map } = shortenNames(original, { keep: ['memoryLike'], drop: [] });
  assert.deepEqual(map, { galleryFrame: 'a', compact_exp: 'b', compact_log: 'c' });
  assert.deepEqual(importNames(bytes), ['b', 'c']);
  assert.deepEqual(exportNames(bytes), ['a', 'memoryLike']);
  const exports = await call(bytes, { env: { b: () => 1, c: () => 42 } });
  assert.equal(exports.a(), 42);
  assert.equal(exports.memoryLike(), 8);
  await assert.rejects(call(bytes, { env: { compact_exp: () => 1, compact_log: () => 42 } }));
});
