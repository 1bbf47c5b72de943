/**
 * `npm run build:single`: the whole app in one HTML file (dist-single/index.html) that a
 * teacher can mail or open from a USB stick with a double click (file://).
 *
 * The worker is inlined: its constructor in src/worker/driver.ts is rewritten to Vite's
 * `?worker&inline` import (the worker's code embedded, started from a blob: URL). That works
 * when the file is served (a school web server). Opened from file://, Chromium refuses module
 * workers from blob: and data: URLs (tested: the page has no origin), so there the constructor
 * throws at once and main.tsx's fallback runs the simulation on the page (InlineDriver): the
 * same engine, answering synchronously. If the constructor in driver.ts ever changes shape,
 * this build fails rather than shipping a page that cannot simulate.
 */
import { defineConfig, mergeConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import base from './vite.config.ts';

const WORKER_CONSTRUCTOR = "new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' })";

function inlineSimWorker(): Plugin {
  return {
    name: 'utsuwa-inline-sim-worker',
    enforce: 'pre',
    transform(code, id) {
      if (!id.replace(/\\/g, '/').endsWith('src/worker/driver.ts')) return null;
      if (!code.includes(WORKER_CONSTRUCTOR)) {
        this.error('vite.single.config.ts: the worker constructor in src/worker/driver.ts changed; update WORKER_CONSTRUCTOR');
      }
      return {
        code: [
          "import InlineSimWorker from './sim.worker.ts?worker&inline';",
          'function inlineSimWorker() {',
          "  if (location.protocol === 'file:') throw new Error('file:// pages cannot start module workers: simulate on the page');",
          '  return new InlineSimWorker();',
          '}',
          code.replace(WORKER_CONSTRUCTOR, 'inlineSimWorker()'),
        ].join('\n'),
        map: null,
      };
    },
  };
}

export default mergeConfig(base, defineConfig({
  plugins: [inlineSimWorker(), viteSingleFile()],
  build: { outDir: 'dist-single', emptyOutDir: true },
}));
