/**
 * Where a crowded run's time goes while it plays: opens bench/page-scenarios.ts's crowd of N
 * instances, plays it at 100× for five seconds under a performance trace with V8's sampling
 * profiler on every thread, and prints, for the page's main thread and the worker, how busy
 * each was, the longest tasks, and the functions that took the time (inclusive and self).
 * A tool for profiling by hand:
 * `npx tsx bench/play-trace.ts [--no-build] [--unminified] [--no-trace] [--count N] [--speed S] [--top K]`
 * (TRACE_COMPONENTS=1: only React components and hooks in the inclusive list; TRACE_SAVE=prefix:
 * the raw trace goes to prefix-N.json too, for Chromium's performance panel).
 */
import { execSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { crowdLink } from './page-scenarios';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = process.env.TRACE_OUT ?? join(ROOT, 'node_modules', '.play-trace-dist');
const PORT = Number(process.env.BENCH_PORT ?? 4199);
const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const COUNTS = args.includes('--count') ? [option('--count', 1000)] : [1000, 10_000];
const SPEED = option('--speed', 100);
const TOP = option('--top', 14);
const WINDOW_MS = 5000;

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tdur?: number; tid: number; pid: number; id?: string; args?: { data?: Record<string, unknown>; name?: string } }
interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; parent?: number }

/** One thread's samples from the trace's ProfileChunk events: each sample's node and time. */
interface Samples { nodes: Map<number, ProfileNode>; samples: Array<{ node: number; ts: number }> }

function collectSamples(events: TraceEvent[]): Map<string, Samples> {
  const byProfile = new Map<string, { thread: string; start: number; s: Samples; t: number }>();
  for (const e of events) {
    if (e.name === 'Profile') {
      byProfile.set(`${e.pid}:${e.id}`, { thread: `${e.pid}:${e.tid}`, start: Number(e.args?.data?.startTime), s: { nodes: new Map(), samples: [] }, t: Number(e.args?.data?.startTime) });
    }
  }
  for (const e of events) {
    if (e.name !== 'ProfileChunk') continue;
    const p = byProfile.get(`${e.pid}:${e.id}`);
    if (!p) continue;
    const data = e.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };
    for (const n of data.cpuProfile?.nodes ?? []) p.s.nodes.set(n.id, n);
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      p.t += deltas[i] ?? 0;
      p.s.samples.push({ node: samples[i]!, ts: p.t });
    }
  }
  const out = new Map<string, Samples>();
  for (const p of byProfile.values()) {
    const have = out.get(p.thread);
    if (!have) out.set(p.thread, p.s);
    else {
      for (const [k, v] of p.s.nodes) have.nodes.set(k, v);
      have.samples.push(...p.s.samples);
    }
  }
  return out;
}

function label(n: ProfileNode): string {
  const f = n.callFrame;
  return `${f.functionName || '(anonymous)'}@${(f.url ?? '').split('/').pop()?.replace(/-[\w-]{8}\.js$/, '') ?? ''}:${f.lineNumber}`;
}

