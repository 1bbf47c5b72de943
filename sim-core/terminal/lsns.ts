/**
 * `lsns [-t TYPE] [-p PID] [-n]` (util-linux): each namespace the viewer's processes are in, with
 * how many of them are in it and the lowest-numbered one (its PID, user and command), sorted by
 * the namespace's inode number, as lsns lists them. On the host every container's new
 * namespaces appear beside the kernel's root ones; inside a container only its own processes are
 * seen, so only its namespaces (and the root ones it did not leave). A VM's kernel has its own.
 */
import type { Simulation } from '../engine/state';
import type { KernelProcess } from '../engine/processes';
import { processesOnKernel } from '../engine/processes';
import { namespacesOf, userSeenFromKernel } from '../engine/inspect';
import { NAMESPACE_KINDS, ROOT_NAMESPACE_IDS, type NamespaceIds, type NamespaceKind } from '../namespaces/ids';
import type { Place } from './place';
import type { CommandResult } from './types';
import { fail, ok } from './types';

interface Seen { pid: number; user: string; command: string; ids: NamespaceIds }

/** The processes the viewer sees, with the PIDs it sees them under and their namespaces. */
function seenProcesses(sim: Simulation, place: Place): Seen[] {
  const kernel = place.view.kernel;
  const nsOf = (p: KernelProcess): NamespaceIds => (p.nsPid !== null && p.owner !== null && sim.state.instances[p.owner]?.spec.kind === 'container' && kernel === place.view.kernel
    ? namespacesOf(sim, p.owner).ids
    : ROOT_NAMESPACE_IDS);
  const all = processesOnKernel(sim, kernel);
  const outside = (p: KernelProcess): Seen => ({ pid: p.pid, user: userSeenFromKernel(p), command: p.command, ids: nsOf(p) });
  if (place.kind !== 'container') return all.map(outside);
  const own = namespacesOf(sim, place.where).ids;
  // In its own PID namespace a container sees its processes under their namespace's PIDs.
  if (own.pid !== ROOT_NAMESPACE_IDS.pid) return all.filter((p) => p.owner === place.where && p.nsPid !== null).map((p) => ({ pid: p.nsPid!, user: p.user, command: p.command, ids: own }));
  return all.map(outside);
}

const USAGE = "Try 'lsns --help' for more information.";

export function lsns(sim: Simulation, place: Place, args: readonly string[]): CommandResult {
  if (place.identity.userland === 'busybox') return fail(`${place.identity.shell === 'ash' ? 'sh' : 'bash'}: lsns: not found`, 127);
  let type: NamespaceKind | null = null;
  let pid: number | null = null;
  let heading = true;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-n' || a === '--noheadings') heading = false;
    else if (a === '-t' || a === '--type') {
      const v = args[++i] ?? '';
      if (!(NAMESPACE_KINDS as readonly string[]).includes(v)) return fail(`lsns: unknown namespace type: ${v}`, 1);
      type = v as NamespaceKind;
    } else if (a === '-p' || a === '--task') {
      pid = Number(args[++i]);
      if (!Number.isInteger(pid)) return fail(`lsns: invalid PID argument: '${args[i] ?? ''}'`, 1);
    } else return fail(`lsns: invalid option -- '${a.replace(/^-+/, '')}'\n${USAGE}`, 1);
  }
  const seen = seenProcesses(sim, place).sort((a, b) => a.pid - b.pid);
  const chosen = pid === null ? null : seen.find((p) => p.pid === pid);
  if (pid !== null && !chosen) return fail(`lsns: cannot open /proc/${pid}: No such file or directory`, 1);
  const rows = new Map<number, { type: NamespaceKind; n: number; first: Seen }>();
  for (const p of seen) {
    for (const kind of NAMESPACE_KINDS) {
      if (type !== null && kind !== type) continue;
      const id = p.ids[kind];
      const row = rows.get(id);
      if (row) row.n++;
      else rows.set(id, { type: kind, n: 1, first: p });
    }
  }
  const wanted = [...rows.entries()].filter(([id]) => chosen === null || chosen === undefined || NAMESPACE_KINDS.some((k) => chosen.ids[k] === id)).sort((a, b) => a[0] - b[0]);
  const table = wanted.map(([id, r]) => [String(id), r.type, String(r.n), String(r.first.pid), r.first.user, r.first.command]);
  const head = ['NS', 'TYPE', 'NPROCS', 'PID', 'USER', 'COMMAND'];
  const all = heading ? [head, ...table] : table;
  const width = (c: number): number => Math.max(...all.map((r) => r[c]!.length));
  // libsmartcols: NS, NPROCS and PID right-aligned, TYPE and USER left, COMMAND last and unpadded.
  const right = new Set([0, 2, 3]);
  const lines = all.map((r) => r.map((cell, c) => (c === 5 ? cell : right.has(c) ? cell.padStart(width(c)) : cell.padEnd(width(c)))).join(' '));
  return ok(lines.join('\n'));
}
