// Where the wasm's bytes go: code size per function of the module built with
// its names kept (CMake target pw_wasm_names), grouped by where the function
// comes from, and the data section. `npm run size -- --why` prints it; the
// bench records it.
//   shared/<folder>/<file>   functions defined in that file of shared/
//   wasm/<file>     the embind bindings (with the shared/ code LTO inlined into them)
//   std, libc       the C++ and C libraries (operator new, memmove, …)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readLeb } from './leb128.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const wasmDir = join(root, 'build', 'wasm');

function readSections(bytes) {
  let at = 8;
  const leb = () => {
    const read = readLeb(bytes, at);
    at = read.at;
    return read.value;
  };
  const name = () => {
    const length = leb();
    at += length;
    return bytes.subarray(at - length, at).toString('utf8');
  };
  const sections = { bodies: [], names: new Map(), importedFunctions: 0, data: 0 };
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = leb();
    const end = at + size;
    if (id === 2) {
      for (let count = leb(); count > 0; count--) {
        name();
        name();
        const kind = bytes[at++];
        if (kind === 0) sections.importedFunctions++, leb();
        else if (kind === 1) at++, leb() & 1 ? (leb(), leb()) : leb();
        else if (kind === 2) leb() & 1 ? (leb(), leb()) : leb();
        else at += 2;
      }
    } else if (id === 10) {
      for (let count = leb(); count > 0; count--) {
        const length = leb();
        sections.bodies.push(bytes.subarray(at, at + length));
        at += length;
      }
    } else if (id === 11) {
      sections.data = size;
      sections.dataBytes = bytes.subarray(at, end);
    } else if (id === 0 && name() === 'name') {
      while (at < end) {
        const sub = bytes[at++];
        const subEnd = leb() + at;
        if (sub === 1) for (let count = leb(); count > 0; count--) sections.names.set(leb(), name());
        at = subEnd;
      }
    }
    at = end;
  }
  return sections;
}

// Which file of shared/ or wasm/ defines each symbol, from the (LTO bitcode)
// objects' symbol tables.
function definingFiles() {
  const files = new Map();
  const objects = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name.endsWith('.cpp.o')) objects.push(join(dir, entry.name));
    }
  };
  walk(join(wasmDir, 'CMakeFiles'));
  for (const object of objects) {
    // .../CMakeFiles/pw_gallery.dir/shared/gallery/controller.cpp.o → shared/gallery/controller.cpp
    const source = object.match(/\.dir\/((?:shared|wasm)\/.+)\.o$/)[1];
    if (!existsSync(join(root, source))) continue; // left in the build tree by a file since moved or deleted
    // An object may define nothing (a header's only definitions inlined): llvm-nm
    // says so on stderr, which is not news here.
    const listing = execFileSync('llvm-nm', ['--defined-only', '-j', '-C', object], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    for (const symbol of listing.split('\n')) if (symbol) files.set(symbol, source);
  }
  return files;
}

// Builds the named module (same flags as the shipped one, plus names) and
// measures it. Returns the groups, largest first, and the largest functions.
export function wasmBreakdown({ top = 25 } = {}) {
  execFileSync('cmake', ['--build', '--preset', 'wasm', '--target', 'pw_wasm_names'], { cwd: root, stdio: 'ignore' });
  const module = readSections(readFileSync(join(wasmDir, 'portal-widgets-names.wasm')));
  const files = definingFiles();
  // The name section holds demangled names, as `llvm-nm -C` prints them.
  const names = module.bodies.map((_, i) => module.names.get(i + module.importedFunctions) || `function ${i}`);
  const groups = new Map();
  const functions = [];
  module.bodies.forEach((body, i) => {
    const name = names[i];
    // Library templates are defined in every object that uses them: by name.
    const library = /^(std::|void std::|bool std::|__cxx|operator new|operator delete)/.test(name);
    const group = library ? 'std' : files.get(name) || 'libc';
    const entry = groups.get(group) || { group, raw: 0, functions: 0, bodies: [] };
    entry.raw += body.length;
    entry.functions++;
    entry.bodies.push(body);
    groups.set(group, entry);
    functions.push({ name, group, raw: body.length });
  });
  const gzip = (parts) => gzipSync(Buffer.concat(parts), { level: 9 }).length;
  return {
    codeRaw: module.bodies.reduce((sum, body) => sum + body.length, 0),
    functions: module.bodies.length,
    dataRaw: module.data,
    dataGzip: gzip([module.dataBytes]),
    groups: [...groups.values()]
      .sort((a, b) => b.raw - a.raw)
      .map(({ bodies, ...entry }) => ({ ...entry, gzipAlone: gzip(bodies) })),
    largest: functions.sort((a, b) => b.raw - a.raw).slice(0, top),
  };
}

export function printBreakdown({ codeRaw, functions, dataRaw, dataGzip, groups, largest }) {
  const pad = (text, width) => String(text).padStart(width);
  console.log(`code: ${codeRaw} B raw in ${functions} functions; data: ${dataRaw} B raw, ${dataGzip} B gzip alone`);
  console.log('where the code goes'.padEnd(36) + pad('raw', 8) + pad('share', 7) + pad('gzip¹', 8) + pad('funcs', 7));
  for (const entry of groups) {
    console.log(entry.group.padEnd(36) + pad(entry.raw, 8) + pad(((100 * entry.raw) / codeRaw).toFixed(1) + '%', 7) +
      pad(entry.gzipAlone, 8) + pad(entry.functions, 7));
  }
  console.log('¹ each group gzipped alone: an upper bound, the module compresses across groups');
  console.log('LTO inlines: a binding of wasm/ counts the shared/ code inlined into it.');
  console.log('\nlargest functions');
  for (const fn of largest) console.log(pad(fn.raw, 7) + '  ' + fn.group.padEnd(34) + fn.name.slice(0, 100));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) printBreakdown(wasmBreakdown());
