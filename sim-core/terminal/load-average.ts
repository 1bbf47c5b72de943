/**
 * A kernel's load average (/proc/loadavg, what uptime and top print), computed the way Linux
 * does (kernel/sched/loadavg.c): every 5 s the run queue's length is folded into three
 * fixed-point exponential averages (1, 5 and 15 minutes) with integer arithmetic only, so the
 * figures are the same in every browser.
 *
 * The run queue is read from the model, replayed over the event log: what each instance's
 * app asks of the CPU (its `cpuDemand`, in cores, counted while it runs and is not paused,
 * capped by a container's quota: throttled tasks leave the queue), plus one task for each
 * instance in a CPU phase of its start. Demand is a number of cores, not of tasks: 0.5 stands
 * for one task runnable half the time. Tasks in uninterruptible sleep (disk I/O), which Linux
 * also counts, are not; an instance removed from the board no longer counts in the past.
 */
import type { Simulation } from '../engine/state';
import type { LogEntry } from '../engine/log';

/** loadavg.c's constants: 11 bits of fraction, 1/exp(5s/1min), 1/exp(5s/5min), 1/exp(5s/15min). */
const FSHIFT = 11;
const FIXED_1 = 1 << FSHIFT;
const EXP = [1884, 2014, 2037] as const;
/** LOAD_FREQ: the run queue is sampled every 5 s. */
const SAMPLE_MS = 5000;
/** Older samples than this weigh less than 1e-7 in the 15-minute average: the fold starts here. */
const HISTORY_MS = 4 * 3600_000;

/** Three averages in loadavg.c's fixed point (FIXED_1 is one task). */
export type LoadAverage = readonly [number, number, number];

/** calc_load: one 5-second fold, rounding up while the load rises as the kernel does. */
function calcLoad(load: number, exp: number, active: number): number {
  let next = load * exp + active * (FIXED_1 - exp);
  if (active >= load) next += FIXED_1 - 1;
  return Math.floor(next / FIXED_1);
}

interface Contributor { running: boolean; paused: boolean; demand: number; limit: number | null; bootCpu: boolean }

/** A phase of the instance's start that works the CPU (by name, from its latest plan). */
function isCpuPhase(sim: Simulation, name: string, phase: string): boolean {
  return sim.state.instances[name]?.plan.some((p) => p.name === phase && p.kind === 'cpu') ?? false;
}

/** Folds one log entry into the instance's CPU state. */
function apply(sim: Simulation, c: Contributor, e: LogEntry): void {
  switch (e.type) {
    case 'instance/stopped':
    case 'instance/killed':
    case 'instance/start-failed':
    case 'instance/restarting':
      c.running = false;
      c.bootCpu = false;
      return;
    case 'instance/starting':
    case 'instance/resuming':
      // A resumed VM boots no guest: it is running again once its state is read back (ready).
      c.running = false;
      c.paused = false;
      return;
    case 'instance/phase-started':
      c.bootCpu = isCpuPhase(sim, e.subject, e.data.phase);
      return;
    case 'instance/phase-ended':
      c.bootCpu = false;
      return;
    case 'instance/ready':
      c.running = true;
      c.paused = false;
      c.bootCpu = false;
      return;
    case 'instance/paused':
    case 'instance/suspending':
      c.paused = true;
      return;
    case 'instance/unpaused':
      c.paused = false;
      return;
    case 'instance/load-changed':
      if (e.data.cpu !== null) c.demand = e.data.cpu;
      return;
    case 'cgroup/limits-changed':
      c.limit = e.data.cpus;
      return;
    default:
      return;
  }
}

/** The tasks an instance puts on its own kernel's run queue (a VM's guest: itself and its containers). */
function ownTasks(c: Contributor): number {
  if (c.paused) return 0;
  return (c.running ? Math.min(c.demand, c.limit ?? Infinity) : 0) + (c.bootCpu ? 1 : 0);
}

/**
 * The run queue's length on `kernel` ('host', a VM's name, or a Kata container's own guest)
 * as a step function: each change with the time it took effect, in order.
 */
