// The dev server: the headers a strict host sends, honest counts in the page,
// conditional requests, and no way out of its folders.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { createDevServer } from '../../web/dev-server.mjs';

let server;
let site;

before(async () => {
  site = mkdtempSync(join(tmpdir(), 'pw-site-'));
  mkdirSync(join(site, 'web/demo'), { recursive: true });
  mkdirSync(join(site, 'dist'), { recursive: true });
  writeFileSync(join(site, 'web/demo/index.html'), '<p>Tổng {{total}}, hôm nay {{today}}, online {{online}}</p>');
  writeFileSync(join(site, 'dist/portal-widgets.wasm'), Buffer.from([0, 97, 115, 109]));
  writeFileSync(join(site, 'secret.txt'), 'not for the web');
  server = await createDevServer({ root: site, port: 0, visitsFile: join(site, 'visits.json') });
});

after(() => server.close());

// Raw requests, so paths reach the server exactly as written (no URL normalising).
function get(path, headers = {}) {
  return new Promise((resolve, reject) => {
    const url = new URL(server.url);
    const req = request({ host: url.hostname, port: url.port, path, headers }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('pages carry the strict CSP and real counts', async () => {
  const first = await get('/demo/index.html');
  assert.equal(first.status, 200);
  assert.match(first.headers['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval';/);
  assert.equal(first.headers['x-content-type-options'], 'nosniff');
  assert.equal(first.body, '<p>Tổng 1, hôm nay 1, online 1</p>');
  const cookie = first.headers['set-cookie'][0].split(';')[0];
  const second = await get('/demo/index.html', { cookie });
  assert.equal(second.body, '<p>Tổng 2, hôm nay 2, online 1</p>');
});

test('wasm is served as application/wasm with a validator', async () => {
  const wasm = await get('/dist/portal-widgets.wasm');
  assert.equal(wasm.headers['content-type'], 'application/wasm');
  const again = await get('/dist/portal-widgets.wasm', { 'if-none-match': wasm.headers.etag });
  assert.equal(again.status, 304);
});

test('the counter endpoint answers JSON v1 and 304 while the numbers stand', async () => {
  const first = await get('/api/counter');
  const body = JSON.parse(first.body);
  assert.deepEqual(Object.keys(body).sort(), ['asOf', 'online', 'pollSeconds', 'today', 'total']);
  assert.equal((await get('/api/counter', { 'if-none-match': first.headers.etag })).status, 304);
});

test('paths cannot leave the served folders', async () => {
  for (const path of ['/demo/../secret.txt', '/demo/%2e%2e/secret.txt', '/demo/..%2fsecret.txt', '/dist/%5c..%5csecret.txt']) {
    const response = await get(path);
    assert.ok([400, 404].includes(response.status), `${path} → ${response.status}`);
    assert.notEqual(response.body, 'not for the web');
  }
  assert.equal((await get('/nowhere')).status, 404);
});
