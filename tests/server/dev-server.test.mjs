// The dev server: the headers a strict host sends, counted numbers in the page,
// the /api/visitors contract, conditional requests, no way out of its folders,
// and the test-only fault endpoints.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { createDevServer } from '../../server/dev-server.mjs';

const kMorningHanoi = Date.UTC(2022, 1, 18, 2, 30, 0); // 2022-02-18 09:30 +07:00
const minutes = (n) => n * 60 * 1000;

let server;
let faulty; // the same, with createDevServer({ faults: true })
let site;
const clock = { t: kMorningHanoi, now: () => clock.t };

before(async () => {
  site = mkdtempSync(join(tmpdir(), 'pw-site-'));
  mkdirSync(join(site, 'examples/demo'), { recursive: true });
  mkdirSync(join(site, 'dist'), { recursive: true });
  writeFileSync(join(site, 'examples/demo/index.html'), '<p>Tổng {{total}}, hôm nay {{today}}, online {{online}}</p>');
  writeFileSync(join(site, 'dist/portal-widgets.wasm'), Buffer.from([0, 97, 115, 109]));
  writeFileSync(join(site, 'secret.txt'), 'not for the web');
  server = await createDevServer({ root: site, port: 0, visitsFile: join(site, 'visits.json'), now: clock.now });
  faulty = await createDevServer({ root: site, port: 0, visitsFile: join(site, 'visits-faulty.json'), faults: true });
});

after(() => Promise.all([server.close(), faulty.close()]));

