// The strict CSP everywhere: every HTML page of the e2e tests, the demo and the
// examples is served with the dev server's policy and runs under it without a
// single violation, with its widgets used (carousels seen and moved, a photo
// opened and closed, the text made larger). And the built bundle holds no
// string evaluation for a policy to forbid.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDevServer, CSP } from '../../server/dev-server.mjs';
import { tmpdir } from 'node:os';
import { test, expect } from './fixtures.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '../..');

const htmlUnder = (dir) =>
  readdirSync(dir, { recursive: true })
    .filter((name) => name.endsWith('.html'))
    .map((name) => relative(dir, join(dir, name)).split('\\').join('/'))
    .sort();

// URL path → file, for every page there is.
const PAGES = [
  ...htmlUnder(join(here, 'pages')).map((name) => '/test-pages/' + name),
  ...htmlUnder(join(repo, 'examples/demo')).map((name) => '/demo/' + name),
  ...htmlUnder(join(repo, 'examples'))
    .filter((name) => !name.startsWith('demo/')) // served as /demo/ above
    .map((name) => '/examples/' + name),
];

// The package pages load the bundle from /pkg/ (package.spec.mjs installs it
// there); here /pkg/ is the repository, whose dist/ is the same bundle.
let site;
test.beforeAll(async () => {
  site = await createDevServer({
    port: 0,
    mounts: { '/test-pages/': join(here, 'pages'), '/pkg/': repo },
    visitsFile: join(mkdtempSync(join(tmpdir(), 'pw-csp-')), 'visits.json'),
  });
});
test.afterAll(() => site?.close());

test('the policy itself is strict: no inline script, no eval, no plugins, no foreign base', () => {
  const directives = Object.fromEntries(CSP.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
  expect(directives['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  expect(directives['object-src']).toEqual(["'none'"]);
  expect(directives['base-uri']).toEqual(["'self'"]);
  expect(directives['default-src']).toEqual(["'self'"]);
  expect(PAGES.length).toBeGreaterThan(20);
});

// Uses every widget the page has, the way a reader would reach its code paths.
async function useWidgets(page) {
  const widgets = await page.evaluate(() =>
    [...document.querySelectorAll('[data-pw]')].map((element, i) => {
      element.dataset.cspTest = String(i);
      const widget = window.PortalWidgets?.get(element);
      return widget ? { i, type: widget.type, count: widget.count ?? 0 } : null;
    }).filter(Boolean)
  );
  const get = (i) => `PortalWidgets.get(document.querySelector('[data-csp-test="${i}"]'))`;
  for (const { i, type, count } of widgets) {
    const root = page.locator(`[data-csp-test="${i}"]`);
    if (type === 'carousel' && (await root.isVisible())) {
      await root.scrollIntoViewIfNeeded();
      await expect.poll(() => page.evaluate(`${get(i)}.active`)).toBe(true);
      await page.evaluate(`${get(i)}.next()`);
      await expect.poll(() => page.evaluate(`${get(i)}.moving`)).toBe(false);
    }
    if (type === 'gallery' && count > 0) {
      await page.evaluate(`${get(i)}.open(0)`);
      await expect.poll(() => page.evaluate(`[${get(i)}.phase, ${get(i)}.moving]`)).toEqual(['open', false]);
      await page.evaluate(`${get(i)}.close()`);
      await expect.poll(() => page.evaluate(`[${get(i)}.phase, ${get(i)}.moving]`)).toEqual(['closed', false]);
    }
    if (type === 'font-scale') await root.locator('[data-pw-action="larger"]').click();
  }
  return widgets.length;
}

for (const path of PAGES) {
  test(`strict CSP: ${path} is served with the policy and runs without a violation`, async ({ page, consoleMessages }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        window.__violations.push(`${event.effectiveDirective}: ${event.blockedURI || event.sample}`)
      );
    });
    const response = await page.goto(new URL(path, site.url).href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-security-policy']).toBe(CSP);
    const bundle = await page.evaluate(() => Boolean(window.PortalWidgets));
    if (bundle) {
      await page.evaluate(() => window.PortalWidgets.ready.catch(() => {}));
      await useWidgets(page);
    }
    expect(await page.evaluate(() => window.__violations)).toEqual([]);
    expect(consoleMessages.filter((m) => /Content Security Policy|Refused to/i.test(m.text))).toEqual([]);
  });
}

// The listener above must see a violation when there is one.
test('strict CSP self-check: an inline script added to a page is refused and reported', async ({ page }) => {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(event.effectiveDirective));
  });
  await page.goto(new URL('/test-pages/carousel-target.html', site.url).href);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__ran = true';
    document.body.append(script);
  });
  await expect.poll(() => page.evaluate(() => window.__violations)).toEqual(['script-src-elem']);
  expect(await page.evaluate(() => window.__ran)).toBeUndefined();
  await page.evaluate(() => document.querySelector('body > script:last-child').remove());
});

// What a strict CSP forbids, in any of the files a page can load.
test('the built bundle holds no eval, new Function, Function() or timer with a string', () => {
  const dist = join(repo, 'dist');
  const files = readdirSync(dist).filter((name) => /\.m?js$/.test(name));
  expect(files).toEqual(expect.arrayContaining(['portal-widgets.js', 'portal-widgets.single.js', 'portal-widgets.mjs', 'portal-widgets-boot.js']));
  const FORBIDDEN = [
    [/\beval\s*\(/, 'eval('],
    [/\bnew\s+Function\b/, 'new Function'],
    [/(?<![\w$.])Function\s*\(/, 'Function('],
    [/\bset(?:Timeout|Interval)\s*\(\s*['"`]/, 'a timer given a string'],
  ];
  const found = files.flatMap((name) => {
    const text = readFileSync(join(dist, name), 'utf8');
    return FORBIDDEN.filter(([pattern]) => pattern.test(text)).map(([, what]) => `${name}: ${what}`);
  });
  expect(found).toEqual([]);
});
