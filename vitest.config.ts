import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Browser and LibreOffice tests start real programs; give them room.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Every core: the suite is CPU-bound (the emulation's engine), and vitest keeps one core
    // free by default, which on a 2-core machine halves it.
    maxWorkers: availableParallelism(),
  },
});
