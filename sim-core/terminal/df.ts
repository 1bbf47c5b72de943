/**
 * `df [-h] [PATH...]` (GNU coreutils; BusyBox's prints the same columns): the filesystems a place
 * sees, sized from the model's disk. A container's root is its overlay, whose size and use are
 * the host filesystem's it lives on (`/var/lib/docker`), as real `df` inside a container shows;
 * on the host each running container's merged overlay is a mount of its own. Used is what the
 * simulation stores on the disk (images, writable layers, VM disks, logs), not the host OS's own files.
 */
import type { Simulation } from '../engine/state';
import { containerIdOf } from '../engine/inspect';
import { hostDisk } from '../figures/disk';
import { mergedDir } from '../namespaces/mounts';
import type { Place } from './place';
import type { CommandResult } from './types';
import { fail, ok } from './types';

interface Row { source: string; sizeK: number; usedK: number; target: string }

const KiB = 1024;
/** Docker's default size for a container's /dev and /dev/shm (65536k). */
const DEV_TMPFS_K = 65_536;

/** GNU df -h: powers of 1024, rounded up, one decimal below 10. */
function human(k: number): string {
  if (k === 0) return '0';
  let v = k * KiB;
  const units = ['', 'K', 'M', 'G', 'T', 'P'];
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  if (u === 0) return String(Math.ceil(v));
  if (v < 10) {
    const one = Math.ceil(v * 10) / 10;
    return one >= 10 ? `${Math.ceil(one)}${units[u]}` : `${one.toFixed(1)}${units[u]}`;
  }
  return `${Math.ceil(v)}${units[u]}`;
}

/** A kernel's root filesystem: the host's disk, or a VM's virtual disk as its guest fills it. */
function kernelDisk(sim: Simulation, kernel: string): { sizeK: number; usedK: number } {
  const vm = kernel === 'host' ? null : sim.state.instances[kernel];
  if (vm?.spec.kind === 'vm') {
    const sizeK = Math.floor(vm.spec.diskBytes / KiB);
    return { sizeK, usedK: Math.min(sizeK, Math.ceil(vm.diskBytes / KiB)) };
  }
  return { sizeK: Math.floor(sim.scenario.host.diskBytes / KiB), usedK: Math.ceil(hostDisk(sim).totalBytes / KiB) };
}

function rowsOf(sim: Simulation, place: Place): Row[] {
  const root = place.view.mounts.find((m) => m.target === '/')?.source ?? '/dev/sda1';
  if (place.kind === 'container') {
    const spec = sim.state.instances[place.where]!.spec;
    const { sizeK, usedK } = kernelDisk(sim, spec.kind === 'container' ? spec.in ?? 'host' : 'host');
    const device = place.view.mounts.find((m) => m.target === '/etc/hosts')?.source ?? '/dev/sda1';
    return [
      { source: 'overlay', sizeK, usedK, target: '/' },
      { source: 'tmpfs', sizeK: DEV_TMPFS_K, usedK: 0, target: '/dev' },
      { source: 'shm', sizeK: DEV_TMPFS_K, usedK: 0, target: '/dev/shm' },
      { source: device, sizeK, usedK, target: '/etc/hosts' },
    ];
  }
  const { sizeK, usedK } = kernelDisk(sim, place.kind === 'vm' ? place.where : 'host');
  if (place.kind === 'vm') return [{ source: root, sizeK, usedK, target: '/' }];
  const rows: Row[] = [{ source: root, sizeK, usedK, target: '/' }];
  for (const name of sim.state.order) {
    const inst = sim.state.instances[name]!;
    if (inst.spec.kind !== 'container' || (inst.spec.in ?? 'host') !== 'host' || inst.spec.runtime === 'kata') continue;
    if (inst.state !== 'running' && inst.state !== 'booting') continue;
    rows.push({ source: 'overlay', sizeK, usedK, target: mergedDir(containerIdOf(name)) });
  }
  return rows;
}

export function df(sim: Simulation, place: Place, args: readonly string[]): CommandResult {
  const humanSizes = args.some((a) => /^-\w*h/.test(a) || a === '--human-readable');
  const bad = args.find((a) => a.startsWith('-') && !/^-[hkaTlP]+$/.test(a) && a !== '--human-readable');
  if (bad) return fail(`df: invalid option -- '${bad.replace(/^-+/, '')}'\nTry 'df --help' for more information.`, 1);
  const all = rowsOf(sim, place);
  const paths = args.filter((a) => !a.startsWith('-'));
  const chosen = paths.length === 0 ? all : paths.map((p) => {
    const abs = p.startsWith('/') ? p : `${place.cwd}/${p}`;
    return [...all].filter((r) => abs === r.target || abs.startsWith(r.target === '/' ? '/' : `${r.target}/`)).sort((a, b) => b.target.length - a.target.length)[0]!;
  });
  const size = (k: number): string => (humanSizes ? human(k) : String(k));
  const head = humanSizes ? ['Filesystem', 'Size', 'Used', 'Avail', 'Use%', 'Mounted on'] : ['Filesystem', '1K-blocks', 'Used', 'Available', 'Use%', 'Mounted on'];
  const table = chosen.map((r) => {
    const avail = Math.max(0, r.sizeK - r.usedK);
    const pct = r.usedK + avail === 0 ? '-' : `${Math.ceil((r.usedK * 100) / (r.usedK + avail))}%`;
    return [r.source, size(r.sizeK), size(r.usedK), size(avail), pct, r.target];
  });
  // GNU df's least widths: Filesystem 14, the sizes 5 (-h) or 9, Use% 4; widened by what they hold.
  const least = humanSizes ? [14, 5, 5, 5, 4, 0] : [14, 9, 9, 9, 4, 0];
  const rows = [head, ...table];
  const width = least.map((w, c) => Math.max(w, ...rows.map((r) => r[c]!.length)));
  const lines = rows.map((r) => r.map((cell, c) => (c === 5 ? cell : c === 0 ? cell.padEnd(width[c]!) : cell.padStart(width[c]!))).join(' '));
  return ok(lines.join('\n'));
}
