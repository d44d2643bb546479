// The counter service with its embedded store: its settings, contract v1 with
// ETag/304 and CORS, clear refusals that count nothing, 503 when busy, and a
// page view that survives SIGKILL once answered.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { counterConfig } from '../../server/counter-config.mjs';
import { createCounterService } from '../../server/counter-service.mjs';
import { startService } from './processes.mjs';
import { call, closeConnections, loadViews, postView, readCounts } from './http-load.mjs';

const kMorningHanoi = Date.UTC(2022, 1, 18, 2, 30, 0); // 2022-02-18 09:30 +07:00
const kPortalOrigin = 'https://bandantoc.example.gov.vn';
const kEnv = {
  COUNTER_SITES: 'bandantoc,sonoivu',
  COUNTER_START: '{"bandantoc": {"total": 1121895, "today": 2451}}',
  COUNTER_ORIGINS: `${kPortalOrigin}, https://sonoivu.example.gov.vn`,
  PORT: '0',
  HOST: '127.0.0.1',
};
const tempDir = () => mkdtempSync(join(tmpdir(), 'pw-counter-service-'));

let service;
let url; // the default site's endpoint
const clock = { t: kMorningHanoi };

before(async () => {
  const config = counterConfig({ ...kEnv, COUNTER_FILE: 'counter.json' }, tempDir());
  service = await createCounterService(config, { now: () => clock.t });
  url = `${service.url}api/visitors`;
});

after(async () => {
  closeConnections();
  await service.close();
});

test('settings come from the environment, with the default site first', () => {
  const config = counterConfig({ ...kEnv, COUNTER_FILE: 'x/counter.json' }, '/srv/counter');
  assert.deepEqual(config.sites, { bandantoc: { total: 1121895, today: 2451 }, sonoivu: { total: 0, today: 0 } });
  assert.deepEqual(config.origins, [kPortalOrigin, 'https://sonoivu.example.gov.vn']);
  assert.equal(config.file, '/srv/counter/x/counter.json');
  assert.equal(config.redisUrl, null);
  const defaults = counterConfig({}, '/srv/counter');
  assert.deepEqual(defaults.sites, { default: { total: 0, today: 0 } });
  assert.deepEqual(defaults.origins, []);
  assert.equal(defaults.file, '/srv/counter/data/counter.json');
  assert.equal(defaults.port, 8090);
  for (const [env, message] of [
    [{ COUNTER_SITES: 'Bad Name' }, /not a site name/],
    [{ COUNTER_START: '{"other": {"total": 1}}' }, /not in COUNTER_SITES/],
    [{ COUNTER_START: '{"default": {"total": -1}}' }, /must be/],
    [{ COUNTER_START: '{"default": {"total": 1, "today": 2}}' }, /above total/],
    [{ COUNTER_START: 'total=5' }, /not JSON/],
    [{ COUNTER_ORIGINS: 'portal.vn' }, /not an origin/],
    [{ PORT: 'http' }, /not a port/],
  ]) {
    assert.throws(() => counterConfig(env), message, JSON.stringify(env));
  }
});

test('GET answers contract v1 with a weak ETag over the numbers, and 304 while they stand', async () => {
  const first = await call(url);
  assert.equal(first.status, 200);
  assert.equal(first.headers['content-type'], 'application/json; charset=utf-8');
  assert.deepEqual(JSON.parse(first.body), { online: 0, today: 2451, total: 1121895, asOf: '2022-02-18T09:30:00+07:00', pollSeconds: 30 });
  assert.equal(first.headers.etag, 'W/"0-2451-1121895"');
  clock.t += 1000;
  assert.equal((await call(url, { headers: { 'If-None-Match': first.headers.etag } })).status, 304);
  const head = await call(url, { method: 'HEAD' });
  assert.equal(head.status, 200);
  assert.equal(head.body, '');
});

test('POST records one page view and answers the new numbers; a poll with the id is a heartbeat', async () => {
  const visitor = randomUUID();
  const other = `${service.url}api/visitors/sonoivu`;
  const view = await postView(other, visitor);
  assert.equal(view.status, 200);
  assert.deepEqual(JSON.parse(view.body).total, 1);
  clock.t += 4 * 60_000;
  const poll = await call(`${other}?visitor=${visitor}`);
  assert.deepEqual(JSON.parse(poll.body), { online: 1, today: 1, total: 1, asOf: '2022-02-18T09:34:01+07:00', pollSeconds: 30 });
  clock.t += 4 * 60_000; // 8 minutes after the view, 4 after the heartbeat
  assert.equal((await readCounts(other)).online, 1);
  clock.t += 60_000;
  assert.equal((await readCounts(other)).online, 0);
  // An empty body is a page view with no visitor to keep online.
  assert.deepEqual(JSON.parse((await call(other, { method: 'POST' })).body).total, 2);
});

