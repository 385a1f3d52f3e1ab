import { defineConfig } from '@playwright/test';

/**
 * The real-Electron smoke test, kept apart from the Chromium suite (which
 * tests the renderer in a browser): a maintainer runs it before a release,
 * see docs/RELEASE.md. `npm run test:electron`.
 */
export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/electron',
  workers: 1,
  timeout: 90_000,
  reporter: [['list']],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
});
