/**
 * Where the page's first render goes: loads a preset in headless Chromium with a performance
 * trace and prints the main thread's and the worker's long tasks, the scripts' arrival and
 * the moments the page first drew and the board appeared. A tool for profiling by hand:
 * `npx tsx bench/page-trace.ts [--no-build] [--runs N] [--unminified]` (TRACE_MIN=ms: the
 * shortest task listed, 15 by default).
 */
import { execSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = process.env.TRACE_OUT ?? join(ROOT, 'node_modules', '.trace-dist');
const PORT = Number(process.env.BENCH_PORT ?? 4199);
const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1] || 1) || 1;
const URL_PATH = process.env.TRACE_PATH ?? '?scenario=nginx-vm-vs-container';

interface CpuProfile { nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }>; startTime: number; samples: number[]; timeDeltas: number[] }

/** Inclusive time of each function (once per sample) in [from, to), the top ones. */
function topFunctions(profile: CpuProfile, from: number, to: number, top = 10): string {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i]!;
    if (t < from || t >= to) continue;
    const dt = (profile.timeDeltas[i + 1] ?? 250);
    const seen = new Set<string>();
    for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id)) {
      const f = byId.get(id)!.callFrame;
      if (!f.functionName || f.functionName === '(root)' || f.functionName === '(program)') continue;
      if (process.env.TRACE_COMPONENTS && !/^([A-Z]|use[A-Z])/.test(f.functionName)) continue;
      const key = `${f.functionName}@${f.url.split('/').pop()?.replace(/-[\w-]{8}\.js$/, '')}:${f.lineNumber}`;
      if (seen.has(key)) continue;
      seen.add(key);
      totals.set(key, (totals.get(key) ?? 0) + dt);
    }
  }
  return [...totals].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => `${k} ${(v / 1000).toFixed(0)}`).join(', ');
}

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tdur?: number; tid: number; pid: number; args?: Record<string, unknown>; cat?: string }

async function main(): Promise<void> {
  console.log(`load average ${loadavg()[0]!.toFixed(1)}`);
  if (!args.includes('--no-build')) execSync(`npx vite build --logLevel error --outDir ${OUT} --emptyOutDir${args.includes('--unminified') ? ' --minify false' : ''}`, { cwd: ROOT, stdio: 'inherit' });
  const server = spawn('npx', ['vite', 'preview', '--outDir', OUT, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { cwd: ROOT, stdio: 'ignore', detached: true });
  try {
    await new Promise((r) => setTimeout(r, 2500));
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await page.addInitScript(() => {
        const marks: Record<string, number> = {};
        (window as unknown as { __marks: Record<string, number> }).__marks = marks;
        new MutationObserver(() => {
          if (marks.root === undefined && document.getElementById('root')?.firstChild) marks.root = performance.now();
          if (marks.board === undefined && document.querySelector('[data-testid="instance"]')) marks.board = performance.now();
          if (marks.running === undefined && document.querySelector('[data-testid="instance"][data-state="running"], [data-testid="instance"][data-state="booting"]')) marks.running = performance.now();
          if (marks.clockView === undefined && document.querySelector('.chart-pair')) marks.clockView = performance.now();
        }).observe(document, { childList: true, subtree: true, attributes: true });
      });
      await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading', '__metadata', ...(process.env.TRACE_CATS ? process.env.TRACE_CATS.split(',') : [])] });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
      await cdp.send('Profiler.start');
      const t0 = Date.now();
      await page.goto(`http://127.0.0.1:${PORT}/${URL_PATH}`);
      await page.getByTestId('instance').first().waitFor({ timeout: 60_000 });
      const wall = Date.now() - t0;
      await page.waitForTimeout(Number(process.env.TRACE_AFTER ?? 1500));
      const { profile } = await cdp.send('Profiler.stop') as { profile: CpuProfile };
      const buf = await browser.stopTracing();
      const info = await page.evaluate(() => ({
        marks: (window as unknown as { __marks: Record<string, number> }).__marks,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        res: performance.getEntriesByType('resource').map((r) => ({ name: r.name.split('/').pop()!, start: r.startTime, end: (r as PerformanceResourceTiming).responseEnd, size: (r as PerformanceResourceTiming).encodedBodySize })),
        nav: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).responseEnd,
      }));
      await page.close();
      console.log(`\nrun ${run + 1}: board after ${wall} ms wall; html ${info.nav.toFixed(0)}, root drawn ${info.marks.root?.toFixed(0)}, fcp ${info.fcp?.toFixed(0)}, board ${info.marks.board?.toFixed(0)}, first state change ${info.marks.running?.toFixed(0)}, charts ${info.marks.clockView?.toFixed(0)} ms (page clock)`);
      const res = info.res.sort((a, b) => a.end - b.end);
      console.log(`scripts: ${res.length}, last entry-ish arrives ${res.filter((r) => r.start < 50 + info.nav).at(-1)?.end.toFixed(0)} ms; later: ${res.filter((r) => r.start >= 50 + info.nav).map((r) => `${r.name.replace(/-[\w-]{8}\.js$/, '')}@${r.start.toFixed(0)}-${r.end.toFixed(0)}`).join(' ')}`);
      const trace = JSON.parse(buf.toString()) as { traceEvents: TraceEvent[] };
      summarise(trace.traceEvents, profile, info.marks.board);
    }
    await browser.close();
  } finally {
    if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
  }
  console.log(`load average ${loadavg()[0]!.toFixed(1)}`);
}

