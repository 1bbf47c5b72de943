/**
 * BusyBox's versions of the tools, as Alpine and the busybox image have them (BusyBox 1.36
 * with CONFIG_DESKTOP): ps prints `pid,user,time,args` whatever -e/-f/aux ask for (it accepts
 * and ignores them), free rounds to the unit, uname -a ends with the OS name only.
 */
import type { ProcessView } from '../namespaces/view';
import type { SessionProcess } from './ps-session';
import type { KernelMemory } from '../engine/meminfo';
import { freeColumns, swapColumns, type FreeUnit } from './system-info';

/** procps/ps.c with the default `-o pid,user,time,args`: each column padded to its width (5, 8, 5) and a space. */
export function busyboxPs(view: ProcessView, own: readonly SessionProcess[] = []): string {
  const lines = ['PID   USER     TIME  COMMAND'];
  for (const p of [...view.processes, ...own]) {
    lines.push(`${String(p.pid).padStart(5)} ${p.user.slice(0, 8).padEnd(8)}  0:00 ${p.command}`);
  }
  return lines.join('\n');
}

/** `ps -T`: BusyBox lists every thread as its own row (FEATURE_SHOW_THREADS). */
export function busyboxPsThreads(view: ProcessView): string {
  const lines = ['PID   USER     TIME  COMMAND'];
  for (const p of view.processes) {
    for (const t of p.threads) lines.push(`${String(t.tid).padStart(5)} ${p.user.slice(0, 8).padEnd(8)}  0:00 ${p.command}`);
  }
  return lines.join('\n');
}

/** make_human_readable_str with a display unit: rounded to the nearest unit. */
function scaled(bytes: number, unit: number): string {
  if (bytes === 0) return '0';
  return String(Math.floor((bytes + unit / 2) / unit));
}

/** make_human_readable_str without one: `987.6M`, `1.9G`, one decimal. */
function human(bytes: number): string {
  if (bytes === 0) return '0';
  const units = ['', 'K', 'M', 'G', 'T'];
  let val = bytes;
  let frac = 0;
  let i = 0;
  while (val >= 1024) {
    frac = Math.floor(((val % 1024) * 10 + 512) / 1024);
    val = Math.floor(val / 1024);
    i++;
  }
  if (frac >= 10) {
    val++;
    frac = 0;
  }
  return i === 0 ? String(val) : `${val}.${frac}${units[i]}`;
}

/** procps/free.c: `Mem:` and `Swap:` rows under a header, every column 12 wide after a 7-wide label. */
export function busyboxFree(mem: KernelMemory, unit: FreeUnit): string {
  const c = freeColumns(mem);
  const fmt = (bytes: number): string => (unit === 'h' ? human(bytes) : scaled(bytes, { b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[unit]));
  const cols = (values: number[]): string => values.map((v) => fmt(v).padStart(12)).join('');
  return [
    '       ' + ['total', 'used', 'free', 'shared', 'buff/cache', 'available'].map((h) => h.padStart(12)).join(''),
    'Mem:   ' + cols([c.total, c.used, c.free, 0, c.cache, c.available]),
    'Swap:  ' + cols(swapColumns(mem)),
  ].join('\n');
}

/** BusyBox's `uname -a`: kernel name, host, release, build, machine, then the OS name (no processor or platform). */
export function busyboxUnameAll(view: ProcessView): string {
  return `Linux ${view.hostname} ${view.unameR} ${view.unameV} x86_64 Linux`;
}