/** Inclusive and self time (ms) of each function over the samples in [from, to). */
function topFunctions(s: Samples, from: number, to: number): { inclusive: string; self: string; total: number } {
  const inclusive = new Map<string, number>();
  const self = new Map<string, number>();
  let total = 0;
  const list = s.samples.filter((x) => x.ts >= from && x.ts < to).sort((a, b) => a.ts - b.ts);
  for (let i = 0; i < list.length; i++) {
    const dt = ((list[i + 1]?.ts ?? list[i]!.ts + 250) - list[i]!.ts) / 1000;
    const leaf = s.nodes.get(list[i]!.node);
    if (!leaf || leaf.callFrame.functionName === '(idle)') continue;
    total += dt;
    self.set(label(leaf), (self.get(label(leaf)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let n: ProfileNode | undefined = leaf; n; n = n.parent === undefined ? undefined : s.nodes.get(n.parent)) {
      const name = n.callFrame.functionName;
      if (!name || name === '(root)' || name === '(program)') continue;
      if (process.env.TRACE_COMPONENTS && !/^([A-Z]|use[A-Z])/.test(name)) continue;
      const key = label(n);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
    }
  }
  const fmt = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, TOP).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ');
  return { inclusive: fmt(inclusive), self: fmt(self), total };
}

async function main(): Promise<void> {
  console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  if (!args.includes('--no-build')) execSync(`npx vite build --logLevel error --outDir ${OUT} --emptyOutDir${args.includes('--unminified') ? ' --minify false' : ''}`, { cwd: ROOT, stdio: 'inherit' });
  const server = spawn('npx', ['vite', 'preview', '--outDir', OUT, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { cwd: ROOT, stdio: 'ignore', detached: true });
  try {
    await new Promise((r) => setTimeout(r, 2500));
    // With --strictPort a busy port stops the preview at once: measuring whatever still serves there would mislead.
    if (server.exitCode !== null) throw new Error(`vite preview did not start (port ${PORT} in use?)`);
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
    for (const count of COUNTS) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await page.goto(`http://127.0.0.1:${PORT}/${crowdLink(count)}`);
      await page.waitForFunction((n) => window.__utsuwa?.getState().view?.instances.length === n, count, { timeout: 120_000, polling: 200 });
      await page.getByTestId('speed').selectOption(String(SPEED));
      await page.waitForTimeout(500);
      const trace = !args.includes('--no-trace');
      if (trace) await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'disabled-by-default-v8.cpu_profiler', '__metadata'] });
      const measured = await page.evaluate<{ frames: number; wall: number; sim: number; answers: number }>(`new Promise((resolve) => {
        const store = window.__utsuwa;
        let answers = 0;
        let lastView = store.getState().view;
        document.querySelector('[data-testid="play"]').click();
        let frames = 0, start = null, sim0 = 0;
        const tick = (now) => {
          const v = store.getState().view;
          if (v !== lastView) { lastView = v; answers++; }
          if (start === null) { start = now; sim0 = v.nowMs; answers = 0; }
          else frames++;
          if (now - start < ${WINDOW_MS}) requestAnimationFrame(tick);
          else { resolve({ frames, wall: now - start, sim: store.getState().view.nowMs - sim0, answers }); }
        };
        requestAnimationFrame(tick);
      })`);
      const buf = trace ? await browser.stopTracing() : null;
      if (buf && process.env.TRACE_SAVE) writeFileSync(`${process.env.TRACE_SAVE}-${count}.json`, buf);
      await page.close();
      console.log(`\n${count} instances at ${SPEED}×: ${((measured.frames * 1000) / measured.wall).toFixed(1)} frames/s, ${((measured.sim / (measured.wall * SPEED)) * 100).toFixed(0)}% of the speed, ${measured.answers} new views seen by animation frames in ${(measured.wall / 1000).toFixed(1)} s (load ${loadavg()[0]!.toFixed(1)})`);
      if (buf) summarise((JSON.parse(buf.toString()) as { traceEvents: TraceEvent[] }).traceEvents, measured.answers, measured.sim);
    }
    await browser.close();
  } finally {
    try {
      if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already gone (it never started).
    }
  }
}

function summarise(events: TraceEvent[], answers: number, simMs: number): void {
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, String(e.args?.name));
  const samples = collectSamples(events);
  for (const [key, name] of names) {
    if (!/CrRendererMain|DedicatedWorker/.test(name)) continue;
    const tasks = events.filter((e) => `${e.pid}:${e.tid}` === key && e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask'));
    if (tasks.length === 0) continue;
    const from = Math.min(...tasks.map((t) => t.ts));
    const to = Math.max(...tasks.map((t) => t.ts + (t.dur ?? 0)));
    const busy = tasks.reduce((s, e) => s + (e.dur ?? 0), 0) / 1000;
    const cpu = tasks.reduce((s, e) => s + (e.tdur ?? 0), 0) / 1000;
    const durs = tasks.map((t) => (t.dur ?? 0) / 1000).filter((d) => d >= 4).sort((a, b) => a - b);
    const pick = (q: number) => durs[Math.floor(q * (durs.length - 1))]?.toFixed(0) ?? '-';
    console.log(`  ${name}: busy ${busy.toFixed(0)} ms (cpu ${cpu.toFixed(0)} ms, ${(cpu / Math.max(1, answers)).toFixed(1)} ms per new view, ${(cpu / Math.max(1, simMs / 1000)).toFixed(1)} ms per simulated second) of ${((to - from) / 1000).toFixed(0)} ms; ${durs.length} tasks ≥ 4 ms, median ${pick(0.5)}, p90 ${pick(0.9)}, max ${pick(1)} ms`);
    const byName = new Map<string, number>();
    for (const e of events) {
      if (`${e.pid}:${e.tid}` !== key || e.ph !== 'X' || !/^(Layout|UpdateLayoutTree|Paint|PrePaint|Layerize|Commit|MinorGC|MajorGC|FunctionCall|EventDispatch|v8.run|FireAnimationFrame|ParseHTML|HitTest|v8.deserializeMessage|v8.serializeMessage|V8.DeserializeMessage|V8.SerializeMessage)$/i.test(e.name)) continue;
      byName.set(e.name, (byName.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    }
    console.log(`    trace events: ${[...byName].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`);
    if (process.env.TRACE_LAYOUT && /CrRendererMain/.test(name)) {
      const lay = events.filter((e) => `${e.pid}:${e.tid}` === key && e.ph === 'X' && (e.name === 'Layout' || e.name === 'UpdateLayoutTree' || e.name === 'Paint'));
      const big = lay.sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, Number(process.env.TRACE_LAYOUT));
      for (const e of big) console.log(`      ${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)} ms ${JSON.stringify(e.args).slice(0, 600)}`);
    }
    const s = samples.get(key);
    if (s) {
      const top = topFunctions(s, from, to);
      console.log(`    JS sampled ${top.total.toFixed(0)} ms; inclusive: ${top.inclusive}`);
      console.log(`    self: ${top.self}`);
    }
  }
}

await main();
