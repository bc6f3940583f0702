import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The config lives in test/ (the user asked for a short top level); paths stay repo-relative.
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Kùzu and Chromium are heavy; two cores, so keep parallelism modest.
    maxWorkers: 2,
  },
});
