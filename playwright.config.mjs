// Browser end-to-end tests in Debian's headless Chromium (no browser download).
import { defineConfig } from '@playwright/test';
import { CHROMIUM } from './scripts/chromium.mjs';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.spec.mjs',
  workers: 2,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    browserName: 'chromium',
    launchOptions: CHROMIUM,
  },
});
