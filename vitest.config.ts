import { defineConfig } from 'vitest/config';

// One zone for every test process, with daylight saving, so a test that silently assumes UTC
// fails. The e2e browser is given the same zone (Playwright's timezoneId).
export const TEST_TIME_ZONE = 'Europe/Berlin';
process.env.TZ = TEST_TIME_ZONE;

export default defineConfig({
  test: {
    env: { TZ: TEST_TIME_ZONE },
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/lint/**/*.test.ts'] } },
      { test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], testTimeout: 30_000 } },
      {
        test: { name: 'shell', include: ['tests/shell/**/*.test.ts'] },
        resolve: { alias: { electron: new URL('./tests/shell/fake-electron.ts', import.meta.url).pathname } },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts', 'tests/packaging/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
