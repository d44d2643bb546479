// Short export and import names for the release module. The widget exports
// ("galleryPointerCancel", …) are spelled out twice in the bundle: in the
// .wasm's export section and at every `module.galleryX(` of the minified JS;
// the maths imports ("compact_exp", …) in the import section and in
// web/loader.js. scripts/build.mjs renames them here to "a", "b", … and gives
// esbuild the same map (mangleProps), so both files carry the short names.
// Sources and the build/ module keep the long ones.
//
// A wasm binary is a header and sections, each an id byte, its size as
// unsigned LEB128, then its bytes. Only two sections are rewritten. Exports
// (id 7): a count, then per export its name (length, UTF-8), a kind byte and
// an index. Imports (id 2): a count, then per import its module's name, its
// own name, a kind byte and, for a function, its type's index.

import { leb, readLeb } from './leb128.mjs';

const IMPORT_SECTION = 2;
const EXPORT_SECTION = 7;

function nameBytes(name) {
  const utf8 = Buffer.from(name, 'utf8');
  return [...leb(utf8.length), ...utf8];
}

// 0 → "a" … 25 → "z", 26 → "A" … 51 → "Z", 52 → "ba", …
export function shortName(index) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let name = '';
  do {
    name = letters[index % letters.length] + name;
    index = Math.floor(index / letters.length);
  } while (index > 0);
  return name;
}

function sections(bytes) {
  const list = [];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const size = readLeb(bytes, at + 1);
    list.push({ id, start: at, body: size.at, end: size.at + size.value });
    at = size.at + size.value;
  }
  return list;
}

// The names as they are, read through the same walk that renames them.
export function importNames(bytes) {
  const names = [];
  renameImports(bytes, (name) => (names.push(name), name));
  return names;
}

export function exportNames(bytes) {
  const names = [];
  renameExports(bytes, (name) => (names.push(name), name));
  return names;
}

// `rename(name)` gives the export's new name, the same name to keep it, or
// null to drop the export (its function stays, unexported). Returns the new
// module's bytes.
export function renameExports(bytes, rename) {
  return rewriteSection(bytes, EXPORT_SECTION, (at) => {
    const length = readLeb(bytes, at);
    const name = Buffer.from(bytes.subarray(length.at, length.at + length.value)).toString('utf8');
    const end = readLeb(bytes, length.at + length.value + 1).at; // past the kind and the index
    const renamed = rename(name);
    const entry = renamed === null ? null : [...nameBytes(renamed), ...bytes.subarray(length.at + length.value, end)];
    return { entry, end };
  });
}

// `rename(name)` gives a function import's new name (its module's name
// stays). Only function imports are expected: anything else is an error.
export function renameImports(bytes, rename) {
  return rewriteSection(bytes, IMPORT_SECTION, (at) => {
    const module = readLeb(bytes, at);
    const field = readLeb(bytes, module.at + module.value);
    const name = Buffer.from(bytes.subarray(field.at, field.at + field.value)).toString('utf8');
    if (bytes[field.at + field.value] !== 0) throw new Error(`import ${name} is not a function`);
    const end = readLeb(bytes, field.at + field.value + 1).at; // past the kind and the type
    const entry = [...bytes.subarray(at, module.at + module.value), ...nameBytes(rename(name)), ...bytes.subarray(field.at + field.value, end)];
    return { entry, end };
  });
}

// Rewrites each entry of section `id` through `entryAt(at)` → {entry: bytes
// or null to drop it, end}; every other section is copied as it is.
function rewriteSection(bytes, id, entryAt) {
  const out = [...bytes.subarray(0, 8)];
  for (const section of sections(bytes)) {
    if (section.id !== id) {
      out.push(...bytes.subarray(section.start, section.end));
      continue;
    }
    const entries = [];
    let { value: count, at } = readLeb(bytes, section.body);
    for (; count > 0; count--) {
      const { entry, end } = entryAt(at);
      if (entry !== null) entries.push(entry);
      at = end;
    }
    const body = [...leb(entries.length), ...entries.flat()];
    out.push(id, ...leb(body.length), ...body);
  }
  return Uint8Array.from(out);
}

// The release renaming: exports that web/wasm-module.js reads by name keep
// it, emscripten's stack helpers (nothing calls them) are dropped, every
// other export and every import gets a short name. Returns the new bytes and
// the map from the long names to the short ones, as esbuild's mangleCache
// takes it.
export function shortenNames(bytes, { keep, drop }) {
  const map = {};
  let next = 0;
  const short = (name) => (map[name] = shortName(next++));
  const renamed = renameExports(bytes, (name) => {
    if (keep.includes(name)) return name;
    if (drop.includes(name)) return null;
    return short(name);
  });
  return { bytes: renameImports(renamed, short), map };
}
