// The release renames the results' members that nothing outside the bundle
// names (scripts/result-names.mjs). esbuild renames a property everywhere in
// the bundle, so a renamed member that is also a property of the browser's
// objects would rename the adapters' reads and writes of that property too.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renamedResultKeys } from '../../scripts/result-names.mjs';
import { test, expect } from './fixtures.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../..');
const renamed = renamedResultKeys(
  readFileSync(join(repo, 'wasm/result_keys.def'), 'utf8'),
  readFileSync(join(repo, 'web/portal-widgets.d.ts'), 'utf8')
);

test('no renamed result member is a property of any of the browser\'s objects', async ({ page }) => {
  await page.goto('/');
  const platformNames = await page.evaluate(() => {
    const names = new Set();
    const collect = (object) => {
      for (let o = object; o; o = Object.getPrototypeOf(o)) {
        for (const name of Object.getOwnPropertyNames(o)) names.add(name);
      }
    };
    // Every interface's prototype and static members, and the instances whose
    // members live on themselves (a style's properties, the global object).
    for (const name of Object.getOwnPropertyNames(window)) {
      let value;
      try {
        value = window[name];
      } catch {
        continue;
      }
      if (typeof value === 'function') {
        collect(value);
        if (value.prototype) collect(value.prototype);
      }
    }
    collect(window);
    const element = document.createElement('div');
    for (const name in element.style) names.add(name);
    for (const name in element) names.add(name);
    return [...names];
  });
  expect(platformNames.length).toBeGreaterThan(1000);
  const clashes = renamed.filter((name) => platformNames.includes(name));
  expect(clashes, 'add these to PLATFORM_NAMES in scripts/result-names.mjs').toEqual([]);
});
