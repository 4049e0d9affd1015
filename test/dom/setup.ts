import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy… and waitFor wait for a condition; their default 1 s is too short on a loaded 2-core machine.
// The test's own timeout (vitest.config.ts) still bounds a hang.
configure({ asyncUtilTimeout: 30_000 });

afterEach(() => {
  cleanup();
});
