import { defineConfig } from '@playwright/test';

// Browser tests use the system Chromium (Debian's `chromium` package): Playwright's own
// browser download cannot reach its servers from the machines this project is built on.
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Another port lets a second checkout run its browser tests alongside.
const port = Number(process.env.UTSUWA_TEST_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/browser',
  timeout: 60_000,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 720 },
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `npx vite build --logLevel warn && npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
