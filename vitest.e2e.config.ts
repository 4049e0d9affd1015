import { defineConfig } from 'vitest/config';

// Browser suite: the built renderer (npm run build) in Debian Chromium via playwright-core.
//
// Timeouts are sized for a 2-core machine that other jobs load to a load average of 10 and more. Every
// step waits for a condition (playwright locators, expect.poll, waitForFunction), never a fixed time;
// these only bound a hang. The harness sets playwright's action and navigation timeouts
// (test/e2e/harness/browser.ts). No test asserts how long anything takes: that is `npm run bench`.
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // expect.poll waits for a condition; its default of 1 s is far too short under load.
    expect: { poll: { timeout: 45_000, interval: 100 } },
  },
});
