import { defineConfig } from 'vitest/config';

// Two unit-test projects: pure/Node code (shared/, electron/main logic) and the React
// renderer under jsdom with fake-indexeddb. The browser suite has its own config
// (vitest.e2e.config.ts) because it needs the built renderer and Debian Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/dom/**/*.test.{ts,tsx}'],
          setupFiles: ['test/dom/setup.ts'],
        },
      },
    ],
  },
});
