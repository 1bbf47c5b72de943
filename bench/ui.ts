/**
 * The page's figures for `npm run bench`: the initial JS bundle (gzip), time to first render,
 * and, with 1,000 and 10,000 instances playing at 100×, frames per second and the simulated
 * speed reached as a share of the chosen one. Builds the app, serves it with `vite preview`,
 * and measures in the system Chromium (headless, no GPU). Targets are printed beside each.
 * `--first-render [--runs N]` measures only the bundle and the first render (N loads, default 3);
 * `--no-build` serves what is already in BENCH_OUT (default node_modules/.bench-dist), so two
 * builds can be compared one after the other in the same conditions.
 */
import { execSync, spawn } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { crowdLink } from './page-scenarios';
import { rapidActionsMaxGap } from './rapid-actions';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = process.env.BENCH_OUT ?? join(ROOT, 'node_modules', '.bench-dist');
const args = process.argv.slice(2);
const FIRST_RENDER_ONLY = args.includes('--first-render');
const RENDERS = Number(args[args.indexOf('--runs') + 1] || 3) || 3;
const PORT = Number(process.env.BENCH_PORT ?? 4199);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SPEED = 100;
const WINDOW_MS = 5000;

/** The scripts index.html loads up front (the worker and lazy chunks come later). */
function initialBundleGzip(): { files: string[]; bytes: number } {
  const html = readFileSync(join(OUT, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<script[^>]+src="\.?\/?([^"]+\.js)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(OUT, f))).length, 0);
  return { files, bytes };
}

