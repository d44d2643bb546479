// The npm package as a site receives it: `npm pack` of the built repo,
// installed offline into an empty project, then checked for its contents, its
// exports and types, and loaded in Chromium from node_modules/portal-widgets/
// as a classic script, as an ES module, and both on one page. Also the
// wasm-inlined classic script opened from file://.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createDevServer } from '../../server/dev-server.mjs';
import { test, expect } from './fixtures.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '../..');

// What `files` promises. Docs, a LICENSE and a CHANGELOG may come and go.
const DIST_FILES = [
  'dist/portal-widgets-boot.js',
  'dist/portal-widgets.css',
  'dist/portal-widgets.d.mts',
  'dist/portal-widgets.d.ts',
  'dist/portal-widgets.js',
  'dist/portal-widgets.mjs',
  'dist/portal-widgets.single.d.mts',
  'dist/portal-widgets.single.js',
  'dist/portal-widgets.single.mjs',
  'dist/portal-widgets.wasm',
];
const ALSO_ALLOWED = /^(README\.md|package\.json|CHANGELOG\.md|LICEN[CS]E(\.md|\.txt)?|docs\/[\w-]+\.md)$/;

let work; // temp folder: the tarball and the host project
let project; // the empty project the tarball is installed into
let installed; // project/node_modules/portal-widgets
let site; // dev server: /pkg/ the installed package, /site/ the host pages

const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map((name) => relative(dir, join(dir, name)).split('\\').join('/'))
    .filter((name) => statSync(join(dir, name)).isFile())
    .sort();
}

test.describe.configure({ mode: 'default' }); // one pack and install for the whole file

test.beforeAll(async () => {
  test.setTimeout(120_000);
  work = mkdtempSync(join(tmpdir(), 'pw-package-'));
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], repo));
  project = join(work, 'host');
  execFileSync('mkdir', [project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'host', version: '1.0.0', private: true }));
  npm(['install', '--no-audit', '--no-fund', '--offline', join(work, packed.filename)], project);
  installed = join(project, 'node_modules', 'portal-widgets');
  site = await createDevServer({
    port: 0,
    mounts: { '/pkg/': installed, '/site/': join(here, 'pages', 'package') },
    visitsFile: join(work, 'visits.json'),
  });
});