// Raw requests, so paths reach the server exactly as written (no URL normalising).
function call(path, { on = server, method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const url = new URL(on.url);
    const req = request({ host: url.hostname, port: url.port, path, method, headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
const get = (path, headers = {}) => call(path, { headers });

test('pages carry the strict CSP and counts that go on from the seed figures', async () => {
  const first = await get('/demo/index.html');
  assert.equal(first.status, 200);
  assert.match(first.headers['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval';/);
  assert.equal(first.headers['x-content-type-options'], 'nosniff');
  assert.equal(first.body, '<p>Tổng 1.121.896, hôm nay 2452, online 1</p>');
  const cookie = first.headers['set-cookie'][0].split(';')[0];
  const second = await get('/demo/index.html', { cookie });
  assert.equal(second.body, '<p>Tổng 1.121.897, hôm nay 2453, online 1</p>');
});

test('wasm is served as application/wasm with a validator', async () => {
  const wasm = await get('/dist/portal-widgets.wasm');
  assert.equal(wasm.headers['content-type'], 'application/wasm');
  const again = await get('/dist/portal-widgets.wasm', { 'if-none-match': wasm.headers.etag });
  assert.equal(again.status, 304);
});

test('with gzip: true, scripts, styles and wasm go compressed to clients that accept it; photos and others as they are', async () => {
  writeFileSync(join(site, 'dist/portal-widgets.js'), 'console.log("portal-widgets");\n'.repeat(50));
  writeFileSync(join(site, 'dist/photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xd9]));
  const own = await createDevServer({ root: site, port: 0, visitsFile: join(site, 'visits-gzip.json'), gzip: true });
  const raw = (path, headers) =>
    new Promise((resolve, reject) => {
      const url = new URL(own.url);
      request({ host: url.hostname, port: url.port, path, headers }, (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject).end();
    });
  try {
    const script = await raw('/dist/portal-widgets.js', { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(script.headers['content-encoding'], 'gzip');
    assert.equal(script.headers.vary, 'Accept-Encoding');
    assert.equal(gunzipSync(script.body).toString('utf8'), readFileSync(join(site, 'dist/portal-widgets.js'), 'utf8'));
    assert.ok(script.body.length < 200, `${script.body.length} B for 1,550 B of repeated text`);
    const wasm = await raw('/dist/portal-widgets.wasm', { 'accept-encoding': 'gzip' });
    assert.deepEqual([...gunzipSync(wasm.body)], [0, 97, 115, 109]);
    const plain = await raw('/dist/portal-widgets.js', {});
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body.length, 1550);
    const photo = await raw('/dist/photo.jpg', { 'accept-encoding': 'gzip' });
    assert.equal(photo.headers['content-encoding'], undefined);
    assert.equal(photo.body.length, 4);
    assert.equal((await get('/dist/portal-widgets.js', { 'accept-encoding': 'gzip' })).headers['content-encoding'], undefined); // off by default
  } finally {
    await own.close();
  }
});

test('/api/visitors answers JSON v1, and 304 while the numbers stand', async () => {
  clock.t += minutes(10); // the visitors of the first test have gone
  const first = await get('/api/visitors');
  assert.equal(first.status, 200);
  assert.equal(first.headers['content-type'], 'application/json; charset=utf-8');
  assert.equal(first.headers['cache-control'], 'no-cache');
  assert.equal(first.headers['set-cookie'], undefined); // a poll hands out no visitor id
  assert.deepEqual(JSON.parse(first.body), { online: 0, today: 2453, total: 1121897, asOf: '2022-02-18T09:40:00+07:00', pollSeconds: 30 });
  assert.equal(first.headers.etag, 'W/"0-2453-1121897"');

  clock.t += 1000; // asOf moves on, the numbers do not: still a match
  for (const tag of [first.headers.etag, '"0-2453-1121897"', `"other", ${first.headers.etag}`, '*']) {
    const again = await get('/api/visitors', { 'if-none-match': tag });
    assert.equal(again.status, 304, tag);
    assert.equal(again.headers.etag, first.headers.etag);
    assert.equal(again.body, '');
  }
  assert.equal((await get('/api/visitors', { 'if-none-match': 'W/"1-2453-1121897"' })).status, 200);

  const head = await call('/api/visitors', { method: 'HEAD' });
  assert.equal(head.status, 200);
  assert.equal(head.body, '');
  assert.equal(head.headers.etag, first.headers.etag);
  assert.equal((await get('/api/counter')).status, 404); // the old name is gone
  assert.equal((await call('/api/visitors', { method: 'PUT' })).status, 405);
});

test('a poll keeps its visitor online but counts no visit', async () => {
  const page = await get('/demo/index.html');
  const cookie = page.headers['set-cookie'][0].split(';')[0];
  const before = JSON.parse((await get('/api/visitors')).body);
  assert.equal(before.online, 1);
  for (let i = 0; i < 3; i++) {
    clock.t += minutes(4);
    const poll = JSON.parse((await get('/api/visitors', { cookie })).body);
    assert.deepEqual([poll.online, poll.today, poll.total], [1, before.today, before.total]);
  }
  // Neither a forged id nor a HEAD request counts as a heartbeat.
  clock.t += minutes(3);
  await get('/api/visitors', { cookie: 'pw_vid=not-a-uuid' });
  await call('/api/visitors', { method: 'HEAD', headers: { cookie } });
  clock.t += minutes(2);
  assert.equal(JSON.parse((await get('/api/visitors')).body).online, 0);
});

test('paths cannot leave the served folders', async () => {
  for (const path of ['/demo/../secret.txt', '/demo/%2e%2e/secret.txt', '/demo/..%2fsecret.txt', '/dist/%5c..%5csecret.txt']) {
    const response = await get(path);
    assert.ok([400, 404].includes(response.status), `${path} → ${response.status}`);
    assert.notEqual(response.body, 'not for the web');
  }
  assert.equal((await get('/nowhere')).status, 404);
});

test('the example host pages are served like the demo: strict CSP, counted numbers filled in', async () => {
  mkdirSync(join(site, 'examples/wordpress'), { recursive: true });
  writeFileSync(join(site, 'examples/wordpress/index.html'), '<b data-pw-field="total">{{total}}</b>');
  writeFileSync(join(site, 'examples/wordpress/theme.css'), 'body { margin: 0 }');
  // A server of its own, so the visit it counts changes no other test's figures.
  const own = await createDevServer({ root: site, port: 0, visitsFile: join(site, 'visits-examples.json'), now: clock.now });
  try {
    const page = await call('/examples/wordpress/', { on: own });
    assert.equal(page.status, 200);
    assert.match(page.headers['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval';/);
    assert.equal(page.body, '<b data-pw-field="total">1.121.896</b>');
    const css = await call('/examples/wordpress/theme.css', { on: own });
    assert.equal(css.headers['content-type'], 'text/css; charset=utf-8');
    assert.ok([400, 404].includes((await call('/examples/%2e%2e/secret.txt', { on: own })).status));
  } finally {
    await own.close();
  }
});

test('close() writes every counted visit to the data file', async () => {
  const file = join(site, 'visits-close.json');
  const own = await createDevServer({ root: site, port: 0, visitsFile: file, now: clock.now });
  const views = Array.from({ length: 5 }, () => call('/demo/index.html', { on: own }));
  await Promise.all(views);
  await own.close();
  assert.equal(JSON.parse(readFileSync(file, 'utf8')).sites.default.total, 1121895 + 5);
});

test('the fault endpoints exist only with faults: true', async () => {
  for (const path of ['/test-api/fault?status=503', '/test-api/log', '/test-api/scripted']) {
    assert.equal((await get(path)).status, 404, path);
  }
  assert.equal((await call('/test-api/script', { method: 'POST', body: '[]' })).status, 405);
});

test('/test-api/fault replies with exactly the status, headers and body asked for', async () => {
  const body = '{"online":8,"today":"n/a"}';
  const unavailable = await call(`/test-api/fault?status=503&retryAfter=120&body=${encodeURIComponent(body)}&contentType=application/json&etag=${encodeURIComponent('W/"x1"')}&delayMs=0`, { on: faulty });
  assert.equal(unavailable.status, 503);
  assert.equal(unavailable.headers['retry-after'], '120');
  assert.equal(unavailable.headers['content-type'], 'application/json');
  assert.equal(unavailable.headers.etag, 'W/"x1"');
  assert.equal(unavailable.body, body);

  const plain = await call('/test-api/fault?status=429', { on: faulty });
  assert.equal(plain.status, 429);
  assert.equal(plain.headers['retry-after'], undefined);
  assert.equal(plain.headers.etag, undefined);
  assert.equal(plain.headers['content-type'], 'application/json; charset=utf-8');
  assert.equal(plain.body, '');

  const noType = await call('/test-api/fault?contentType=&body=hi', { on: faulty });
  assert.equal(noType.status, 200);
  assert.equal(noType.headers['content-type'], undefined);

  const huge = await call('/test-api/fault?bytes=3000000&contentType=text/plain', { on: faulty });
  assert.equal(huge.headers['content-length'], '3000000');
  assert.equal(huge.body.length, 3000000);
  assert.match(huge.body, /^x+$/);

  const notModified = await call('/test-api/fault?status=304&etag=%22a%22&body=ignored', { on: faulty });
  assert.equal(notModified.status, 304);
  assert.equal(notModified.headers.etag, '"a"');
  assert.equal(notModified.body, '');

  for (const bad of ['status=99', 'status=600', 'status=abc', 'delayMs=-1', 'bytes=1&body=x', 'colour=red', `retryAfter=1${encodeURIComponent('\r\nX-Evil: 1')}`]) {
    const response = await call(`/test-api/fault?${bad}`, { on: faulty });
    assert.equal(response.status, 400, bad);
  }
  assert.equal((await call('/test-api/fault', { on: faulty, method: 'POST' })).status, 405);
});

test('/test-api/fault delays its reply by delayMs on the server', async () => {
  const start = performance.now();
  const slow = await call('/test-api/fault?delayMs=40&body=late', { on: faulty });
  assert.equal(slow.body, 'late');
  assert.ok(performance.now() - start >= 38, 'replied before the delay');
});

test('/test-api/fault with stallMs sends the headers and half the body, then the rest after the stall', async () => {
  const url = new URL(faulty.url);
  const start = performance.now();
  const { status, chunks } = await new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: '/test-api/fault?stallMs=60&body=0123456789' }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode, chunks }));
    });
    req.on('error', reject);
    req.end();
  });
  assert.equal(status, 200);
  assert.deepEqual(chunks, ['01234', '56789']); // the halves arrive apart
  assert.ok(performance.now() - start >= 58, 'the rest came before the stall was over');
  assert.equal((await call('/test-api/fault?stallMs=-1', { on: faulty })).status, 400);
});

test('/test-api/script queues replies that /test-api/scripted serves in order, and /test-api/log records requests', async () => {
  const script = [
    { status: 200, etag: 'W/"1"', body: { online: 8, today: 2451, total: 1121895 } },
    { status: 304, etag: 'W/"1"' },
    { status: '503', retryAfter: 60, body: 'busy', contentType: 'text/plain' },
  ];
  const set = await call('/test-api/script', { on: faulty, method: 'POST', body: JSON.stringify(script) });
  assert.equal(set.status, 200);
  assert.deepEqual(JSON.parse(set.body), { queued: 3 });

  const from = Date.now();
  const first = await call('/test-api/scripted', { on: faulty });
  assert.equal(first.status, 200);
  assert.equal(first.headers.etag, 'W/"1"');
  assert.deepEqual(JSON.parse(first.body), { online: 8, today: 2451, total: 1121895 });
  const second = await call('/test-api/scripted', { on: faulty, headers: { 'if-none-match': 'W/"1"' } });
  assert.equal(second.status, 304);
  await call('/api/visitors', { on: faulty, headers: { 'if-none-match': 'W/"0-0-0"' } });
  const third = await call('/test-api/scripted?attempt=3', { on: faulty, headers: { 'if-none-match': 'W/"1"' } });
  assert.deepEqual([third.status, third.headers['retry-after'], third.body], [503, '60', 'busy']);
  assert.equal((await call('/test-api/scripted', { on: faulty })).status, 404); // the script is used up
  const to = Date.now();

  const log = JSON.parse((await call('/test-api/log', { on: faulty })).body);
  assert.deepEqual(
    log.map(({ path, ifNoneMatch }) => ({ path, ifNoneMatch })),
    [
      { path: '/test-api/scripted', ifNoneMatch: null },
      { path: '/test-api/scripted', ifNoneMatch: 'W/"1"' },
      { path: '/api/visitors', ifNoneMatch: 'W/"0-0-0"' },
      { path: '/test-api/scripted', ifNoneMatch: 'W/"1"' },
      { path: '/test-api/scripted', ifNoneMatch: null },
    ]
  );
  for (let i = 0; i < log.length; i++) {
    assert.ok(log[i].at >= from && log[i].at <= to, 'at is Date.now() of the request');
    if (i > 0) assert.ok(log[i].at >= log[i - 1].at);
  }

  // A bad script is refused whole, and the queue stays as it was.
  await call('/test-api/script', { on: faulty, method: 'POST', body: '[{"status":200,"body":"kept"}]' });
  for (const bad of ['{"status":200}', 'not json', '[{"status":200},{"status":1}]', '[{"stauts":200}]']) {
    assert.equal((await call('/test-api/script', { on: faulty, method: 'POST', body: bad })).status, 400, bad);
  }
  assert.equal((await call('/test-api/scripted', { on: faulty })).body, 'kept');
  assert.equal((await call('/test-api/script', { on: faulty })).status, 405);
});

test('close() does not wait for a delayed fault reply', { timeout: 10_000 }, async () => {
  const own = await createDevServer({ root: site, port: 0, visitsFile: join(site, 'visits-delay.json'), faults: true });
  await call('/test-api/script', { on: own, method: 'POST', body: '[{"delayMs":120000}]' });
  const stalled = call('/test-api/scripted', { on: own }).then(
    () => 'answered',
    () => 'cut off'
  );
  // Wait (by asking, not by a timer) until the server holds the request.
  while (JSON.parse((await call('/test-api/log', { on: own })).body).length === 0);
  await own.close();
  assert.equal(await stalled, 'cut off');
});
