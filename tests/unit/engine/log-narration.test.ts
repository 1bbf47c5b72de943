import { describe, expect, it } from 'vitest';
import { narrate, LOG_TYPES, type LogDataMap, type LogEntry, type LogType } from '../../../sim-core/index';
import { narrateEntry } from '../../../src/i18n/narrate';
import { presetIds, runPreset } from '../golden/presets';

/** One example of every log type's facts; a type missing here does not compile. */
const SAMPLES: { [T in LogType]: LogDataMap[T] } = {
  'instance/added': { kind: 'container' },
  'instance/starting': { phases: ['pull', 'create', 'start'] },
  'instance/phase-started': { phase: 'kernel' },
  'instance/phase-ended': { phase: 'kernel', ms: 2_480 },
  'instance/ready': { readyMs: 31_500 },
  'instance/stopped': { exitCode: 0, reason: 'its VM stopped' },
  'container/logged': { path: '/var/log/nginx/access.log', stream: 'stdout', bytes: 4096, logBytes: 4096 },
  'instance/stopping': { signal: 'SIGTERM', graceMs: 10_000, expectedMs: 10_000 },
  'instance/killed': { signal: 'SIGKILL', reason: 'oom', exitCode: 137 },
  'instance/removed': {},
  'instance/restarting': { policy: 'on-failure:3', attempt: 2, delayMs: 200, exitCode: 137 },
  'instance/paused': {},
  'instance/unpaused': {},
  'instance/suspending': { stateBytes: 400 * 1024 * 1024, expectedMs: 800 },
  'instance/suspended': { stateBytes: 400 * 1024 * 1024, ms: 800 },
  'instance/resuming': { stateBytes: 400 * 1024 * 1024 },
  'instance/start-failed': { reason: 'image operating system "windows" cannot be used on this platform' },
  'instance/load-changed': { memoryBytes: 300 * 1024 ** 2, cpu: 1.5 },
  'container/waiting-for-vm': { vm: 'cloud-vm' },
  'instance/health': { status: 'unhealthy', failingStreak: 3 },
  'container/waiting-for-dependencies': { waitingFor: ['db (healthy)'] },
  'container/dependencies-met': { dependencies: ['db (healthy)'], skipped: [] },
  'container/dependency-failed': { reason: 'dependency failed to start: container db is unhealthy', dependency: 'db' },
  'oom/killed': { scope: 'cgroup', limitBytes: 512 * 1024 ** 2, wantedBytes: 600 * 1024 ** 2 },
  'cgroup/throttled': { wants: 2, quota: 0.5 },
  'cgroup/unthrottled': {},
  'cgroup/limits-changed': { memoryBytes: 256 * 1024 ** 2, cpus: null },
  'image/layer-download-started': { layer: 'debian-bookworm-slim-rootfs', bytes: 28_200_000, image: 'nginx:1.27' },
  'image/layer-downloaded': { layer: 'debian-bookworm-slim-rootfs' },
  'image/layer-extracted': { layer: 'debian-bookworm-slim-rootfs', bytes: 74_800_000 },
  'fs/copied-up': { path: '/etc/nginx/nginx.conf', bytes: 2_048, fromLayer: 'nginx-1.27-install' },
  'fs/written': { path: '/var/log/app.log', bytes: 20 * 1024 ** 2, diskBytes: 20 * 1024 ** 2 },
  'fs/whiteout': { path: '/usr/share/nginx/html/index.html' },
  'fs/deleted': { path: '/tmp/scratch' },
  'fs/opaque-dir': { path: '/usr/share/nginx/html' },
  'disk/written': { path: '/var/lib/data.bin', bytes: 1024 ** 3, diskBytes: 3.6 * 1024 ** 3 },
  'disk/deleted': { path: '/var/lib/data.bin' },
  'memory/swapped': { scope: 'cgroup', swapBytes: 100 * 1024 * 1024, swapMaxBytes: 256 * 1024 * 1024 },
  'memory/pages-reported': { returnedBytes: 512 * 1024 * 1024, hostBytes: 700 * 1024 * 1024 },
  'security/compromised': { kind: 'kernel', targets: ['host', 'web', 'db'] },
  'action/rejected': { action: 'instance/start', reason: 'web is already running' },
};

function entryOf(type: LogType): LogEntry {
  return { seq: 7, atMs: 1_500, type, subject: 'web', cause: '#6', data: SAMPLES[type] } as LogEntry;
}

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const LEAKS = /undefined|null|NaN|\[object/;

describe('every log type is narrated in English and in Japanese', () => {
  it.each([...LOG_TYPES])('%s', (type) => {
    const e = entryOf(type);
    const en = narrate(e);
    const ja = narrateEntry(e, 'ja');
    expect(narrateEntry(e, 'en')).toBe(en);
    for (const text of [en, ja]) {
      expect(text).not.toMatch(LEAKS);
      // Not the bare type name: the narrator said something about it.
      expect(text).not.toContain(type);
    }
    expect(ja).toMatch(JAPANESE);
    expect(ja).not.toBe(en);
  });

  it('says the facts of an entry in both languages (sizes and times in the one format)', () => {
    const oom = entryOf('oom/killed');
    expect(narrate(oom)).toBe("OOM killer: web wanted 600 MiB but its cgroup's memory.max is 512 MiB");
    expect(narrateEntry(oom, 'ja')).toContain('600 MiB');
    expect(narrateEntry(oom, 'ja')).toContain('512 MiB');
    const ended = entryOf('instance/phase-ended');
    expect(narrate(ended)).toBe('web: kernel took 2.5 s');
    expect(narrateEntry(ended, 'ja')).toContain('2.5 s');
  });

  const seen = new Set<string>();
  it.each(presetIds())('every entry %s logs is of a known type, and both narrators take it', (id) => {
    const known = new Set<string>(LOG_TYPES);
    for (const e of runPreset(id).log) {
      expect(known.has(e.type)).toBe(true);
      seen.add(e.type);
      expect(narrate(e)).not.toMatch(LEAKS);
      expect(narrateEntry(e, 'ja')).not.toMatch(LEAKS);
    }
  });

  // What the presets' lessons are made of; the types they do not reach (stops, pauses,
  // restarts, swap, ...) are narrated from made-up entries in the first test.
  const STORY: LogType[] = [
    'instance/starting', 'instance/phase-started', 'instance/phase-ended', 'instance/ready', 'instance/killed', 'instance/start-failed', 'instance/load-changed',
    'container/waiting-for-vm', 'container/logged', 'oom/killed', 'cgroup/throttled', 'image/layer-download-started', 'image/layer-downloaded',
    'image/layer-extracted', 'fs/copied-up', 'fs/written', 'security/compromised',
  ];
  it('the presets exercise the log types their lessons are made of (so the test above is not over an empty set)', () => {
    // Filled by the tests above; run alone, this test reads the logs itself.
    if (seen.size === 0) for (const id of presetIds()) for (const e of runPreset(id).log) seen.add(e.type);
    expect(STORY.filter((t) => !seen.has(t))).toEqual([]);
  });
});
