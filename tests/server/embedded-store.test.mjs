// The embedded store of the counter service (one machine, one JSON file): a
// Hanoi day, a five-minute "online" window kept up by polls, a page view on
// disk before it is answered, atomic writes, and no silent reset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmbeddedStore } from '../../server/embedded-store.mjs';
import { formatCount } from '../../server/count-format.mjs';
import { vnIsoTime } from '../../server/hanoi-time.mjs';

const kMidnightHanoi = Date.UTC(2022, 1, 17, 17, 0, 0); // 2022-02-18 00:00 +07:00
const kSeedPage = { total: 1121895, today: 2451 };
const kZero = { total: 0, today: 0 };
const kVisitorA = '00000000-0000-4000-8000-00000000000a';
const kVisitorB = '00000000-0000-4000-8000-00000000000b';
const minutes = (n) => n * 60 * 1000;
const tempDir = () => mkdtempSync(join(tmpdir(), 'pw-counter-'));

function fakeClock(start) {
  let t = start;
  return { now: () => t, advance: (ms) => (t += ms) };
}

// A store of one site, "portal", and shorthands that use the fake clock.
function openPortal({ file, start = kSeedPage, clock }) {
  const store = createEmbeddedStore({ file, sites: { portal: start }, now: clock.now });
  return {
    store,
    view: (visitor = null) => store.touch('portal', 'view', visitor, clock.now()),
    beat: (visitor) => store.touch('portal', 'heartbeat', visitor, clock.now()),
    read: () => store.touch('portal', 'read', null, clock.now()),
  };
}

// Runs fn with console.warn captured; returns what it printed.
async function warningsOf(fn) {
  const warnings = [];
  const originalWarn = console.warn;
  console.warn = (message) => warnings.push(String(message));
  try {
    await fn();
  } finally {
    console.warn = originalWarn;
  }
  return warnings;
}

test('formats counts the Vietnamese way, grouping only from five digits', () => {
  assert.equal(formatCount(8), '8');
  assert.equal(formatCount(2451), '2451');
  assert.equal(formatCount(12451), '12.451');
  assert.equal(formatCount(1121895), '1.121.895');
});

test('asOf is local time in Asia/Ho_Chi_Minh', () => {
  assert.equal(vnIsoTime(kMidnightHanoi + minutes(90)), '2022-02-18T01:30:00+07:00');
});

test('counts views, today since Hanoi midnight, and distinct visitors online', async () => {
  const clock = fakeClock(kMidnightHanoi - minutes(10));
  const portal = openPortal({ clock, start: kZero });
  await portal.view(kVisitorA);
  assert.deepEqual(await portal.view(kVisitorA), { online: 1, today: 2, total: 2 });
  clock.advance(minutes(11)); // past midnight in Hanoi
  assert.deepEqual(await portal.view(kVisitorB), { online: 1, today: 1, total: 3 }); // A was seen 11 minutes ago
  clock.advance(minutes(5));
  assert.deepEqual(await portal.read(), { online: 0, today: 1, total: 3 });
});

test('with no saved data, counting starts from the configured figures, today for the day it started', async () => {
  const clock = fakeClock(kMidnightHanoi + minutes(600));
  const file = join(tempDir(), 'counter.json'); // ENOENT: the normal first run, no warning
  const warnings = await warningsOf(async () => {
    const portal = openPortal({ file, clock });
    assert.deepEqual(await portal.read(), { online: 0, today: 2451, total: 1121895 });
    assert.deepEqual(await portal.view(kVisitorA), { online: 1, today: 2452, total: 1121896 });
  });
  assert.deepEqual(warnings, []);
  const fresh = openPortal({ clock });
  clock.advance(minutes(24 * 60));
  assert.deepEqual(await fresh.read(), { online: 0, today: 0, total: 1121895 });
});

test('a poll is a heartbeat: it keeps a visitor online but counts no visit', async () => {
  const clock = fakeClock(kMidnightHanoi);
  const portal = openPortal({ clock, start: kZero });
  await portal.view(kVisitorA);
  for (let i = 0; i < 4; i++) {
    clock.advance(minutes(4));
    assert.deepEqual(await portal.beat(kVisitorA), { online: 1, today: 1, total: 1 });
  }
  assert.equal((await portal.beat(null)).online, 1); // a poll without an id changes nothing
  clock.advance(minutes(5));
  assert.equal((await portal.read()).online, 0); // the page was closed: no more polls
});

