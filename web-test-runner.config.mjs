// Every test runs in real headless Chromium from Debian (/usr/bin/chromium, or CHROME_PATH):
// npm cannot download browsers on these machines, so nothing here may try to.
import { esbuildPlugin } from '@web/dev-server-esbuild';

import { chromeLauncher } from '@web/test-runner-chrome';
import { printPdfPlugin } from './test/plugins/print-pdf.mjs';
import { cliPlugin } from './test/plugins/cli.mjs';
import { oldChromiumPlugin } from './test/plugins/old-chromium.mjs';
import { consumersPlugin } from './test/plugins/consumers.mjs';
import { duckdbPlugin } from './test/plugins/duckdb.mjs';
import { engineGateMiddleware, engineGatePlugin } from './test/plugins/engine-gate.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  middleware: [engineGateMiddleware()],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    printPdfPlugin(), cliPlugin(), oldChromiumPlugin(), consumersPlugin(), duckdbPlugin(), engineGatePlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
          '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-dev-shm-usage',
          // Two test files run at once, one of them in a background tab: without these Chromium pauses its
          // requestAnimationFrame and throttles its timers, and a test waiting for a frame hangs.
          '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
};
