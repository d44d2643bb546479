// The house rule of shared/ (CMakeLists.txt): five folders and nothing loose;
// core/ includes only core/, and a widget's folder only itself and core/.
// One widget reaching into another would tie their libraries and their wasm.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SHARED = new URL('../../shared/', import.meta.url).pathname;
const FOLDERS = ['core', 'font_scale', 'visitor_counter', 'carousel', 'gallery'];

// What is wrong with the includes of shared/<folder>/<name>: each quoted
// include must be "<folder>/…" or "core/…" ("core/…" only, in core/).
// Angle-bracket includes are libraries and not checked.
function includeProblems(folder, name, text) {
  const allowed = new Set(folder === 'core' ? ['core'] : ['core', folder]);
  const problems = [];
  for (const [, included] of text.matchAll(/^\s*#\s*include\s+"([^"]+)"/gm)) {
    const [home, ...rest] = included.split('/');
    if (!rest.length || !allowed.has(home)) problems.push(`shared/${folder}/${name} includes "${included}"`);
  }
  return problems;
}

test('shared/ holds only its five folders', () => {
  assert.deepEqual(readdirSync(SHARED).sort(), [...FOLDERS].sort());
  for (const folder of FOLDERS) {
    for (const name of readdirSync(join(SHARED, folder))) {
      assert.ok(statSync(join(SHARED, folder, name)).isFile(), `shared/${folder}/${name} is a folder inside a folder`);
      assert.match(name, /^[a-z0-9_]+\.(h|cpp)$/, `shared/${folder}/${name}`);
    }
  }
});

test('a widget includes only itself and core/, and core/ only itself', () => {
  const problems = [];
  for (const folder of FOLDERS) {
    for (const name of readdirSync(join(SHARED, folder))) {
      problems.push(...includeProblems(folder, name, readFileSync(join(SHARED, folder, name), 'utf8')));
    }
  }
  assert.deepEqual(problems, []);
});

test('the check names a widget reaching into another, a loose include and core/ reaching out', () => {
  const text = '#include <vector>\n#include "core/spring.h"\n#include "gallery/zoom_pan.h"\n#include "carousel/drag.h"\n#include "zoom_pan.h"\n';
  assert.deepEqual(includeProblems('gallery', 'lightbox_gesture.h', text), [
    'shared/gallery/lightbox_gesture.h includes "carousel/drag.h"',
    'shared/gallery/lightbox_gesture.h includes "zoom_pan.h"',
  ]);
  assert.deepEqual(includeProblems('core', 'easing.h', '#include "gallery/zoom_pan.h"\n'), [
    'shared/core/easing.h includes "gallery/zoom_pan.h"',
  ]);
});

// One concept per file: a file past 500 lines holds several (issue "A house
// that shows its widgets"). The stylesheet is measured apart, in the size budget.
test('no C++ or JS source in shared/, wasm/ or web/ is over 500 lines', () => {
  const root = new URL('../../', import.meta.url).pathname;
  const long = [];
  const walk = (dir) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(h|cpp|js|mjs)$/.test(entry.name)) {
        const lines = readFileSync(join(root, path), 'utf8').split('\n').length - 1;
        if (lines > 500) long.push(`${path}: ${lines} lines`);
      }
    }
  };
  for (const dir of ['shared', 'wasm', 'web']) walk(dir);
  assert.deepEqual(long, []);
});