test('CORS: listed origins may read and record, others are refused and count nothing', async () => {
  const preflight = await call(url, { method: 'OPTIONS', headers: { Origin: kPortalOrigin, 'Access-Control-Request-Method': 'POST' } });
  assert.equal(preflight.status, 204);
  assert.equal(preflight.headers['access-control-allow-origin'], kPortalOrigin);
  assert.match(preflight.headers['access-control-allow-methods'], /POST/);
  assert.match(preflight.headers['access-control-allow-headers'], /If-None-Match/);
  const read = await call(url, { headers: { Origin: kPortalOrigin } });
  assert.equal(read.headers['access-control-allow-origin'], kPortalOrigin);
  assert.match(read.headers['access-control-expose-headers'], /ETag/);

  const before = await readCounts(url);
  const stranger = await call(url, { method: 'POST', headers: { Origin: 'https://elsewhere.example', 'Content-Type': 'application/json' }, body: '{}' });
  assert.equal(stranger.status, 403);
  assert.match(stranger.body, /origin https:\/\/elsewhere.example is not allowed/);
  assert.equal(stranger.headers['access-control-allow-origin'], undefined);
  assert.deepEqual(await readCounts(url), before);
});

test('malformed requests, oversized bodies and unknown sites get clear errors and count nothing', async () => {
  const before = await readCounts(url);
  const json = { 'Content-Type': 'application/json' };
  const cases = [
    [{ method: 'POST', headers: json, body: '{"visitor":' }, 400, /not JSON/],
    [{ method: 'POST', headers: json, body: '[1]' }, 400, /JSON object/],
    [{ method: 'POST', headers: json, body: '{"visitor":"me"}' }, 400, /UUID/],
    [{ method: 'POST', headers: json, body: '{"visitor":7}' }, 400, /UUID/],
    [{ method: 'POST', headers: json, body: `{"visitor":"${randomUUID()}","views":100}` }, 400, /unknown key "views"/],
    [{ method: 'POST', headers: json, body: JSON.stringify({ visitor: 'x'.repeat(5000) }) }, 413, /over 1024 bytes/],
    [{ method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'visitor=x' }, 415, /application\/json/],
    [{ method: 'DELETE' }, 405, /use GET/],
  ];
  for (const [options, status, message] of cases) {
    const response = await call(url, options);
    assert.equal(response.status, status, options.body ?? options.method);
    assert.match(response.body, message);
  }
  const badPoll = await call(`${url}?visitor=not-a-uuid`);
  assert.equal(badPoll.status, 400);
  for (const path of ['api/visitors/nowhere', 'api/visitors/%E0%A4%A']) {
    const unknown = await call(`${service.url}${path}`, { method: 'POST', headers: json, body: '{}' });
    assert.ok([400, 404].includes(unknown.status), path);
  }
  assert.match((await call(`${service.url}api/visitors/nowhere`)).body, /unknown site "nowhere"/);
  assert.equal((await call(`${service.url}elsewhere`)).status, 404);
  assert.deepEqual(await readCounts(url), before);
});

test('a busy service answers 503 with Retry-After rather than queue without bound', async () => {
  const config = counterConfig({ ...kEnv, COUNTER_FILE: 'busy.json' }, tempDir());
  const busy = await createCounterService(config, { maxPending: 0 });
  try {
    const refused = await postView(`${busy.url}api/visitors`, randomUUID());
    assert.equal(refused.status, 503);
    assert.equal(refused.headers['retry-after'], '1');
  } finally {
    await busy.close();
  }
});

test('the embedded store killed with SIGKILL after answering: every answered page view is there after a restart', async () => {
  const dir = tempDir();
  const env = { ...kEnv, COUNTER_ORIGINS: '', COUNTER_FILE: join(dir, 'counter.json') };
  const doomed = await startService(env);
  const visitors = Array.from({ length: 20 }, () => randomUUID());
  const load = await loadViews({ urls: [`${doomed.url}api/visitors`], count: 500, visitors });
  assert.ok(load.statuses.every((status) => status === 200));
  await doomed.kill('SIGKILL'); // no chance to flush anything on the way out
  assert.equal(JSON.parse(readFileSync(join(dir, 'counter.json'), 'utf8')).sites.bandantoc.total, 1121895 + 500);
  const restarted = await startService(env);
  try {
    const counts = await readCounts(`${restarted.url}api/visitors`);
    assert.equal(counts.total, 1121895 + 500);
    assert.equal(counts.today, 2451 + 500);
  } finally {
    await restarted.kill();
  }
});
