import { defineConfig } from 'vitest/config';

export default defineConfig({
  // src/ has one CommonJS TypeScript module (.cts); Vite transforms only .ts/.mts/.tsx by default.
  oxc: { include: /\.(?:[cm]?ts|[jt]sx)$/ },
  test: {
    include: ['test/**/*.test.ts'],
    // The load tests start real servers; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
