import { unhandledLogType, type LogEntry } from '../engine/log';
import { formatBytes, formatDuration } from '../format/index';

/**
 * One log entry in plain English, for the runner and the page (src/i18n/narrate.ts holds the
 * Japanese beside it). The switch is exhaustive: a new log type does not compile until it is
 * narrated here.
 */
export function narrate(e: LogEntry): string {
  const who = e.subject;
  switch (e.type) {
    case 'instance/added': return `${who} (${e.data.kind}) was added`;
    case 'instance/starting': return `${who} is starting: ${e.data.phases.join(' → ')}`;
    case 'instance/phase-started': return `${who}: ${e.data.phase} began`;
    case 'instance/phase-ended': return `${who}: ${e.data.phase} took ${formatDuration(e.data.ms)}`;
    case 'instance/ready': return `${who} is ready after ${formatDuration(e.data.readyMs)}`;
    case 'container/logged': return `${who} wrote ${formatBytes(e.data.bytes)} to ${e.data.path}, a link to its ${e.data.stream}: it went to its log on the host (${formatBytes(e.data.logBytes)} now), not its writable layer`;
    case 'instance/stopping': return `${who} is stopping: ${e.data.signal} sent${e.data.graceMs !== null ? `; it ignores it, so SIGKILL follows after ${formatDuration(e.data.graceMs)}` : ''}`;
    case 'instance/stopped': return `${who} stopped (exit ${e.data.exitCode})${e.data.ms ? ` ${formatDuration(e.data.ms)} after the stop was asked` : ''}${e.data.signal === 'SIGKILL' ? ', killed with SIGKILL' : ''}${e.data.reason ? `: ${e.data.reason}` : ''}`;
    case 'instance/killed': return `${who} was killed by ${e.data.signal} (exit ${e.data.exitCode})${e.data.reason === 'docker kill' ? ': docker kill' : ''}`;
    case 'instance/removed': return `${who} was removed`;
    case 'instance/restarting': return `${who} exited (exit ${e.data.exitCode}); its restart policy ${e.data.policy} restarts it in ${formatDuration(e.data.delayMs)} (restart ${e.data.attempt}; Docker doubles the wait each time, from 100 ms up to 1 min)`;
    case 'instance/paused': return `${who} was paused: its processes are frozen, its memory kept, it uses no CPU`;
    case 'instance/unpaused': return `${who} was unpaused: its processes run again`;
    case 'instance/suspending': return `${who} is saving its state: paused, its memory being written to a ${formatBytes(e.data.stateBytes)} state file on the host's disk`;
    case 'instance/suspended': return `${who} is saved after ${formatDuration(e.data.ms)}: its ${formatBytes(e.data.stateBytes)} state file is on the host's disk, no VM process runs and the host has its RAM back`;
    case 'instance/resuming': return `${who} is resuming: it reads its ${formatBytes(e.data.stateBytes)} state file back, with no boot`;
    case 'instance/start-failed': return `${who} failed to start: ${e.data.reason}`;
    case 'instance/load-changed': {
      const { memoryBytes, cpu } = e.data;
      return `${who}'s load changed${memoryBytes !== null ? `: holds ${formatBytes(memoryBytes)}` : ''}${cpu !== null ? `, wants ${cpu} cores` : ''}`;
    }
    case 'container/waiting-for-vm': return `${who} waits for VM ${e.data.vm} to finish booting`;
    case 'instance/health': return e.data.status === 'starting'
      ? `${who}'s healthcheck begins: health: starting until a probe succeeds`
      : e.data.status === 'healthy'
        ? `${who} is healthy: its healthcheck probe succeeded`
        : `${who} is unhealthy: ${e.data.failingStreak} probes in a row failed`;
    case 'container/waiting-for-dependencies': return `${who} is not started yet: it waits for ${e.data.waitingFor.join(', ')}, as docker compose up does`;
    case 'container/dependencies-met': return `${who}'s dependencies are met (${e.data.dependencies.join(', ')})${e.data.skipped.length > 0 ? `; ${e.data.skipped.join('; ')}` : ''}: it starts`;
    case 'container/dependency-failed': return `${who} is not started: ${e.data.reason}`;
    case 'oom/killed': {
      const d = e.data;
      if (d.scope === 'cgroup') return `OOM killer: ${who} wanted ${formatBytes(d.wantedBytes)} but its cgroup's memory.max is ${formatBytes(d.limitBytes)}${d.swapMaxBytes ? ` and only ${formatBytes(d.swapMaxBytes)} more fits in swap` : ''}`;
      if (d.scope === 'guest') return `the guest OOM killer in VM ${d.vm} killed ${who}`;
      return `the host ran out of memory: the OOM killer chose ${who} (${formatBytes(d.rssBytes)})`;
    }
    case 'cgroup/throttled': return `${who} is throttled: wants ${e.data.wants} cores, quota ${e.data.quota}`;
    case 'cgroup/unthrottled': return `${who} is no longer throttled`;
    case 'cgroup/limits-changed': {
      const { memoryBytes, cpus } = e.data;
      return `${who}'s limits changed: memory ${memoryBytes === null ? 'unlimited' : formatBytes(memoryBytes)}, CPUs ${cpus === null ? 'unlimited' : cpus}`;
    }
    case 'image/layer-download-started': return `${who}: pulling layer ${e.data.layer} (${formatBytes(e.data.bytes)})`;
    case 'image/layer-downloaded': return `layer ${e.data.layer} downloaded`;
    case 'image/layer-extracted': return `layer ${e.data.layer} extracted to disk (${formatBytes(e.data.bytes)})`;
    case 'fs/copied-up': return `${who}: copy-up of ${e.data.path} (${formatBytes(e.data.bytes)}) into the writable layer`;
    case 'fs/written': return `${who} wrote ${e.data.path} (${formatBytes(e.data.bytes)})`;
    case 'fs/whiteout': return `${who} deleted ${e.data.path}: a whiteout hides the image's copy`;
    case 'fs/deleted': return `${who} deleted ${e.data.path}`;
    case 'fs/opaque-dir': return `${who} made ${e.data.path} opaque: the image's files under it are hidden`;
    case 'disk/written': return `${who} wrote ${e.data.path}: its disk grew to ${formatBytes(e.data.diskBytes)}`;
    case 'disk/deleted': return `${who} deleted ${e.data.path} (its disk file does not shrink)`;
    case 'memory/pages-reported': return `${who}'s guest reported ${formatBytes(e.data.returnedBytes)} of free pages (free-page reporting): the host took them back and now backs ${formatBytes(e.data.hostBytes)} for it`;
    case 'memory/swapped': {
      const d = e.data;
      if (d.scope === 'cgroup') return `${who} passed its memory.max: ${formatBytes(d.swapBytes)} of it went to swap (memory.swap.max ${d.swapMaxBytes === null ? 'unlimited' : formatBytes(d.swapMaxBytes)}), so it runs on, slower, instead of being OOM-killed`;
      return `the host's RAM is full: ${formatBytes(d.swapBytes)} is swapped out (of ${formatBytes(d.swapTotalBytes)} swap); the OOM killer waits until the swap is full too`;
    }
    case 'security/compromised': return `${who} was exploited (${e.data.kind}): the attacker controls ${e.data.targets.join(', ')}`;
    case 'action/rejected': return `could not ${e.data.action.replace('instance/', '')} ${who}: ${e.data.reason}`;
    default: return unhandledLogType(e);
  }
}
