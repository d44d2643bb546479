// The reference visit counter behind the demo's numbers: counts on from the
// seed figures, a Vietnamese day, a five-minute "online" window kept up by
// polls, safe persistence, and no silent reset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED_FIGURES, createVisitCounter, formatCount, vnIsoTime } from '../../web/visit-counter.mjs';

const kMidnightHanoi = Date.UTC(2022, 1, 17, 17, 0, 0); // 2022-02-18 00:00 +07:00
const kZero = { total: 0, today: 0 };
const minutes = (n) => n * 60 * 1000;
const tempDir = () => mkdtempSync(join(tmpdir(), 'pw-counter-'));
const counts = ({ online, today, total }) => ({ online, today, total });

function fakeClock(start) {
  let t = start;
  return { now: () => t, advance: (ms) => (t += ms) };
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

test('counts views, today since local midnight, and distinct visitors online', () => {
  const clock = fakeClock(kMidnightHanoi - minutes(10));
  const counter = createVisitCounter({ now: clock.now, start: kZero });
  counter.recordVisit('a');
  counter.recordVisit('a');
  assert.deepEqual(
    { ...counter.snapshot(), asOf: undefined },
    { online: 1, today: 2, total: 2, asOf: undefined, pollSeconds: 30 }
  );
  clock.advance(minutes(11)); // past midnight in Hanoi
  counter.recordVisit('b');
  const after = counter.snapshot();
  assert.equal(after.today, 1);
  assert.equal(after.total, 3);
  assert.equal(after.online, 1); // 'a' was last seen 11 minutes ago
  clock.advance(minutes(5));
  assert.equal(counter.snapshot().online, 0);
});

test('with no saved data, counting starts from the seed figures of the real page', async () => {
  assert.deepEqual({ ...SEED_FIGURES }, { total: 1121895, today: 2451 });
  const clock = fakeClock(kMidnightHanoi + minutes(600));
  const missing = join(tempDir(), 'visits.json'); // ENOENT: the normal first run, no warning
  const warnings = await warningsOf(async () => {
    for (const file of [undefined, missing]) {
      const counter = createVisitCounter({ file, now: clock.now });
      assert.deepEqual(counts(counter.snapshot()), { online: 0, today: 2451, total: 1121895 });
      counter.recordVisit('a');
      assert.deepEqual(counts(counter.snapshot()), { online: 1, today: 2452, total: 1121896 });
      await counter.flush();
    }
  });
  assert.deepEqual(warnings, []);
  assert.equal(JSON.parse(readFileSync(missing, 'utf8')).total, 1121896);

  // The seeded "today" belongs to the day the counter started.
  const counter = createVisitCounter({ now: clock.now });
  clock.advance(minutes(24 * 60));
  assert.deepEqual(counts(counter.snapshot()), { online: 0, today: 0, total: 1121895 });
  assert.throws(() => createVisitCounter({ start: { total: -1, today: 0 } }), TypeError);
});

test('a poll is a heartbeat: it keeps a visitor online but counts no visit', () => {
  const clock = fakeClock(kMidnightHanoi);
  const counter = createVisitCounter({ now: clock.now, start: kZero });
  counter.recordVisit('a');
  for (let i = 0; i < 4; i++) {
    clock.advance(minutes(4));
    counter.recordHeartbeat('a');
    assert.deepEqual(counts(counter.snapshot()), { online: 1, today: 1, total: 1 });
  }
  counter.recordHeartbeat(null); // a poll without a valid visitor id changes nothing
  assert.equal(counter.snapshot().online, 1);
  clock.advance(minutes(5));
  assert.equal(counter.snapshot().online, 0); // the page was closed: no more polls
});

test('persists across restarts, atomically', async () => {
  const dir = tempDir();
  const file = join(dir, 'visits.json');
  const clock = fakeClock(kMidnightHanoi);
  const first = createVisitCounter({ file, now: clock.now, start: kZero });
  first.recordVisit('a');
  first.recordVisit('b');
  await first.flush();
  assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), { total: 2, day: 19041, today: 2 });
  assert.deepEqual(readdirSync(dir), ['visits.json']); // no temporary file left behind
  const restarted = createVisitCounter({ file, now: clock.now });
  assert.deepEqual(counts(restarted.snapshot()), { online: 0, today: 2, total: 2 });
});

test('a corrupt file is moved aside with one warning naming both paths, never reset in silence', async () => {
  const clock = fakeClock(kMidnightHanoi + minutes(90) + 7000);
  for (const corrupt of ['{"total": -4', '{"total": -4}', 'null', '[]', '{"today": 3}']) {
    const dir = tempDir();
    const file = join(dir, 'visits.json');
    const aside = `${file}.corrupt-20220218T013007`;
    writeFileSync(file, corrupt);
    let counter;
    const warnings = await warningsOf(() => {
      counter = createVisitCounter({ file, now: clock.now });
    });
    assert.equal(warnings.length, 1, corrupt);
    assert.match(warnings[0], /corrupt/);
    assert.ok(warnings[0].includes(file) && warnings[0].includes(aside), warnings[0]);
    assert.equal(readFileSync(aside, 'utf8'), corrupt); // the old data, kept as it was
    assert.equal(existsSync(file), false);
    assert.deepEqual(counts(counter.snapshot()), { online: 0, today: 2451, total: 1121895 });
    counter.recordVisit('c');
    await counter.flush();
    assert.equal(JSON.parse(readFileSync(file, 'utf8')).total, 1121896);
  }

  // Corrupt again within the same second: the first copy is not overwritten.
  const file = join(tempDir(), 'visits.json');
  const warnings = await warningsOf(() => {
    writeFileSync(file, 'first');
    createVisitCounter({ file, now: clock.now });
    writeFileSync(file, 'second');
    createVisitCounter({ file, now: clock.now });
  });
  assert.equal(warnings.length, 2);
  assert.equal(readFileSync(`${file}.corrupt-20220218T013007`, 'utf8'), 'first');
  assert.equal(readFileSync(`${file}.corrupt-20220218T013007-2`, 'utf8'), 'second');
});

test('an unreadable file warns, and is left alone rather than overwritten', async () => {
  const file = join(tempDir(), 'visits.json');
  mkdirSync(file); // reading a directory fails with EISDIR, even for root
  const clock = fakeClock(kMidnightHanoi);
  let counter;
  const warnings = await warningsOf(async () => {
    counter = createVisitCounter({ file, now: clock.now });
    counter.recordVisit('a');
    await counter.flush();
  });
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /cannot read/);
  assert.ok(warnings[0].includes(file) && warnings[0].includes('EISDIR'), warnings[0]);
  assert.deepEqual(counts(counter.snapshot()), { online: 1, today: 2452, total: 1121896 });
  assert.ok(statSync(file).isDirectory());
});
