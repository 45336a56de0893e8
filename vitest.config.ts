/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Unit tests run through Astro's own Vite configuration, so modules that read `import.meta.env`
 * or import `astro:*` modules (the catalog, routes' path logic) are testable at unit speed, with
 * the content folder's reader mocked (tests/unit/catalog.test.ts), without a build.
 */
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Subprocess tests (the commands) and the oracle loop are the slowest; two workers match the machines.
    maxWorkers: 2,
    testTimeout: 60_000,
  },
});
