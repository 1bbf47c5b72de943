/**
 * `dmesg`: the kernel's log, which shows whose kernel a place is on. A runc container shares the
 * host's kernel, whose log Docker keeps from it: without CAP_SYSLOG (not in Docker's default
 * set) the syslog call is refused. A gVisor sandbox has a kernel of its own, the Sentry, whose
 * log is gVisor's easter egg (pkg/sentry/kernel/syslog.go: "Starting gVisor...", ten of its
 * messages drawn at random, "Ready!"); here the draw is seeded by the container's ID, so the
 * same container prints the same log. Boot logs of real kernels are not simulated.
 */
import type { Simulation } from '../engine/state';
import { containerIdOf } from '../engine/inspect';
import { effectiveCapabilities } from '../engine/confinement';
import type { Place } from './place';
import type { CommandResult } from './types';
import { fail, ok } from './types';

/** syslog.go's messages (the duplicate is gVisor's: "Check it up to twice."). */
const GVISOR_MESSAGES = [
  'Synthesizing system calls...', 'Mounting deweydecimalfs...', 'Moving files to filing cabinet...', 'Digging up root...',
  'Constructing home...', 'Segmenting fault lines...', 'Creating bureaucratic processes...', 'Searching for needles in stacks...',
  'Preparing for the zombie uprising...', 'Feeding the init monster...', 'Creating cloned children...', 'Daemonizing children...',
  'Waiting for children...', 'Gathering forks...', 'Committing treasure map to memory...', 'Reading process obituaries...',
  'Searching for socket adapter...', 'Creating process schedule...', 'Generating random numbers by fair dice roll...',
  'Rewriting operating system in Javascript...', 'Reticulating splines...', 'Consulting tar man page...', 'Forking spaghetti code...',
  'Checking naughty and nice process list...', 'Checking naughty and nice process list...', 'Granting licence to kill(2)...',
  'Letting the watchdogs out...',
];

/** A small deterministic generator (mulberry32) seeded from the container's ID. */
function seeded(id: string): () => number {
  let a = parseInt(id.slice(0, 8), 16) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The Sentry's log for this container, as syslog.go builds it. */
function gvisorLog(id: string, busybox: boolean): string {
  const rand = seeded(id);
  const left = [...GVISOR_MESSAGES];
  // BusyBox prints the buffer as it is; util-linux's dmesg reformats the stamp 12 wide.
  const line = (t: number, m: string) => `[${t.toFixed(6).padStart(busybox ? 11 : 12)}] ${m}`;
  const lines = [line(0, 'Starting gVisor...')];
  let time = 0.1;
  for (let i = 0; i < 10; i++) {
    time += rand() / 2;
    const k = Math.floor(rand() * left.length);
    const m = left[k]!;
    left[k] = left[left.length - 1]!;
    left.pop();
    lines.push(line(time, m));
  }
  time += rand() / 2;
  lines.push(line(time, 'Ready!'));
  return lines.join('\n');
}

export function dmesg(sim: Simulation, place: Place): CommandResult {
  const busybox = place.identity.userland === 'busybox';
  if (place.kind !== 'container') return ok(`(utsuwa: ${place.kind === 'vm' ? `${place.where}'s guest kernel` : 'the host kernel'}'s log is not simulated; the event log shows what the simulation did)`);
  const spec = sim.state.instances[place.where]!.spec;
  if (spec.kind !== 'container') return ok('');
  if (spec.runtime === 'gvisor') return ok(gvisorLog(containerIdOf(place.where), busybox));
  if (spec.runtime === 'kata') return ok(`(utsuwa: the log of ${place.where}'s own guest kernel, Kata's VM, is not simulated)`);
  if (!effectiveCapabilities(spec).includes('SYSLOG')) {
    return fail(busybox ? 'dmesg: klogctl: Operation not permitted' : 'dmesg: read kernel buffer failed: Operation not permitted', 1);
  }
  return ok(`(utsuwa: with CAP_SYSLOG this prints the host kernel's log: the container shares the host's kernel; its lines are not simulated)`);
}