test.afterAll(async () => {
  await site?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

// Every request a page makes, to prove the widgets came from the package.
function recordRequests(page) {
  const urls = [];
  page.on('request', (request) => urls.push(new URL(request.url()).pathname));
  return urls;
}

async function fontScaleOn(page) {
  await expect(page.locator('#fs button')).toHaveCount(3);
  return page.evaluate(() => window.PortalWidgets.get(document.querySelector('#fs'))?.type);
}

test('the installed package holds what `files` promises and nothing heavy', () => {
  const files = filesUnder(installed);
  // The lightbox's files are named by hashes: one of its wasm, one of its JS.
  const lightbox = files.filter((name) => /^dist\/portal-widgets-lightbox\.[0-9a-f]{12}\.(wasm|js)$/.test(name));
  expect(lightbox.map((name) => name.split('.').pop()).sort()).toEqual(['js', 'wasm']);
  expect(files.filter((name) => name.startsWith('dist/') && !lightbox.includes(name))).toEqual(DIST_FILES);
  expect(files.filter((name) => !name.startsWith('dist/') && !ALSO_ALLOWED.test(name))).toEqual([]);
  expect(files).toContain('README.md');
  const total = files.reduce((sum, name) => sum + statSync(join(installed, name)).size, 0);
  expect(total).toBeLessThan(1_000_000);
  // No runtime dependencies: nothing else was installed beside it.
  expect(readdirSync(join(project, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['portal-widgets']);
});

test('exports resolve to the ES modules, and importing without a DOM (SSR) neither throws nor mounts', () => {
  const script = `
    import { createRequire } from 'node:module';
    const pw = await import('portal-widgets');
    const single = await import('portal-widgets/single');
    const outcome = await pw.ready.then(() => 'ready', (error) => error.message);
    console.log(JSON.stringify({
      main: import.meta.resolve('portal-widgets'),
      single: import.meta.resolve('portal-widgets/single'),
      required: createRequire(import.meta.url).resolve('portal-widgets'),
      css: import.meta.resolve('portal-widgets/dist/portal-widgets.css'),
      version: createRequire(import.meta.url)('portal-widgets/package.json').version,
      names: Object.keys(pw).sort(),
      same: Object.keys(single).sort().join() === Object.keys(pw).sort().join(),
      apiVersion: pw.version,
      outcome,
    }));`;
  const result = JSON.parse(execFileSync('node', ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' }));
  expect(result.main).toMatch(/\/node_modules\/portal-widgets\/dist\/portal-widgets\.mjs$/);
  expect(result.single).toMatch(/\/node_modules\/portal-widgets\/dist\/portal-widgets\.single\.mjs$/);
  expect(result.required).toMatch(/\/node_modules\/portal-widgets\/dist\/portal-widgets\.mjs$/);
  expect(result.css).toMatch(/\/node_modules\/portal-widgets\/dist\/portal-widgets\.css$/);
  expect(result).toMatchObject({
    names: ['default', 'get', 'mount', 'mountAll', 'ready', 'version'],
    same: true,
    apiVersion: result.version,
    outcome: 'portal-widgets needs a browser',
  });
});

test('the declarations type-check a correct use and reject each misuse', () => {
  copyFileSync(join(repo, 'tests/types/usage.ts'), join(project, 'usage.ts'));
  copyFileSync(join(repo, 'tests/types/tsconfig.json'), join(project, 'tsconfig.json'));
  const tsc = join(repo, 'node_modules/typescript/bin/tsc');
  let output = '';
  try {
    execFileSync('node', [tsc, '-p', 'tsconfig.json'], { cwd: project, encoding: 'utf8' });
  } catch (error) {
    output = error.stdout + error.stderr;
  }
  expect(output).toBe('');
});

test('the classic script from the package mounts the page and loads the .wasm beside itself', async ({ page }) => {
  const requests = recordRequests(page);
  await page.goto(site.url + 'site/classic.html');
  await page.evaluate(() => window.PortalWidgets.ready);
  expect(await fontScaleOn(page)).toBe('font-scale');
  expect(requests).toContain('/pkg/dist/portal-widgets.wasm');
  expect(requests.filter((path) => path.startsWith('/dist/'))).toEqual([]);
});

// A click on the first photo: the lightbox opens on it.
async function lightboxOpens(page) {
  await page.locator('#anh a').first().click();
  await expect(page.getByRole('dialog', { name: 'Xem ảnh' })).toBeVisible();
  await expect(page.locator('.pw-lb-counter')).toHaveText('1 / 2');
}

test('the ES module from the package mounts what the site asks, with the lightbox\'s files beside itself', async ({ page, consoleMessages }) => {
  const requests = recordRequests(page);
  await page.goto(site.url + 'site/module.html');
  expect(await fontScaleOn(page)).toBe('font-scale');
  expect(requests).toContain('/pkg/dist/portal-widgets.wasm');
  await lightboxOpens(page);
  const lightbox = requests.filter((path) => /^\/pkg\/dist\/portal-widgets-lightbox\.[0-9a-f]{12}\.(wasm|js)$/.test(path));
  expect(lightbox.map((path) => path.split('.').pop()).sort()).toEqual(['js', 'wasm']);
  expect(requests.filter((path) => path.startsWith('/dist/'))).toEqual([]);
  expect(consoleMessages).toEqual([]);
});

test('the ES module with the wasm inlined fetches no .wasm and no lightbox file, the lightbox included', async ({ page }) => {
  const requests = recordRequests(page);
  await page.goto(site.url + 'site/module-single.html');
  expect(await fontScaleOn(page)).toBe('font-scale');
  await lightboxOpens(page);
  expect(requests.filter((path) => path.endsWith('.wasm') || path.includes('lightbox'))).toEqual([]);
});

test('importing the ES module mounts nothing until the site calls mountAll()', async ({ page }) => {
  await page.goto(site.url + 'site/module-import-only.html');
  await page.waitForFunction(() => window.PortalWidgets);
  const before = await page.evaluate(async () => {
    await window.PortalWidgets.ready;
    return { found: window.PortalWidgets.get(document.querySelector('#fs')), buttons: document.querySelectorAll('#fs button').length };
  });
  expect(before).toEqual({ found: null, buttons: 0 });
  await page.evaluate(() => window.PortalWidgets.mountAll());
  expect(await fontScaleOn(page)).toBe('font-scale');
});

for (const order of ['classic-then-module', 'module-then-classic']) {
  test(`classic script and ES module on one page (${order}): one registry, each widget mounted once`, async ({ page }) => {
    const wasmRequests = [];
    page.on('request', (request) => request.url().endsWith('.wasm') && wasmRequests.push(request.url()));
    await page.goto(site.url + `site/${order}.html`);
    await page.waitForFunction(() => window.PortalWidgets);
    const shared = await page.evaluate(async () => {
      const module = await import('/pkg/dist/portal-widgets.mjs');
      await window.PortalWidgets.ready;
      return module.default === window.PortalWidgets && module.get === window.PortalWidgets.get;
    });
    expect(shared).toBe(true);
    expect(await fontScaleOn(page)).toBe('font-scale');
    await page.locator('#fs [data-pw-action="larger"]').click();
    await expect(page.locator('#fs .pw-fs-level')).toHaveCount(1);
    await expect(page.locator('#fs .pw-fs-level')).toHaveText('112,5%');
    expect(wasmRequests).toHaveLength(1); // one copy of the wasm loaded, the first one's
  });
}

test('portal-widgets.single.js works from a page opened from file://', async ({ page }) => {
  const folder = join(work, 'file-page');
  execFileSync('mkdir', [folder]);
  // Only the inlined script and the CSS: there is no .wasm to find.
  for (const name of ['portal-widgets.single.js', 'portal-widgets.css']) {
    copyFileSync(join(installed, 'dist', name), join(folder, name));
  }
  writeFileSync(
    join(folder, 'index.html'),
    '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>file://</title>' +
      '<link rel="stylesheet" href="portal-widgets.css"><script src="portal-widgets.single.js" defer></script></head>' +
      '<body><main><div id="fs" data-pw="font-scale" data-pw-target="#bai-viet">Cỡ chữ:</div>' +
      '<article id="bai-viet"><p>Nội dung.</p></article></main></body></html>'
  );
  await page.goto(pathToFileURL(join(folder, 'index.html')).href);
  await page.evaluate(() => window.PortalWidgets.ready);
  expect(await fontScaleOn(page)).toBe('font-scale');
  await page.locator('#fs [data-pw-action="larger"]').click();
  await expect(page.locator('#bai-viet')).toHaveAttribute('data-pw-font-scale', '112.5');
});
