import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

const PORT = Number(process.env['RIPARO_E2E_PORT'] ?? 4319);
export const BASE_URL = `http://127.0.0.1:${PORT}`;
const ci = Boolean(process.env['CI']);

export default defineConfig({
  testDir: './specs',
  outputDir: '../test-results',
  fullyParallel: true,
  workers: 2,
  retries: ci ? 1 : 0,
  forbidOnly: ci,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: '../reports/playwright.json' }]],
  use: {
    baseURL: BASE_URL,
    locale: 'it-IT',
    timezoneId: 'Europe/Rome',
    colorScheme: 'light',
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  // The production renderer, built by `npm run build`, served as static files.
  webServer: {
    command: `npx vite preview --outDir out/renderer --host 127.0.0.1 --port ${PORT} --strictPort`,
    cwd: '..',
    url: BASE_URL,
    reuseExistingServer: !ci,
    timeout: 60_000,
  },
});