function summarise(events: TraceEvent[], profile: CpuProfile, boardMs?: number): void {
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, String((e.args as { name: string }).name));
  const nav = events.find((e) => e.name === 'navigationStart' && (e.args as { data?: { isLoadingMainFrame?: boolean; documentLoaderURL?: string } })?.data?.documentLoaderURL?.includes('127.0.0.1'));
  const t0 = nav?.ts ?? Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
  const threads = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined) continue;
    const key = `${e.pid}:${e.tid}`;
    const n = names.get(key) ?? key;
    if (!/CrRendererMain|DedicatedWorker/.test(n)) continue;
    let list = threads.get(key);
    if (!list) threads.set(key, (list = []));
    list.push(e);
  }
  if (process.env.TRACE_CATS) {
    const hits = events.filter((e) => e.ph === 'X' && (e.dur ?? 0) > 3000 && process.env.TRACE_CATS!.split(',').some((c) => e.cat?.includes(c)));
    for (const e of hits.slice(0, 60)) console.log(`    ${e.cat} ${e.name} @${((e.ts - t0) / 1000).toFixed(0)} ${(e.dur! / 1000).toFixed(1)} ms ${JSON.stringify(e.args).slice(0, 200)}`);
  }
  for (const [key, list] of threads) {
    list.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    const tops = list.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
    const busy = tops.reduce((s, e) => s + e.dur!, 0) / 1000;
    const cpu = tops.reduce((s, e) => s + (e.tdur ?? 0), 0) / 1000;
    if (busy < 5) continue;
    // Under load wall times say little: the CPU each thread spent before the board appeared does.
    if (boardMs !== undefined) {
      const before = tops.filter((e) => (e.ts - t0) / 1000 < boardMs);
      console.log(`  ${names.get(key)} (${key}): before the board (${boardMs.toFixed(0)} ms): cpu ${(before.reduce((s, e) => s + (e.tdur ?? 0), 0) / 1000).toFixed(0)} ms, busy ${(before.reduce((s, e) => s + e.dur!, 0) / 1000).toFixed(0)} ms`);
    }
    console.log(`  ${names.get(key)} (${key}): busy ${busy.toFixed(0)} ms (cpu ${cpu.toFixed(0)} ms) in ${tops.length} tasks; tasks ≥ 15 ms:`);
    for (const top of tops) {
      if (top.dur! < Number(process.env.TRACE_MIN ?? 15) * 1000) continue;
      const inside = list.filter((e) => e !== top && e.ts >= top.ts && e.ts + e.dur! <= top.ts + top.dur! && e.dur! >= Math.max(8000, top.dur! * 0.08) && e.name !== 'RunTask');
      const parts = inside.slice(0, 8).map((e) => {
        const d = e.args as { data?: { functionName?: string; url?: string; type?: string; stackTrace?: Array<{ functionName: string }> } } | undefined;
        const what = d?.data?.functionName || d?.data?.type || (d?.data?.url ? d.data.url.split('/').pop() : '') || '';
        return `${e.name}${what ? `(${what})` : ''} ${(e.dur! / 1000).toFixed(0)}${e.tdur !== undefined ? `/${(e.tdur / 1000).toFixed(0)}cpu` : ''}`;
      });
      console.log(`    @${((top.ts - t0) / 1000).toFixed(0)} ${(top.dur! / 1000).toFixed(0)} ms (cpu ${((top.tdur ?? 0) / 1000).toFixed(0)}): ${parts.join(', ')}`);
      if (process.env.TRACE_LAYOUT) for (const e of inside) if (e.name === 'Layout' || e.name === 'UpdateLayoutTree') console.log(`      ${e.name} ${(e.dur! / 1000).toFixed(0)} ms ${JSON.stringify(e.args).slice(0, 400)}`);
      if (top.dur! >= 50_000 && names.get(key)?.includes('CrRendererMain') && tops.length < 2000) console.log(`      JS: ${topFunctions(profile, top.ts, top.ts + top.dur!, Number(process.env.TRACE_TOP ?? 12))}`);
    }
  }
}

await main();
