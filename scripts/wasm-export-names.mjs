// Short export names for the release module. The widget exports
// ("galleryPointerCancel", …) are spelled out twice in the bundle: in the
// .wasm's export section and at every `module.galleryX(` of the minified JS.
// scripts/build.mjs renames them here to "a", "b", … and gives esbuild the same
// map (mangleProps), so both files carry the short names. Sources and the
// build/ module keep the long ones.
//
// A wasm binary is a header and sections, each an id byte, its size as
// unsigned LEB128, then its bytes. Only the export section (id 7) is rewritten:
// a count, then per export its name (length, UTF-8), a kind byte and an index.

const EXPORT_SECTION = 7;

function readLeb(bytes, at) {
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

function leb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

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

export function exportNames(bytes) {
  const section = sections(bytes).find((s) => s.id === EXPORT_SECTION);
  if (!section) return [];
  const names = [];
  let { value: count, at } = readLeb(bytes, section.body);
  for (; count > 0; count--) {
    const length = readLeb(bytes, at);
    names.push(Buffer.from(bytes.subarray(length.at, length.at + length.value)).toString('utf8'));
    at = readLeb(bytes, length.at + length.value + 1).at; // past the kind and the index
  }
  return names;
}

// `rename(name)` gives the export's new name, the same name to keep it, or
// null to drop the export (its function stays, unexported). Returns the new
// module's bytes.
export function renameExports(bytes, rename) {
  const out = [...bytes.subarray(0, 8)];
  for (const section of sections(bytes)) {
    if (section.id !== EXPORT_SECTION) {
      out.push(...bytes.subarray(section.start, section.end));
      continue;
    }
    const entries = [];
    let { value: count, at } = readLeb(bytes, section.body);
    for (; count > 0; count--) {
      const length = readLeb(bytes, at);
      const name = Buffer.from(bytes.subarray(length.at, length.at + length.value)).toString('utf8');
      const indexEnd = readLeb(bytes, length.at + length.value + 1).at;
      const renamed = rename(name);
      if (renamed !== null) entries.push([...nameBytes(renamed), ...bytes.subarray(length.at + length.value, indexEnd)]);
      at = indexEnd;
    }
    const body = [...leb(entries.length), ...entries.flat()];
    out.push(EXPORT_SECTION, ...leb(body.length), ...body);
  }
  return Uint8Array.from(out);
}

// The release renaming: exports that web/wasm-module.js reads by name keep
// it, emscripten's stack helpers (nothing calls them) are dropped, every
// other export gets a short name. Returns the new bytes and the map from the
// long names to the short ones, as esbuild's mangleCache takes it.
export function shortenWidgetExports(bytes, { keep, drop }) {
  const map = {};
  let next = 0;
  const renamed = renameExports(bytes, (name) => {
    if (keep.includes(name)) return name;
    if (drop.includes(name)) return null;
    map[name] = shortName(next++);
    return map[name];
  });
  return { bytes: renamed, map };
}
