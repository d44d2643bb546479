// The reference visit counter behind the demo's numbers: real counts, a
// Vietnamese day, a five-minute "online" window, safe persistence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createVisitCounter, formatCount, vnIsoTime } from '../../web/visit-counter.mjs';

const kMidnightHanoi = Date.UTC(2022, 1, 17, 17, 0, 0); // 2022-02-18 00:00 +07:00
const minutes = (n) => n * 60 * 1000;
const tempFile = () => join(mkdtempSync(join(tmpdir(), 'pw-counter-')), 'visits.json');

function fakeClock(start) {
  let t = start;
  return { now: () => t, advance: (ms) => (t += ms) };
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
  const counter = createVisitCounter({ now: clock.now });
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

test('persists across restarts and survives a corrupt file', async () => {
  const file = tempFile();
  const clock = fakeClock(kMidnightHanoi);
  const first = createVisitCounter({ file, now: clock.now });
  first.recordVisit('a');
  first.recordVisit('b');
  await first.flush();
  assert.equal(createVisitCounter({ file, now: clock.now }).snapshot().total, 2);

  writeFileSync(file, '{"total": -4');
  const warnings = [];
  const originalWarn = console.warn;
  console.warn = (message) => warnings.push(message);
  try {
    const restarted = createVisitCounter({ file, now: clock.now });
    assert.equal(restarted.snapshot().total, 0);
    restarted.recordVisit('c');
    await restarted.flush();
  } finally {
    console.warn = originalWarn;
  }
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /corrupt/);
  assert.equal(JSON.parse(readFileSync(file, 'utf8')).total, 1);
});