/** The preset chunk index.html also asks for when the address names that preset (scripts/first-load-prefetch.ts). */
function presetChunkGzip(id: string): number {
  const html = readFileSync(join(OUT, 'index.html'), 'utf8');
  const file = new RegExp(`"${id}":"([^"]+\\.js)"`).exec(html)?.[1];
  return file ? gzipSync(readFileSync(join(OUT, file))).length : 0;
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Notes, in the page, the start of the first animation frame in which an instance is laid out
 * and visible. Playwright's own wait (locator.waitFor) is no clock for this: it starts after
 * the load event and checks again after 20, 50, 100, 100 and then every 500 ms, so a board
 * drawn 300 ms after the load event was seen up to 500 ms late.
 */
const BOARD_FRAME_PROBE = `(() => {
  const look = () => {
    const card = document.querySelector('[data-testid="instance"]');
    const box = card && card.getBoundingClientRect();
    if (box && box.width > 0 && box.height > 0) window.__boardFrameAt = performance.now();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})()`;

interface Playing { loadMs: number; fps: number; ratio: number; clock: string }

/** Opens a crowd of `count` instances, plays it at 100× and counts frames and simulated time for five seconds. */
async function playCrowd(browser: Browser, base: string, count: number): Promise<Playing> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const t0 = Date.now();
  await page.goto(`${base}${crowdLink(count)}`);
  await page.waitForFunction((n) => window.__utsuwa?.getState().view?.instances.length === n, count, { timeout: 120_000, polling: 200 });
  const loadMs = Date.now() - t0;
  await page.getByTestId('speed').selectOption(String(SPEED));
  // A string, not a function: tsx would wrap a function's name in a helper the page lacks.
  const measured = await page.evaluate<{ frames: number; wall: number; sim: number }>(`new Promise((resolve) => {
    const state = () => window.__utsuwa.getState();
    document.querySelector('[data-testid="play"]').click();
    let frames = 0;
    let start = null;
    let sim0 = 0;
    const tick = (now) => {
      if (start === null) { start = now; sim0 = state().view.nowMs; }
      else frames++;
      if (now - start < ${WINDOW_MS}) requestAnimationFrame(tick);
      else resolve({ frames, wall: now - start, sim: state().view.nowMs - sim0 });
    };
    requestAnimationFrame(tick);
  })`);
  const clock = (await page.getByTestId('clock').textContent()) ?? '';
  await page.close();
  return { loadMs, fps: (measured.frames * 1000) / measured.wall, ratio: measured.sim / (measured.wall * SPEED), clock };
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`UI figures skipped: no Chromium at ${CHROMIUM} (npm run test:browser installs it)`);
    return;
  }
  // Other work on the machine slows every figure here: say how busy it was.
  console.log(`\nUtsuwa page benchmarks (headless Chromium, no GPU; ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)})`);
  if (!args.includes('--no-build')) execSync(`npx vite build --logLevel error --outDir ${OUT} --emptyOutDir`, { cwd: ROOT, stdio: 'inherit' });
  const bundle = initialBundleGzip();
  const workers = readdirSync(join(OUT, 'assets')).filter((f) => f.includes('worker')).map((f) => kb(gzipSync(readFileSync(join(OUT, 'assets', f))).length));
  const preset = presetChunkGzip('nginx-vm-vs-container');
  console.log(`initial JS (what index.html loads, gzip): ${kb(bundle.bytes)} in ${bundle.files.length} files (target ≤ 150 KB)${preset ? `, and ${kb(preset)} more for ?scenario=nginx-vm-vs-container (the preset a link names)` : ''}; worker ${workers.join(', ')} gzip, loaded after`);

  // Its own process group, so stopping it stops vite too and not just npx.
  const server = spawn('npx', ['vite', 'preview', '--outDir', OUT, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { cwd: ROOT, stdio: 'ignore', detached: true });
  try {
    await new Promise((r) => setTimeout(r, 2500));
    // With --strictPort a busy port stops the preview at once: measuring whatever still serves there would mislead.
    if (server.exitCode !== null) throw new Error(`vite preview did not start (port ${PORT} in use?)`);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
    const base = `http://127.0.0.1:${PORT}/`;

    const renders: number[] = [];
    const polled: number[] = [];
    const paints: number[] = [];
    for (let i = 0; i < RENDERS; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await page.addInitScript(BOARD_FRAME_PROBE);
      const t0 = Date.now();
      await page.goto(`${base}?scenario=nginx-vm-vs-container`);
      await page.getByTestId('instance').first().waitFor();
      polled.push(Date.now() - t0);
      // The frame that first drew a visible instance, on the page's clock (its origin is the
      // navigation's start, on the same wall clock as t0).
      renders.push(Math.round(await page.evaluate<number>('performance.timeOrigin + window.__boardFrameAt') - t0));
      // The board can be laid out (visible to Playwright) a moment before the first paint: wait for it.
      paints.push(await page.evaluate<number>(`new Promise((resolve) => {
        new PerformanceObserver((list) => {
          const fcp = list.getEntries().find((e) => e.name === 'first-contentful-paint');
          if (fcp) resolve(fcp.startTime);
        }).observe({ type: 'paint', buffered: true });
        setTimeout(() => resolve(NaN), 10000);
      })`));
      await page.close();
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    console.log(`time to first render (nginx preset, board drawn): ${median(renders)} ms wall, median of ${RENDERS} (target ≤ 600 ms); first contentful paint ${median(paints).toFixed(0)} ms${RENDERS > 3 ? ` (all: ${renders.join(', ')})` : ''}; Playwright's own wait saw it at ${median(polled)} ms`);
    if (FIRST_RENDER_ONLY) {
      console.log(`load average at the end: ${loadavg()[0]!.toFixed(1)}`);
      await browser.close();
      return;
    }

    for (const count of [1000, 10_000]) {
      const r = await playCrowd(browser, base, count);
      const fpsTarget = count <= 1000 ? 50 : 30;
      console.log(`${count.toLocaleString('en')} instances at ${SPEED}×: ${r.fps.toFixed(1)} frames/s (target ≥ ${fpsTarget}), ${(r.ratio * 100).toFixed(0)}% of the chosen speed (target ≥ 90%) over ${WINDOW_MS / 1000} s from pressing play; opened in ${(r.loadMs / 1000).toFixed(1)} s; clock at ${r.clock}`);
    }
    const rapid = await rapidActionsMaxGap(browser, base);
    console.log(`${rapid.actions.toLocaleString('en')} rapid live actions (bursts of 500 a task): longest frame gap ${rapid.maxGapMs.toFixed(0)} ms (target < 100 ms; a frame is 16.7 ms)`);
    console.log(`load average at the end: ${loadavg()[0]!.toFixed(1)}`);
    await browser.close();
  } finally {
    try {
      if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already gone (it never started).
    }
  }
}

await main();
