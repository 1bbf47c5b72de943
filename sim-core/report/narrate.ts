import type { LogEntry } from '../engine/log';
import { formatBytesShort } from '../engine/format';

function ms(v: unknown): string {
  const n = Number(v);
  return n >= 1000 ? `${(n / 1000).toFixed(n >= 10_000 ? 0 : 1)} s` : `${n} ms`;
}

/** One log entry in plain English (the UI has its own translated templates keyed by `type`). */
export function narrate(e: LogEntry): string {
  const d = e.data;
  const who = e.subject;
  switch (e.type) {
    case 'instance/added': return `${who} (${d.kind}) was added`;
    case 'instance/starting': return `${who} is starting: ${(d.phases as string[]).join(' → ')}`;
    case 'instance/phase-started': return `${who}: ${d.phase} began`;
    case 'instance/phase-ended': return `${who}: ${d.phase} took ${ms(d.ms)}`;
    case 'instance/ready': return `${who} is ready after ${ms(d.readyMs)}`;
    case 'instance/stopped': return `${who} stopped (exit ${d.exitCode})${d.reason ? `: ${d.reason}` : ''}`;
    case 'instance/killed': return `${who} was killed by ${d.signal} (exit ${d.exitCode})`;
    case 'instance/removed': return `${who} was removed`;
    case 'instance/start-failed': return `${who} failed to start: ${d.reason}`;
    case 'instance/load-changed': return `${who}'s load changed${d.memoryBytes !== null ? `: holds ${formatBytesShort(Number(d.memoryBytes))}` : ''}${d.cpu !== null ? `, wants ${d.cpu} cores` : ''}`;
    case 'container/waiting-for-vm': return `${who} waits for VM ${d.vm} to finish booting`;
    case 'oom/killed':
      if (d.scope === 'cgroup') return `OOM killer: ${who} wanted ${formatBytesShort(Number(d.wantedBytes))} but its cgroup's memory.max is ${formatBytesShort(Number(d.limitBytes))}`;
      if (d.scope === 'guest') return `the guest OOM killer in VM ${d.vm} killed ${who}`;
      return `the host ran out of memory: the OOM killer chose ${who} (${formatBytesShort(Number(d.rssBytes))})`;
    case 'cgroup/throttled': return `${who} is throttled: wants ${d.wants} cores, quota ${d.quota}`;
    case 'cgroup/unthrottled': return `${who} is no longer throttled`;
    case 'cgroup/limits-changed': return `${who}'s limits changed`;
    case 'image/layer-download-started': return `${who}: pulling layer ${d.layer} (${formatBytesShort(Number(d.bytes))})`;
    case 'image/layer-downloaded': return `layer ${d.layer} downloaded`;
    case 'image/layer-extracted': return `layer ${d.layer} extracted to disk`;
    case 'fs/copied-up': return `${who}: copy-up of ${d.path} (${formatBytesShort(Number(d.bytes))}) into the writable layer`;
    case 'fs/written': return `${who} wrote ${d.path} (${formatBytesShort(Number(d.bytes))})`;
    case 'fs/whiteout': return `${who} deleted ${d.path}: a whiteout hides the image's copy`;
    case 'fs/deleted': return `${who} deleted ${d.path}`;
    case 'disk/written': return `${who} wrote ${d.path}: its disk grew to ${formatBytesShort(Number(d.diskBytes))}`;
    case 'security/compromised': return `${who} was exploited (${d.kind}): the attacker controls ${(d.targets as string[]).join(', ')}`;
    case 'action/rejected': return `could not ${String(d.action).replace('instance/', '')} ${who}: ${d.reason}`;
    default: return `${who}: ${e.type}`;
  }
}
