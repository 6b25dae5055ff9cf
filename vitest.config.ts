import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Browser and LibreOffice tests start real programs; give them room.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
