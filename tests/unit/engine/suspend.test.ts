/**
 * `vagrant suspend` / `vagrant resume` with VirtualBox (VBoxManage savestate / startvm): the
 * VM's memory goes to a state file on the host's disk at the disk's speed, its host RAM is
 * freed; resuming reads the file back, far faster than a boot, and the guest runs on.
 */
import { describe, expect, it } from 'vitest';
import { advanceTo, apply, createSimulation, getLog, getReport, getView, runToEnd } from '../../../sim-core/index';
import { hostDisk } from '../../../sim-core/figures/disk';
import type { TimedAction } from '../../../sim-core/scenario/types';
import { FIXTURE, MiB, container, scenario, startAll, vm } from './fixture';

const vbox = { ...FIXTURE, vmProfiles: { ...FIXTURE.vmProfiles, virtualbox: { ...FIXTURE.vmProfiles.full!, id: 'virtualbox' } } };
const at = (atMs: number, type: 'suspend' | 'resume' | 'stop' | 'start', target = 'box'): TimedAction => ({ atMs, action: { type, target } });

function booted(events: TimedAction[] = [], untilMs = 200_000) {
  const sim = createSimulation(scenario([vm('box', { profile: 'virtualbox', apps: [] })], [...startAll(['box']), ...events], { untilMs }), vbox);
  return sim;
}

describe('suspend and resume (a VirtualBox saved state)', () => {
  it('writes the guest memory the host backs to a state file at the disk\'s speed, then frees the VM\'s host RAM', () => {
    const sim = booted();
    advanceTo(sim, 60_000);
    const running = getView(sim).instances[0]!;
    expect(running.state).toBe('running');
    const guestBytes = sim.state.instances.box!.guestPeakBytes;
    const hostBefore = getView(sim).host.memoryUsedBytes;
    expect(apply(sim, { type: 'instance/suspend', name: 'box' })).toEqual({ ok: true });
    // While the file is written the VM still holds its RAM (it is paused, using no CPU).
    expect(getView(sim).instances[0]!.memoryBytes).toBe(running.memoryBytes);
    runToEnd(sim);
    const log = getLog(sim);
    const done = log.find((e) => e.type === 'instance/suspended')!;
    // One stream at the fixture's 100 MiB/s.
    expect(done.data).toEqual({ stateBytes: guestBytes, ms: Math.ceil(guestBytes / (100 * MiB / 1000)) });
    const saved = getView(sim).instances[0]!;
    expect(saved.state).toBe('saved');
    expect(saved.memoryBytes).toBe(0);
    expect(getView(sim).host.memoryUsedBytes).toBe(hostBefore - running.memoryBytes);
    expect(hostDisk(sim).vmDisks.find((d) => d.name === 'box (saved state)')!.bytes).toBe(guestBytes);
    expect(getReport(sim).instances[0]!.state).toBe('saved');
  });

  it('a VMM that backs all of the RAM (VirtualBox) still saves only what the guest touched: zero pages take no room', () => {
    const prealloc = { ...vbox, vmProfiles: { ...vbox.vmProfiles, virtualbox: { ...vbox.vmProfiles.virtualbox!, preallocatesMemory: true } } };
    const sim = createSimulation(scenario([vm('box', { profile: 'virtualbox', apps: [], memoryBytes: 4096 * MiB })], [...startAll(['box']), at(60_000, 'suspend')], { untilMs: 200_000 }), prealloc);
    advanceTo(sim, 59_000);
    expect(getView(sim).instances[0]!.memoryBytes).toBeGreaterThan(4096 * MiB);
    runToEnd(sim);
    const saved = getLog(sim).find((e) => e.type === 'instance/suspended')!.data.stateBytes;
    expect(saved).toBeGreaterThan(0);
    expect(saved).toBeLessThan(1024 * MiB);
  });

  it('resume reads the state file back much faster than a boot, and the guest holds what it held', () => {
    const sim = booted([at(60_000, 'suspend'), at(100_000, 'resume')]);
    runToEnd(sim);
    const box = getReport(sim).instances[0]!;
    const boot = getLog(sim).find((e) => e.type === 'instance/ready')!.data.readyMs;
    expect(box.state).toBe('running');
    expect(box.phases.map((p) => p.name)).toEqual(['restore state']);
    expect(box.readyMs).toBeLessThan(boot / 3);
    expect(getLog(sim).some((e) => e.type === 'instance/resuming')).toBe(true);
    expect(getView(sim).instances[0]!.memoryBytes).toBeGreaterThan(0);
    expect(hostDisk(sim).vmDisks.some((d) => d.name === 'box (saved state)')).toBe(false);
  });

  it('a start of a saved VM resumes it (VBoxManage startvm); a stop discards the state (vagrant halt)', () => {
    const resumed = booted([at(60_000, 'suspend'), at(100_000, 'start')]);
    runToEnd(resumed);
    expect(getReport(resumed).instances[0]!.phases.map((p) => p.name)).toEqual(['restore state']);
    const halted = booted([at(60_000, 'suspend'), at(100_000, 'stop')]);
    runToEnd(halted);
    expect(getView(halted).instances[0]!.state).toBe('exited');
    expect(getLog(halted).find((e) => e.type === 'instance/stopped')!.data).toMatchObject({ exitCode: 0, reason: 'its saved state was discarded' });
    expect(hostDisk(halted).vmDisks.some((d) => d.name.endsWith('(saved state)'))).toBe(false);
  });

  it('refuses what VirtualBox refuses: a container, a VM not running, a resume of one not saved', () => {
    const sim = createSimulation(scenario([vm('box', { profile: 'virtualbox', apps: [] }), container('web')], startAll(['web'])), vbox);
    advanceTo(sim, 30_000);
    expect(apply(sim, { type: 'instance/suspend', name: 'web' })).toMatchObject({ ok: false, reason: expect.stringContaining('container') });
    expect(apply(sim, { type: 'instance/suspend', name: 'box' })).toMatchObject({ ok: false, reason: 'box is not running (created)' });
    expect(apply(sim, { type: 'instance/resume', name: 'box' })).toMatchObject({ ok: false, reason: 'box is not suspended (created)' });
  });

  it('a container in a suspended VM uses no CPU and runs on after the resume', () => {
    const s = scenario([vm('box', { profile: 'virtualbox', apps: [] }), container('web', { in: 'box' })],
      [...startAll(['box', 'web']), { atMs: 70_000, action: { type: 'load', load: { target: 'web', cpu: 1 } } }, at(80_000, 'suspend')], { untilMs: 120_000 });
    const sim = createSimulation(s, vbox);
    advanceTo(sim, 75_000);
    expect(getView(sim).host.cpuBusyCores).toBeGreaterThan(0.9);
    runToEnd(sim);
    expect(getView(sim).host.cpuBusyCores).toBe(0);
    apply(sim, { type: 'instance/resume', name: 'box' });
    advanceTo(sim, 200_000);
    expect(getView(sim).instances.find((i) => i.name === 'web')!.state).toBe('running');
    expect(getView(sim).host.cpuBusyCores).toBeGreaterThan(0.9);
  });
});
