import { defineConfig } from 'vitest/config';

// Two unit-test projects: pure/Node code (shared/, electron/main logic) and the React
// renderer under jsdom with fake-indexeddb. The browser suite has its own config
// (vitest.e2e.config.ts) because it needs the built renderer and Debian Chromium.
//
// Timeouts are sized for a 2-core machine that other jobs load to a load average of 10 and more:
// a PDF rendered in Node or a suite of fake-indexeddb transactions takes seconds when the machine is
// idle and many times that when it is not. They only bound a hang; no test asserts how long anything
// takes — speed is measured by `npm run bench` (test/bench/).
const LOADED_MACHINE = { testTimeout: 60_000, hookTimeout: 60_000 };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          ...LOADED_MACHINE,
        },
      },
      {
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/dom/**/*.test.{ts,tsx}'],
          setupFiles: ['test/dom/setup.ts'],
          ...LOADED_MACHINE,
        },
      },
    ],
  },
});
