// scripts/result-names.mjs: which result members the release may rename.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { PLATFORM_NAMES, renamedResultKeys, resultKeyNames } from '../../scripts/result-names.mjs';

const def = 'PW_KEY(canZoomIn)\n// PW_KEY(commented)\nPW_KEY(index)\nPW_KEY(src)\nPW_KEY(wakeAt)\n';

test('the keys are read in order, one per PW_KEY line', () => {
  assert.deepEqual(resultKeyNames(def), ['canZoomIn', 'index', 'src', 'wakeAt']);
});

test('a name of the public types or of the platform keeps its name', () => {
  const types = 'export interface GalleryChange { index: number; count: number }';
  assert.deepEqual(renamedResultKeys(def, types), ['canZoomIn', 'wakeAt']);
  assert.ok(PLATFORM_NAMES.includes('src'));
});

test('no renamed member of the real list is a word of the real public types', () => {
  const root = new URL('../../', import.meta.url);
  const types = readFileSync(new URL('web/portal-widgets.d.ts', root), 'utf8');
  const renamed = renamedResultKeys(readFileSync(new URL('wasm/result_keys.def', root), 'utf8'), types);
  assert.ok(renamed.length > 0);
  for (const name of renamed) assert.ok(!new RegExp('\\b' + name + '\\b').test(types), name);
});
