/**
 * `uptime`: the simulation's clock, the kernel's time up and its load average from what the
 * model's instances ask of the CPU. A runc container shows its host's (one kernel); a VM guest
 * its own since its boot; a gVisor sandbox its own, with gVisor's fixed zero load.
 */
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../sim-core/terminal/index';
import { loadBoard as board } from './load-board';

const loads = (line: string): number[] => line.split('load average: ')[1]!.split(', ').map(Number);

describe('uptime', () => {
  it('on the host: the clock, time up since 0:00, one user, and procps\'s layout', () => {
    const out = runCommand(board(3 * 60_000 + 5000), 'uptime', 'host').output;
    expect(out).toMatch(/^ 00:03:05 up 3 min, {2}1 user, {2}load average: \d+\.\d\d, \d+\.\d\d, \d+\.\d\d$/);
  });

  it('the load rises toward what runs: a quota caps a container, vCPUs cap a VM, the 1-minute average first', () => {
    const early = loads(runCommand(board(2 * 60_000), 'uptime', 'host').output);
    const later = loads(runCommand(board(30 * 60_000), 'uptime', 'host').output);
    // web wants 3 cores under a 1-CPU quota, busy 2, vm1's guest 1.5 on 2 vCPUs: 4.5 runnable.
    expect(later[0]).toBe(4.5);
    expect(later[2]).toBeGreaterThan(3.5);
    expect(early[0]).toBeGreaterThan(early[1]!);
    expect(early[1]).toBeGreaterThan(early[2]!);
  });

  it('in a runc container: the host\'s uptime and load (one shared kernel), no users', () => {
    const sim = board(30 * 60_000);
    const host = runCommand(sim, 'uptime', 'host').output;
    const inside = runCommand(sim, 'uptime', 'web').output;
    expect(inside).toBe(host.replace(' 1 user,', ' 0 user,'));
  });

  it('in a VM guest: its own time up since its boot and its own run queue', () => {
    const sim = board(30 * 60_000);
    const booted = sim.state.instances['vm1']!.startedAtMs!;
    expect(booted).toBe(0);
    const out = runCommand(sim, 'uptime', 'vm1').output;
    expect(out).toMatch(/^ 00:30:00 up 30 min, {2}1 user, {2}load average: /);
    expect(loads(out)[0]).toBe(1.5);
  });

  it('in a gVisor sandbox: up since the sandbox started, load average zeros (gVisor computes none)', () => {
    const out = runCommand(board(30 * 60_000), 'uptime', 'sandbox').output;
    expect(out).toBe(' 00:30:00 up 28 min,  0 user,  load average: 0.00, 0.00, 0.00');
  });

  it('hours, days, -p and -s as procps prints them; BusyBox in Alpine its own line', () => {
    const sim = board(26 * 3600_000 + 5 * 60_000);
    expect(runCommand(sim, 'uptime', 'host').output).toMatch(/^ 02:05:00 up 1 day, {2}2:05, {2}1 user, {2}load average: /);
    expect(runCommand(sim, 'uptime -p', 'host').output).toBe('up 1 day, 2 hours, 5 minutes');
    expect(runCommand(sim, 'uptime -s', 'host').output).toBe('2024-09-20 00:00:00');
    expect(runCommand(sim, 'uptime', 'alp').output).toMatch(/^ 02:05:00 up 1 day, {2}2:05, {2}load average: \d+\.\d\d, \d+\.\d\d, \d+\.\d\d$/);
    expect(runCommand(sim, 'uptime -x', 'host')).toMatchObject({ exitCode: 1 });
  });

  it('/proc/loadavg: the averages uptime prints, the run queue and the reader, the threads seen, the last PID', () => {
    const sim = board(30 * 60_000);
    const file = runCommand(sim, 'cat /proc/loadavg', 'host').output;
    expect(file).toMatch(/^4\.50 \d\.\d\d \d\.\d\d 6\/\d+ \d+$/);
    expect(loads(runCommand(sim, 'uptime', 'host').output).join(' ')).toBe(file.split(' ').slice(0, 3).map(Number).join(' '));
    expect(runCommand(sim, 'cat /proc/loadavg', 'sandbox').output).toBe('0.00 0.00 0.00 0/0 0');
  });
});