test('a page view is on disk when it is answered, written atomically', async () => {
  const dir = tempDir();
  const file = join(dir, 'counter.json');
  const clock = fakeClock(kMidnightHanoi);
  const portal = openPortal({ file, clock, start: kZero });
  await portal.view(kVisitorA);
  assert.equal(JSON.parse(readFileSync(file, 'utf8')).sites.portal.total, 1); // no flush needed
  await Promise.all([portal.view(kVisitorA), portal.view(kVisitorB)]);
  assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), { sites: { portal: { total: 3, day: 19041, today: 3 } } });
  assert.deepEqual(readdirSync(dir), ['counter.json']); // no temporary file left behind
  const restarted = openPortal({ file, clock });
  assert.deepEqual(await restarted.read(), { online: 0, today: 3, total: 3 });
});

test('the demo counter\'s one-site file is read as the default site\'s', async () => {
  const file = join(tempDir(), 'visits.json');
  writeFileSync(file, JSON.stringify({ total: 1121900, day: 19041, today: 7 }));
  const clock = fakeClock(kMidnightHanoi + minutes(60));
  const portal = openPortal({ file, clock });
  assert.deepEqual(await portal.view(), { online: 0, today: 8, total: 1121901 });
});

test('a corrupt file is moved aside with one warning naming both paths, never reset in silence', async () => {
  const clock = fakeClock(kMidnightHanoi + minutes(90) + 7000);
  for (const corrupt of ['{"total": -4', '{"total": -4}', 'null', '[]', '{"today": 3}', '{"sites": {"portal": {"total": "x"}}}']) {
    const file = join(tempDir(), 'counter.json');
    const aside = `${file}.corrupt-20220218T013007`;
    writeFileSync(file, corrupt);
    let portal;
    const warnings = await warningsOf(() => {
      portal = openPortal({ file, clock });
    });
    assert.equal(warnings.length, 1, corrupt);
    assert.match(warnings[0], /corrupt/);
    assert.ok(warnings[0].includes(file) && warnings[0].includes(aside), warnings[0]);
    assert.equal(readFileSync(aside, 'utf8'), corrupt); // the old data, kept as it was
    assert.equal(existsSync(file), false);
    assert.deepEqual(await portal.view(), { online: 0, today: 2452, total: 1121896 });
    assert.equal(JSON.parse(readFileSync(file, 'utf8')).sites.portal.total, 1121896);
  }

  // Corrupt again within the same second: the first copy is not overwritten.
  const file = join(tempDir(), 'counter.json');
  const warnings = await warningsOf(() => {
    writeFileSync(file, 'first');
    openPortal({ file, clock });
    writeFileSync(file, 'second');
    openPortal({ file, clock });
  });
  assert.equal(warnings.length, 2);
  assert.equal(readFileSync(`${file}.corrupt-20220218T013007`, 'utf8'), 'first');
  assert.equal(readFileSync(`${file}.corrupt-20220218T013007-2`, 'utf8'), 'second');
});

test('an unreadable file warns, and is left alone rather than overwritten', async () => {
  const file = join(tempDir(), 'counter.json');
  mkdirSync(file); // reading a directory fails with EISDIR, even for root
  const clock = fakeClock(kMidnightHanoi);
  let counts;
  const warnings = await warningsOf(async () => {
    counts = await openPortal({ file, clock }).view(kVisitorA);
  });
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /cannot read/);
  assert.ok(warnings[0].includes(file) && warnings[0].includes('EISDIR'), warnings[0]);
  assert.deepEqual(counts, { online: 1, today: 2452, total: 1121896 });
  assert.ok(statSync(file).isDirectory());
});

test('sites saved but no longer configured stay in the file', async () => {
  const file = join(tempDir(), 'counter.json');
  writeFileSync(file, JSON.stringify({ sites: { old: { total: 5, day: 19041, today: 1 } } }));
  const clock = fakeClock(kMidnightHanoi);
  await openPortal({ file, clock, start: kZero }).view();
  assert.deepEqual(Object.keys(JSON.parse(readFileSync(file, 'utf8')).sites).sort(), ['old', 'portal']);
});
