/**
 * `top -b -n 1` (procps-ng 4; BusyBox's in Alpine): one frame of the summary (uptime's line,
 * the tasks, the CPUs' use, memory and swap) and the process table, from what `ps` reads
 * (the view's processes and the terminal's own, ps-session.ts): inside a container PID 1 is
 * its main process, a gVisor sandbox shows only its own. Sorted by %CPU, as top sorts.
 * Interactive top redraws every 3 s until `q`; this terminal prints one frame and says so.
 */
import type { Simulation } from '../engine/state';
import { commOf } from '../namespaces/pids';
import type { Place } from './place';
import type { CommandResult } from './types';
import { fail, ok } from './types';
import { sessionProcesses } from './ps-session';
import { freeColumns, psUser, swapColumns } from './system-info';
import { kernelClock, uptimeLine } from './uptime';
import { loadText } from './load-average';
import { cpuBusy, processUsage } from './top-figures';

interface TopRow { pid: number; ppid: number; user: string; state: string; cores: number; bytes: number; command: string }

/** A task counts as running (R) in a snapshot when it is busy at least half the time. */
const RUNNING_CORES = 0.5;

function rowsOf(sim: Simulation, place: Place, argv: readonly string[]): TopRow[] {
  const usage = processUsage(sim, place, place.view.processes);
  // `docker run alpine top -b -n 1`: top is the container's PID 1, already in the table (and running).
  const self = argv.join(' ');
  const rows: TopRow[] = place.view.processes.map((p) => {
    const u = usage.get(p.pid) ?? { cores: 0, bytes: 0 };
    const state = u.cores >= RUNNING_CORES || p.command === self ? 'R' : 'S';
    return { pid: p.pid, ppid: p.ppid, user: p.user, state, cores: u.cores, bytes: u.bytes, command: p.command };
  });
  for (const p of sessionProcesses(place, argv)) rows.push({ pid: p.pid, ppid: p.ppid, user: p.user, state: p.stat[0]!, cores: 0, bytes: 0, command: p.command });
  // top sorts by %CPU, highest first; equal ones stay in PID order.
  return rows.sort((a, b) => b.cores - a.cores || a.pid - b.pid);
}

const f1 = (n: number, width: number): string => n.toFixed(1).padStart(width);

/** top's scale_num for a KiB figure in a column `width` wide: as is when it fits, else in m, g, t. */
function scaledKiB(kib: number, width: number): string {
  if (String(kib).length <= width) return String(kib).padStart(width);
  let v = kib;
  for (const unit of ['m', 'g', 't']) {
    v /= 1024;
    for (const digits of [3, 2, 1]) {
      const s = `${v.toFixed(digits)}${unit}`;
      if (s.length <= width) return s.padStart(width);
    }
    if (String(Math.floor(v)).length + 1 <= width) return `${Math.floor(v)}${unit}`.padStart(width);
  }
  return '?'.padStart(width);
}

function procpsFrame(sim: Simulation, place: Place, argv: readonly string[]): string {
  const rows = rowsOf(sim, place, argv);
  const running = rows.filter((r) => r.state === 'R').length;
  const { cpus, busyCores } = cpuBusy(sim, place);
  const us = Math.min(100, (busyCores * 100) / Math.max(1, cpus));
  const mib = (bytes: number): string => (bytes / 1024 ** 2).toFixed(1).padStart(9);
  const lines = [
    `top -${uptimeLine(kernelClock(sim, place))}`,
    `Tasks:${String(rows.length).padStart(4)} total,${String(running).padStart(4)} running,${String(rows.length - running).padStart(4)} sleeping,   0 stopped,   0 zombie`,
    `%Cpu(s):${f1(us, 5)} us,  0.0 sy,  0.0 ni,${f1(100 - us, 5)} id,  0.0 wa,  0.0 hi,  0.0 si,  0.0 st`,
  ];
  const total = place.memory?.totalBytes ?? 0;
  if (place.memory) {
    const c = freeColumns(place.memory);
    const [swapTotal, swapUsed, swapFree] = swapColumns(place.memory);
    lines.push(`MiB Mem :${mib(c.total)} total,${mib(c.free)} free,${mib(c.used)} used,${mib(c.cache)} buff/cache`);
    lines.push(`MiB Swap:${mib(swapTotal)} total,${mib(swapFree)} free,${mib(swapUsed)} used.${mib(c.available)} avail Mem`);
  }
  lines.push('', '    PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND');
  for (const r of rows) {
    const kib = Math.round(r.bytes / 1024);
    const mem = total > 0 ? (r.bytes * 100) / total : 0;
    lines.push(`${String(r.pid).padStart(7)} ${psUser(r.user).padEnd(8)}  20   0       0 ${scaledKiB(kib, 6)}      0 ${r.state} ${f1(r.cores * 100, 5)} ${f1(mem, 5)}   0:00.00 ${commOf(r.command)}`);
  }
  return lines.join('\n');
}

