// The counter service in Redis mode, with real processes: a redis-server on a
// loopback port and instances of the service sharing it. Page views are
// counted exactly once whichever instance takes them; a killed instance or a
// Redis outage loses no answered count, and an outage answers 503, never
// wrong numbers. The load tests print throughput and latency.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { counterConfig } from '../../server/counter-config.mjs';
import { createCounterService } from '../../server/counter-service.mjs';
import { startRedis, startService } from './processes.mjs';
import { call, closeConnections, describeLoad, loadViews, postView, readCounts, waitFor } from './http-load.mjs';

const kSeedPage = { total: 1121895, today: 2451 };
const kSites = 'portal,one,two,kill,outage';
const kViews = 2000;
const kVisitors = Array.from({ length: 400 }, () => randomUUID());

let redis;
let first;
let second;

before(async () => {
  redis = await startRedis();
  const env = { REDIS_URL: redis.url, COUNTER_SITES: kSites, COUNTER_START: JSON.stringify({ portal: kSeedPage }) };
  [first, second] = await Promise.all([startService(env), startService(env)]);
});

after(async () => {
  closeConnections();
  await Promise.all([first?.kill(), second?.kill()]);
  await redis?.kill();
});

const site = (instance, name) => `${instance.url}api/visitors/${name}`;
// {"200": 1998, "503": 2}: what the statuses were, for a failure's message.
const tally = (statuses) => JSON.stringify(statuses.reduce((counts, status) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }), {}));

test('2,000 concurrent page views over one instance, then over two: exact counts, the same from both', async () => {
  const one = await loadViews({ urls: [site(first, 'one')], count: kViews, visitors: kVisitors });
  assert.ok(one.statuses.every((status) => status === 200), tally(one.statuses));
  const two = await loadViews({ urls: [site(first, 'two'), site(second, 'two')], count: kViews, visitors: kVisitors });
  assert.ok(two.statuses.every((status) => status === 200), tally(two.statuses));
  console.log(`load, one instance: ${kViews} page views in ${one.seconds.toFixed(2)} s: ${describeLoad(one)}`);
  console.log(`load, two instances: ${kViews} page views in ${two.seconds.toFixed(2)} s: ${describeLoad(two)}`);

  const expected = { online: kVisitors.length, today: kViews, total: kViews };
  for (const name of ['one', 'two']) {
    assert.deepEqual(await readCounts(site(first, name)), expected, name);
    assert.deepEqual(await readCounts(site(second, name)), expected, name);
  }
});

test('a site starts from its configured figures, and /api/visitors is the first site', async () => {
  assert.deepEqual(await readCounts(`${first.url}api/visitors`), { online: 0, ...kSeedPage });
  const visitor = randomUUID();
  assert.equal((await postView(`${second.url}api/visitors`, visitor)).status, 200);
  assert.deepEqual(await readCounts(`${first.url}api/visitors`), { online: 1, today: kSeedPage.today + 1, total: kSeedPage.total + 1 });
  // A poll with the id is a heartbeat on any instance; it counts no view.
  const poll = await call(`${first.url}api/visitors?visitor=${visitor}`);
  assert.deepEqual(JSON.parse(poll.body).total, kSeedPage.total + 1);
});

test('an instance killed with SIGKILL mid-run: the other counts on, and every answered page view is counted', async () => {
  const env = { REDIS_URL: redis.url, COUNTER_SITES: kSites };
  const doomed = await startService(env);
  let answeredByDoomed = 0;
  let killing = null;
  const load = await loadViews({
    urls: [site(doomed, 'kill'), site(second, 'kill')],
    count: kViews,
    visitors: kVisitors,
    onAnswer(i, response) {
      if (i % 2 === 0 && response.status === 200) answeredByDoomed++;
      if (answeredByDoomed === 200 && !killing) killing = doomed.kill('SIGKILL');
    },
  });
  await killing;
  const answered = load.statuses.filter((status) => status === 200).length;
  const bySurvivor = load.statuses.filter((status, i) => i % 2 === 1 && status === 200).length;
  assert.equal(bySurvivor, kViews / 2, tally(load.statuses.filter((status, i) => i % 2 === 1))); // the other instance answered every one of its share
  const counted = (await readCounts(site(second, 'kill'))).total;
  // A view sent just before the kill may be counted unanswered; an answered one is never lost.
  assert.ok(counted >= answered && counted <= kViews, `answered ${answered}, counted ${counted}`);
  console.log(`kill: ${answered} page views answered, ${counted} counted, ${answered - Math.min(answered, counted)} lost; ${kViews - answered} unanswered by the killed instance`);
});

test('Redis stopped: 503 with Retry-After and nothing counted; Redis back: counting resumes on both instances', async () => {
  const url = site(first, 'outage');
  const visitor = randomUUID();
  for (let i = 0; i < 10; i++) assert.equal((await postView(url, visitor)).status, 200);

  const stopped = performance.now();
  await redis.stop();
  for (const target of [url, site(second, 'outage')]) {
    const refused = await postView(target, visitor);
    assert.equal(refused.status, 503);
    assert.equal(refused.headers['retry-after'], '5');
    assert.match(refused.body, /store is unavailable/);
    const read = await call(target);
    assert.equal(read.status, 503); // no numbers rather than wrong ones
  }
  const refusedMs = performance.now() - stopped;

  const restarting = performance.now();
  await redis.restart();
  const up = performance.now();
  // The first page view each instance answers again, counted, once its client has reconnected.
  await Promise.all(
    [url, site(second, 'outage')].map((target) => waitFor(async () => (await postView(target, visitor)).status === 200, { what: `${target} counting again` }))
  );
  const resumedMs = performance.now() - up;
  for (let i = 0; i < 10; i++) assert.equal((await postView(url, visitor)).status, 200);
  assert.deepEqual(await readCounts(url), { online: 1, today: 22, total: 22 });
  assert.deepEqual(await readCounts(site(second, 'outage')), { online: 1, today: 22, total: 22 });
  console.log(
    `outage: 503 from the first request after Redis stopped (${refusedMs.toFixed(0)} ms to check both instances), ` +
      `Redis restarted in ${(up - restarting).toFixed(0)} ms, both instances counting ${(resumedMs / 1000).toFixed(2)} s after it was up; 0 counts lost`
  );
});

test('"today" rolls over at midnight in Hanoi, with the clock as a parameter', async () => {
  const clock = { t: Date.UTC(2022, 1, 17, 16, 59, 0) }; // 2022-02-17 23:59 +07:00
  const config = { ...counterConfig({ REDIS_URL: redis.url, COUNTER_SITES: 'rollover', PORT: '0', HOST: '127.0.0.1' }) };
  const service = await createCounterService(config, { now: () => clock.t });
  try {
    const url = `${service.url}api/visitors`;
    await waitFor(async () => (await call(url)).status === 200, { what: 'connected to Redis' });
    const visitor = randomUUID();
    await postView(url, visitor);
    await postView(url, visitor);
    assert.deepEqual(await readCounts(url), { online: 1, today: 2, total: 2 });
    clock.t += 60_000; // 00:00 on the 18th
    assert.deepEqual(await readCounts(url), { online: 1, today: 0, total: 2 });
    await postView(url, visitor);
    assert.deepEqual(await readCounts(url), { online: 1, today: 1, total: 3 });
    clock.t += 5 * 60_000; // five minutes without a view or a poll
    assert.deepEqual(await readCounts(url), { online: 0, today: 1, total: 3 });
  } finally {
    await service.close();
  }
});
