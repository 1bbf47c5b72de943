/**
 * `uptime [-p|-s]` (procps-ng 4; BusyBox's applet in Alpine): the time of day on the
 * simulation's clock, how long the kernel has been up, the users logged in, and its load
 * average (load-average.ts). The kernel is the place's: a runc container reads the host's
 * /proc/uptime and /proc/loadavg (one shared kernel, so the host's boot and load); a VM guest
 * its own since its boot; a Kata container its own guest's; a gVisor sandbox its Sentry's,
 * whose uptime starts with the sandbox and whose /proc/loadavg is always zeros (gVisor does
 * not compute one). The simulated host booted at 0:00 on the simulation's clock, as `ps`'s STIME says.
 */
import type { Simulation } from '../engine/state';
import type { Place } from './place';
import type { CommandResult } from './types';
import { fail, ok } from './types';
import { loadAverage, loadText, loadTextTruncated, runQueueSteps, type LoadAverage } from './load-average';
import { simDate } from './facts';
import { sessionProcesses } from './ps-session';

export interface KernelClock {
  nowMs: number;
  bootMs: number;
  /** Logins in utmp: the terminal's own on a host or a VM (SSH); none in a container (no utmp there). */
  users: number;
  /** In loadavg.c's fixed point. */
  loads: LoadAverage;
}

/** The kernel whose clock and run queue the place's /proc shows, and when it booted; `sandboxed`: gVisor's Sentry. */
export function procKernelOf(sim: Simulation, place: Place): { kernel: string; bootMs: number; sandboxed: boolean } {
  const inst = sim.state.instances[place.where];
  const since = (name: string): number => sim.state.instances[name]?.startedAtMs ?? 0;
  if (place.kind === 'host' || !inst) return { kernel: 'host', bootMs: 0, sandboxed: false };
  if (inst.spec.kind === 'vm') return { kernel: place.where, bootMs: since(place.where), sandboxed: false };
  if (inst.spec.runtime === 'gvisor') return { kernel: place.where, bootMs: since(place.where), sandboxed: true };
  if (inst.spec.runtime === 'kata') return { kernel: place.where, bootMs: since(place.where), sandboxed: false };
  const on = inst.spec.in ?? 'host';
  return { kernel: on, bootMs: on === 'host' ? 0 : since(on), sandboxed: false };
}

export function kernelClock(sim: Simulation, place: Place): KernelClock {
  const nowMs = sim.state.nowMs;
  const { kernel, bootMs, sandboxed } = procKernelOf(sim, place);
  const loads: LoadAverage = sandboxed ? [0, 0, 0] : loadAverage(sim, kernel, bootMs, nowMs);
  return { nowMs, bootMs, users: place.kind === 'container' ? 0 : 1, loads };
}

/**
 * /proc/loadavg: the three averages, the tasks runnable now (the model's run queue, rounded,
 * and the reader itself) over the threads the place sees, and the last PID handed out.
 * gVisor's Sentry writes `0.00 0.00 0.00 0/0 0`.
 */
export function procLoadavg(sim: Simulation, place: Place): string {
  const { kernel, bootMs, sandboxed } = procKernelOf(sim, place);
  if (sandboxed) return '0.00 0.00 0.00 0/0 0';
  const steps = runQueueSteps(sim, kernel);
  const running = Math.round(steps[steps.length - 1]!.tasks) + 1;
  // The reader (cat) and the shell it was typed in are numbered as ps numbers them (ps-session.ts).
  const own = sessionProcesses(place, ['cat', '/proc/loadavg']);
  const tids = [...place.view.processes.flatMap((p) => p.threads.map((t) => t.tid)), ...own.map((p) => p.pid)];
  const loads = loadAverage(sim, kernel, bootMs, sim.state.nowMs);
  return `${loads.map(loadText).join(' ')} ${running}/${tids.length} ${Math.max(0, ...tids)}`;
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

function timeOfDay(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${two(Math.floor(s / 3600) % 24)}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
}

/** procps_uptime_sprint: ` 12:00:05 up 3 min,  1 user,  load average: 0.52, 0.58, 0.59`. */
export function uptimeLine(c: KernelClock): string {
  const up = Math.floor((c.nowMs - c.bootMs) / 1000);
  const days = Math.floor(up / 86_400);
  const hours = Math.floor(up / 3600) % 24;
  const minutes = Math.floor(up / 60) % 60;
  const dayPart = days ? `${days} ${days > 1 ? 'days' : 'day'}, ` : '';
  const clock = hours ? `${String(hours).padStart(2)}:${two(minutes)}, ` : `${minutes} min, `;
  const users = `${String(c.users).padStart(2)} ${c.users > 1 ? 'users' : 'user'}, `;
  return ` ${timeOfDay(c.nowMs)} up ${dayPart}${clock}${users} load average: ${c.loads.map(loadText).join(', ')}`;
}

/** BusyBox's uptime.c (no utmp in Alpine's build, so no users); sysinfo's loads cut, not rounded. */
function busyboxLine(c: KernelClock): string {
  const up = Math.floor((c.nowMs - c.bootMs) / 1000);
  const days = Math.floor(up / 86_400);
  const hours = Math.floor(up / 3600) % 24;
  const minutes = Math.floor(up / 60) % 60;
  const dayPart = days ? `${days} day${days !== 1 ? 's' : ''}, ` : '';
  const clock = hours ? `${String(hours).padStart(2)}:${two(minutes)}` : `${minutes} min`;
  return ` ${timeOfDay(c.nowMs)} up ${dayPart}${clock},  load average: ${c.loads.map((l) => loadTextTruncated(l)).join(', ')}`;
}

/** procps_uptime_sprint_short (`uptime -p`): `up 1 hour, 5 minutes`. */
function pretty(c: KernelClock): string {
  const up = Math.floor((c.nowMs - c.bootMs) / 1000);
  const parts: string[] = [];
  const units: Array<[number, string]> = [[Math.floor(up / 604_800), 'week'], [Math.floor(up / 86_400) % 7, 'day'], [Math.floor(up / 3600) % 24, 'hour']];
  for (const [n, unit] of units) if (n) parts.push(`${n} ${unit}${n !== 1 ? 's' : ''}`);
  const minutes = Math.floor(up / 60) % 60;
  if (minutes || up < 60) parts.push(`${minutes} minute${minutes !== 1 ? 's' : ''}`);
  return `up ${parts.join(', ')}`;
}

export function uptime(sim: Simulation, place: Place, args: readonly string[]): CommandResult {
  const busybox = place.identity.userland === 'busybox';
  const known = busybox ? ['-s'] : ['-p', '--pretty', '-s', '--since'];
  const bad = args.find((a) => !known.includes(a));
  if (bad !== undefined) {
    if (busybox) return fail(`uptime: unrecognized option: ${bad.replace(/^-+/, '')}\nBusyBox v1.36.1 multi-call binary.\n\nUsage: uptime [-s]`, 1);
    return fail(`uptime: ${bad.startsWith('--') ? `unrecognized option '${bad}'` : `invalid option -- '${bad.slice(1, 2)}'`}\n\nUsage:\n uptime [options]`, 1);
  }
  const c = kernelClock(sim, place);
  if (args.includes('-s') || args.includes('--since')) return ok(simDate(c.bootMs).slice(0, 19));
  if (args.includes('-p') || args.includes('--pretty')) return ok(pretty(c));
  return ok(busybox ? busyboxLine(c) : uptimeLine(c));
}
