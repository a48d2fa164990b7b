import { defineConfig } from 'vitest/config';

// Unit tests of the code that runs without a screen: the offline outbox (on fake-indexeddb, with fake timers and a fake
// server behind fetch) and the rendering of server messages. Screens are tested in a real browser by the API's tests.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
    unstubGlobals: true,
  },
});
