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

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

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
  console.log(`initial JS (what index.html loads, gzip): ${kb(bundle.bytes)} in ${bundle.files.length} files (target ≤ 150 KB); worker ${workers.join(', ')} gzip, loaded after`);

  // Its own process group, so stopping it stops vite too and not just npx.
  const server = spawn('npx', ['vite', 'preview', '--outDir', OUT, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { cwd: ROOT, stdio: 'ignore', detached: true });
  try {
    await new Promise((r) => setTimeout(r, 2500));
    // With --strictPort a busy port stops the preview at once: measuring whatever still serves there would mislead.
    if (server.exitCode !== null) throw new Error(`vite preview did not start (port ${PORT} in use?)`);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
    const base = `http://127.0.0.1:${PORT}/`;

    const renders: number[] = [];
    const paints: number[] = [];
    for (let i = 0; i < RENDERS; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      const t0 = Date.now();
      await page.goto(`${base}?scenario=nginx-vm-vs-container`);
      await page.getByTestId('instance').first().waitFor();
      renders.push(Date.now() - t0);
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
    console.log(`time to first render (nginx preset, board drawn): ${median(renders)} ms wall, median of ${RENDERS} (target ≤ 600 ms); first contentful paint ${median(paints).toFixed(0)} ms${RENDERS > 3 ? ` (all: ${renders.join(', ')})` : ''}`);
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