/** BusyBox 1.36's top: its Mem, CPU and Load average lines, then PID PPID USER STAT VSZ %VSZ CPU %CPU COMMAND. */
function busyboxFrame(sim: Simulation, place: Place, argv: readonly string[]): string {
  const rows = rowsOf(sim, place, argv);
  const { cpus, busyCores } = cpuBusy(sim, place);
  const usr = Math.min(100, Math.floor((busyCores * 100) / Math.max(1, cpus)));
  const kb = (bytes: number): number => Math.floor(bytes / 1024);
  const lines: string[] = [];
  if (place.memory) {
    const c = freeColumns(place.memory);
    // BusyBox's "used" is everything not free, the cache included.
    lines.push(`Mem: ${kb(c.total - c.free)}K used, ${kb(c.free)}K free, 0K shrd, 0K buff, ${kb(c.cache)}K cached`);
  }
  const cpuField = (n: number, name: string): string => `${String(n).padStart(4)}% ${name}`;
  lines.push(`CPU:${[cpuField(usr, 'usr'), cpuField(0, 'sys'), cpuField(0, 'nic'), cpuField(100 - usr, 'idle'), cpuField(0, 'io'), cpuField(0, 'irq'), cpuField(0, 'sirq')].join('')}`);
  const clock = kernelClock(sim, place);
  const lastPid = Math.max(0, ...rows.map((r) => r.pid));
  lines.push(`Load average: ${clock.loads.map(loadText).join(' ')} ${rows.filter((r) => r.state === 'R').length}/${rows.length} ${lastPid}`);
  lines.push('  PID  PPID USER     STAT   VSZ %VSZ CPU %CPU COMMAND');
  for (const r of rows) {
    const pct = Math.floor(r.cores * 100 / Math.max(1, cpus));
    lines.push(`${String(r.pid).padStart(5)}${String(r.ppid).padStart(6)} ${r.user.slice(0, 8).padEnd(8)} ${r.state.padEnd(4)}     0   0%   0 ${String(pct).padStart(3)}% ${r.command}`);
  }
  return lines.join('\n');
}

/** The options top accepts here: batch mode and a count of frames (one is all this terminal draws). */
function parse(args: readonly string[]): { batch: boolean; frames: number } | { error: string } {
  let batch = false;
  let frames = 1;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const m = /^-([bn]+)(\d*)$/.exec(a);
    if (!m) return { error: a };
    if (m[1]!.includes('b')) batch = true;
    if (m[1]!.endsWith('n')) {
      const n = m[2] !== '' ? m[2]! : args[++i] ?? '';
      if (!/^\d+$/.test(n)) return { error: a };
      frames = Number(n);
    }
  }
  return { batch, frames };
}

export function top(sim: Simulation, place: Place, args: readonly string[]): CommandResult {
  const busybox = place.identity.userland === 'busybox';
  const opts = parse(args);
  if ('error' in opts) {
    if (busybox) return fail(`top: unrecognized option: ${opts.error.replace(/^-+/, '')}\nBusyBox v1.36.1 multi-call binary.\n\nUsage: top [-bmH] [-n COUNT] [-d SECONDS]`, 1);
    return fail(`top: inappropriate '${opts.error}'\nUsage:\n  top -hv | -bcEeHiOSs1 -d secs -n max -u|U user -p pid(s) -o field -w [cols]`, 1);
  }
  const frame = busybox ? busyboxFrame(sim, place, ['top', ...args]) : procpsFrame(sim, place, ['top', ...args]);
  const notes: string[] = [];
  if (!opts.batch) notes.push('(utsuwa: top redraws every 3 seconds until you press q; this terminal shows one frame, as top -b -n 1 prints it)');
  else if (opts.frames !== 1) notes.push(`(utsuwa: top -n ${opts.frames} would print a frame every 3 seconds; this terminal prints one)`);
  return ok([frame, ...notes].join('\n'));
}