export function runQueueSteps(sim: Simulation, kernel: string): Array<{ atMs: number; tasks: number }> {
  const states = new Map<string, Contributor>();
  const stateOf = (name: string): Contributor | null => {
    let c = states.get(name);
    if (c) return c;
    const spec = sim.state.instances[name]?.spec;
    if (!spec) return null;
    const image = spec.kind === 'container' ? sim.catalogue.images[spec.image] : undefined;
    // The record's first demand (engine/records.ts): the app's idle CPU for a container, none for a VM.
    const demand = image ? sim.catalogue.apps[image.app]?.idleCpu ?? 0 : 0;
    c = { running: false, paused: false, demand, limit: spec.kind === 'container' ? spec.cpus ?? null : null, bootCpu: false };
    states.set(name, c);
    return c;
  };
  const kernelOf = (name: string): string | null => {
    const spec = sim.state.instances[name]?.spec;
    if (!spec) return null;
    return spec.kind === 'container' ? spec.in ?? 'host' : 'host';
  };
  // Each instance's own tasks as last counted, and each VM guest's run queue (its own and its containers'), kept by deltas.
  const own = new Map<string, number>();
  const guest = new Map<string, number>();
  const steps: Array<{ atMs: number; tasks: number }> = [{ atMs: 0, tasks: 0 }];
  let total = 0;
  for (const e of sim.state.log) {
    const c = stateOf(e.subject);
    if (!c) continue;
    const on = kernelOf(e.subject)!;
    const vmShare = (vm: string): number => {
      const spec = sim.state.instances[vm]!.spec;
      return stateOf(vm)!.paused || spec.kind !== 'vm' ? 0 : Math.min(guest.get(vm) ?? 0, spec.cpus);
    };
    // On the host a VM counts as its busy vCPU threads (at most its vCPUs): what it adds before and after.
    const hostEntry = kernel !== 'host' ? null : on !== 'host' ? on : sim.state.instances[e.subject]!.spec.kind === 'vm' ? e.subject : null;
    const before = hostEntry ? vmShare(hostEntry) : 0;
    apply(sim, c, e);
    const was = own.get(e.subject) ?? 0;
    const now = ownTasks(c);
    own.set(e.subject, now);
    const guestOf = on !== 'host' ? on : sim.state.instances[e.subject]!.spec.kind === 'vm' ? e.subject : null;
    if (guestOf) guest.set(guestOf, (guest.get(guestOf) ?? 0) + now - was);
    if (kernel === 'host') total += hostEntry ? vmShare(hostEntry) - before : now - was;
    else if (on === kernel || e.subject === kernel) total += now - was;
    else continue;
    const last = steps[steps.length - 1]!;
    if (last.atMs === e.atMs) last.tasks = total;
    else if (last.tasks !== total) steps.push({ atMs: e.atMs, tasks: total });
  }
  return steps;
}

/** The three averages at `nowMs` of a kernel booted at `bootMs` (loadavg.c's fixed point). */
export function loadAverage(sim: Simulation, kernel: string, bootMs: number, nowMs: number): LoadAverage {
  const steps = runQueueSteps(sim, kernel);
  const loads = [0, 0, 0];
  let i = 0;
  // The first sample is LOAD_FREQ after boot; samples long before now no longer show.
  let at = bootMs + SAMPLE_MS;
  if (nowMs - at > HISTORY_MS) at += Math.floor((nowMs - at - HISTORY_MS) / SAMPLE_MS) * SAMPLE_MS;
  for (; at <= nowMs; at += SAMPLE_MS) {
    while (i + 1 < steps.length && steps[i + 1]!.atMs <= at) i++;
    const active = Math.round(steps[i]!.tasks * FIXED_1);
    for (let k = 0; k < 3; k++) loads[k] = calcLoad(loads[k]!, EXP[k]!, active);
  }
  return [loads[0]!, loads[1]!, loads[2]!];
}

/** As /proc/loadavg prints it (and procps reads it): rounded to two decimals (FIXED_1/200 added). */
export function loadText(load: number): string {
  const x = load + FIXED_1 / 200;
  return `${Math.floor(x / FIXED_1)}.${String(Math.floor(((x % FIXED_1) * 100) / FIXED_1)).padStart(2, '0')}`;
}

/** As BusyBox prints sysinfo(2)'s loads: cut to two decimals, not rounded. */
export function loadTextTruncated(load: number): string {
  return `${Math.floor(load / FIXED_1)}.${String(Math.floor(((load % FIXED_1) * 100) / FIXED_1)).padStart(2, '0')}`;
}
