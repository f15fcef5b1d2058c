import { defineConfig } from 'vitest/config';

// One zone for every test process, with daylight saving, so a test that silently assumes UTC
// fails. The e2e browser is given the same zone (Playwright's timezoneId).
export const TEST_TIME_ZONE = 'Europe/Berlin';
process.env.TZ = TEST_TIME_ZONE;

const path = (relative: string) => new URL(relative, import.meta.url).pathname;

// The real 'electron' package downloads Electron's binary when imported, which never works
// here: the shell tests get the recorded fake, every other test a module that fails loudly.
const noElectron = { alias: { electron: path('./tests/support/no-electron.ts') } };

export default defineConfig({
  test: {
    env: { TZ: TEST_TIME_ZONE },
    projects: [
      { resolve: noElectron, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/lint/**/*.test.ts'] } },
      { resolve: noElectron, test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], testTimeout: 30_000 } },
      {
        resolve: { alias: { electron: path('./tests/shell/fake-electron.ts') } },
        test: {
          name: 'shell',
          include: ['tests/shell/**/*.test.ts'],
          // electron-store imports 'electron' itself, so it must go through the alias too.
          server: { deps: { inline: ['electron-store'] } },
        },
      },
      {
        resolve: noElectron,
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
