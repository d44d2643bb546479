// Touch gestures through the DevTools protocol (Input.dispatchTouchEvent; every
// point carries an id), paced like a 60 Hz touchscreen: event i is sent at
// start + i/60 s, or at once if the page is behind, so a slow page is not
// given a slower finger. The pause before an event is input pacing, not a
// wait for the page.
import { setTimeout as delay } from 'node:timers/promises';
import { INPUT_HZ } from './config.mjs';

const lerp = (a, b, t) => a + (b - a) * t;
// A finger accelerates and slows down again: smoothstep over the path.
const ease = (t) => t * t * (3 - 2 * t);

async function play(cdp, frames) {
  const interval = 1000 / INPUT_HZ;
  const start = performance.now();
  for (let i = 0; i < frames.length; i++) {
    const wait = start + i * interval - performance.now();
    if (wait > 0) await delay(wait);
    const [type, touchPoints] = frames[i];
    await cdp.send('Input.dispatchTouchEvent', { type, touchPoints });
  }
}

// One finger from `from` to `to` in `ms`, then lifted.
export function swipe(cdp, from, to, ms = 300) {
  const steps = Math.max(2, Math.round((ms * INPUT_HZ) / 1000));
  const frames = [['touchStart', [{ ...from, id: 0 }]]];
  for (let i = 1; i <= steps; i++) {
    const t = ease(i / steps);
    frames.push(['touchMove', [{ x: lerp(from.x, to.x, t), y: lerp(from.y, to.y, t), id: 0 }]]);
  }
  frames.push(['touchEnd', []]);
  return play(cdp, frames);
}

// Two fingers moving apart around `center`, horizontally, from `startGap` to `endGap` px.
export function pinch(cdp, center, startGap, endGap, ms = 400) {
  const steps = Math.max(2, Math.round((ms * INPUT_HZ) / 1000));
  const points = (gap) => [
    { x: center.x - gap / 2, y: center.y, id: 0 },
    { x: center.x + gap / 2, y: center.y, id: 1 },
  ];
  const frames = [['touchStart', points(startGap)]];
  for (let i = 1; i <= steps; i++) frames.push(['touchMove', points(lerp(startGap, endGap, ease(i / steps)))]);
  frames.push(['touchEnd', []]);
  return play(cdp, frames);
}
