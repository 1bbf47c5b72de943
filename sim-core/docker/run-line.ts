/**
 * A ContainerSpec as the `docker run` line that makes the same container: the inverse of
 * run-options.ts (parsing the line gives the spec back). Shown in the inspector as the
 * equivalent command.
 */
import type { ContainerSpec, ShareableNamespace } from '../scenario/types';
import { mountFlags } from './mounts';
import { publishText } from './ports';
import { restartText } from './container-rules';
import { healthFlags } from './health-flags';
import { runtimeFlagName } from './runtimes';
import { shellQuote } from './shell-words';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/** Docker's size notation: `512m`, `1g`, `64k`, or bytes. */
export function dockerSize(bytes: number): string {
  if (bytes % GiB === 0) return `${bytes / GiB}g`;
  if (bytes % MiB === 0) return `${bytes / MiB}m`;
  if (bytes % 1024 === 0) return `${bytes / 1024}k`;
  return String(bytes);
}

const SHARE_FLAG: Record<Exclude<ShareableNamespace, 'mnt'>, string[]> = {
  net: ['--network', 'host'], pid: ['--pid', 'host'], ipc: ['--ipc', 'host'], uts: ['--uts', 'host'], user: ['--userns', 'host'],
};

/** The words after `docker`: `run -d --name web ... nginx:1.27 [command...]`. */
export function dockerRunArgs(c: ContainerSpec): string[] {
  const a: string[] = ['run', '-d', '--name', c.name];
  const runtime = runtimeFlagName(c.runtime, c.gvisorPlatform);
  if (runtime) a.push(`--runtime=${runtime}`);
  if (c.memoryBytes !== null) a.push(`--memory=${dockerSize(c.memoryBytes)}`);
  if (c.memorySwapBytes !== null) a.push(`--memory-swap=${c.memorySwapBytes === -1 ? '-1' : dockerSize(c.memorySwapBytes)}`);
  if (c.memoryReservationBytes !== undefined) a.push(`--memory-reservation=${dockerSize(c.memoryReservationBytes)}`);
  if (c.oomKillDisable) a.push('--oom-kill-disable');
  if (c.cpus !== null) a.push(`--cpus=${c.cpus}`);
  if (c.cpuShares !== 1024) a.push(`--cpu-shares=${c.cpuShares}`);
  if (c.cpuPeriodUs !== undefined) a.push(`--cpu-period=${c.cpuPeriodUs}`);
  if (c.cpuQuotaUs !== undefined) a.push(`--cpu-quota=${c.cpuQuotaUs}`);
  if (c.cpusetCpus !== undefined) a.push(`--cpuset-cpus=${c.cpusetCpus}`);
  if (c.pidsLimit !== null) a.push(`--pids-limit=${c.pidsLimit}`);
  for (const ns of c.share) if (ns !== 'mnt') a.push(...SHARE_FLAG[ns]);
  for (const n of c.networks ?? []) a.push('--network', n);
  for (const p of c.ports ?? []) a.push('-p', publishText(p));
  if (c.publishAll) a.push('-P');
  for (const e of c.env ?? []) a.push('-e', e);
  for (const h of c.extraHosts ?? []) a.push(`--add-host=${h}`);
  for (const u of c.ulimits ?? []) a.push(`--ulimit=${u}`);
  for (const d of c.dns ?? []) a.push(`--dns=${d}`);
  for (const d of c.dnsSearch ?? []) a.push(`--dns-search=${d}`);
  for (const d of c.dnsOptions ?? []) a.push(`--dns-option=${d}`);
  for (const m of c.mounts ?? []) a.push(...mountFlags(m));
  if (c.autoRemove) a.push('--rm');
  if (c.restart) a.push(`--restart=${restartText(c.restart)}`);
  if (c.healthcheck) a.push(...healthFlags(c.healthcheck));
  if (c.readOnly) a.push('--read-only');
  if (c.privileged) a.push('--privileged');
  for (const cap of c.capAdd ?? []) a.push(`--cap-add=${cap}`);
  for (const cap of c.capDrop ?? []) a.push(`--cap-drop=${cap}`);
  for (const opt of c.securityOpt ?? []) a.push('--security-opt', opt);
  if (c.hostname !== undefined) a.push(`--hostname=${c.hostname}`);
  if (c.workdir !== undefined) a.push('-w', c.workdir);
  if (c.user !== undefined) a.push('-u', c.user);
  // docker run takes one entrypoint word; Compose's longer ones continue in the command.
  const [entry, ...entryRest] = c.entrypoint ?? [];
  if (c.entrypoint !== undefined) a.push(`--entrypoint=${entry ?? ''}`);
  if (c.platform !== undefined) a.push(`--platform=${c.platform}`);
  a.push(c.imageRef ?? c.image, ...entryRest, ...(c.command ?? []));
  return a;
}

/** The whole line, each word quoted as a shell needs it; a container in a VM says where to type it. */
export function dockerRunLine(c: ContainerSpec): string {
  const line = ['docker', ...dockerRunArgs(c)].map(shellQuote).join(' ');
  const notes: string[] = [];
  if (c.in) notes.push(`# inside ${c.in}`);
  if (c.share.includes('mnt')) notes.push("# and the host's mount namespace, which no docker run flag shares");
  return c.in ? `${notes[0]}\n${line}${notes[1] ? `\n${notes[1]}` : ''}` : notes.length ? `${line}\n${notes.join('\n')}` : line;
}
