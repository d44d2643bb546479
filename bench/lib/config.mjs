// What every measurement shares: how often, how slow a CPU, which phone.
export const RUNS = Number(process.env.BENCH_RUNS || 5); // medians of this many runs
export const CPU_THROTTLE = 4; // Emulation.setCPUThrottlingRate, for the timing figures only

// A mid-range Android phone, as Lighthouse's mobile preset emulates it.
export const PHONE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
  locale: 'vi-VN',
};

export { CHROMIUM } from '../../scripts/chromium.mjs';

// Input is paced like a 60 Hz touchscreen, whatever the page is doing.
export const INPUT_HZ = 60;
