/**
 * Front-end figures for `npm run bench`: the initial JS bundle (gzip), time to first render,
 * and frames per second with 1,000 instances on the board playing at 100×. Builds the app,
 * serves it with `vite preview`, and measures in the system Chromium.
 */
import { execSync, spawn } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import lzString from 'lz-string';
import { chromium } from '@playwright/test';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'node_modules', '.bench-dist');
const PORT = 4199;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The scripts index.html loads up front (the worker and lazy chunks come later). */
function initialBundleGzip(): { files: string[]; bytes: number } {
  const html = readFileSync(join(OUT, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<script[^>]+src="\.?\/?([^"]+\.js)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(OUT, f))).length, 0);
  return { files, bytes };
}

function thousandInstances(): string {
  const instances: unknown[] = [];
  const events: unknown[] = [];
  const images = ['nginx:1.27', 'redis:7', 'alpine:3.20', 'python:3.12-slim'];
  for (let i = 0; i < 980; i++) {
    instances.push({ name: `c${i}`, kind: 'container', image: images[i % images.length] });
    events.push({ at: `${(i * 61) % 60_000}ms`, start: `c${i}` });
  }
  for (let i = 0; i < 20; i++) {
    instances.push({ name: `vm${i}`, kind: 'vm', profile: 'kvm-qemu', os: 'ubuntu-22.04', cpus: 1, memory: '1GiB', apps: ['nginx'] });
    events.push({ at: `${i * 3}s`, start: `vm${i}` });
  }
  const scenario = { version: 1, name: 'bench: 1,000 instances', host: { cpus: 64, memory: '256GiB', disk: '4TiB' }, instances, events, until: '10m' };
  return '#s=' + lzString.compressToEncodedURIComponent(JSON.stringify(scenario));
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`UI figures skipped: no Chromium at ${CHROMIUM} (npm run test:browser installs it)`);
    return;
  }
  execSync(`npx vite build --logLevel error --outDir ${OUT} --emptyOutDir`, { cwd: ROOT, stdio: 'inherit' });
  const bundle = initialBundleGzip();
  console.log(`initial JS bundle: ${(bundle.bytes / 1024).toFixed(1)} KB gzip (${bundle.files.length} file${bundle.files.length === 1 ? '' : 's'}; target ≤ 300 KB); worker: ${readdirSync(join(OUT, 'assets')).filter((f) => f.includes('worker')).map((f) => `${(gzipSync(readFileSync(join(OUT, 'assets', f))).length / 1024).toFixed(1)} KB`).join(', ')} gzip, loaded after`);

  // Its own process group, so stopping it stops vite too and not just npx.
  const server = spawn('npx', ['vite', 'preview', '--outDir', OUT, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { cwd: ROOT, stdio: 'ignore', detached: true });
  try {
    await new Promise((r) => setTimeout(r, 2500));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const base = `http://127.0.0.1:${PORT}/`;

    const t0 = Date.now();
    await page.goto(`${base}?scenario=nginx-vm-vs-container`);
    await page.getByTestId('instance').first().waitFor();
    const firstRender = Date.now() - t0;
    const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
    console.log(`time to first render (nginx preset, board drawn): ${firstRender} ms wall${paint !== null ? `; first contentful paint ${paint.toFixed(0)} ms` : ''}`);

    // A fresh page: the first one cleaned its address, so only the hash would change.
    const big = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await big.goto(`${base}${thousandInstances()}`);
    await big.getByTestId('instance').nth(999).waitFor({ state: 'attached', timeout: 60_000 });
    await big.getByTestId('speed').selectOption('100');
    await big.getByTestId('play').click();
    // A string, not a function: tsx would wrap a function's name in a helper the page lacks.
    const fps = await big.evaluate<number>(`new Promise((resolve) => {
      let frames = 0;
      const start = performance.now();
      const tick = () => {
        frames++;
        if (performance.now() - start < 5000) requestAnimationFrame(tick);
        else resolve((frames * 1000) / (performance.now() - start));
      };
      requestAnimationFrame(tick);
    })`);
    const clock = await big.getByTestId('clock').textContent();
    console.log(`1,000 instances playing at 100×: ${fps.toFixed(1)} frames/s over 5 s (target ≥ 30); simulated clock reached ${clock}`);
    await browser.close();
  } finally {
    if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
  }
}

await main();
