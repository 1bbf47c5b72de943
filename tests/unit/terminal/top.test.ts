/**
 * `top -b -n 1`: one frame of procps's summary and the process table `ps` reads, busiest first.
 * On the host a VM is one QEMU process with its vCPUs' work; in a container PID 1 is its main
 * process and the CPU line is its host's; a gVisor sandbox shows only its own processes.
 */
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../sim-core/terminal/index';
import { getView } from '../../../sim-core/index';
import { loadBoard } from './load-board';

const AT = 30 * 60_000;
const table = (out: string): string[] => out.split('\n').slice(out.split('\n').findIndex((l) => l.trimStart().startsWith('PID')) + 1);
const cols = (row: string): string[] => row.trim().split(/\s+/);

describe('top -b -n 1', () => {
  it('on the host: procps\'s summary lines, then the table, the busiest first', () => {
    const out = runCommand(loadBoard(AT), 'top -b -n 1', 'host').output;
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^top - 00:30:00 up 30 min, {2}1 user, {2}load average: 4\.50, \d\.\d\d, \d\.\d\d$/);
    expect(lines[1]).toMatch(/^Tasks: +\d+ total, +\d+ running, +\d+ sleeping, +0 stopped, +0 zombie$/);
    // 4.5 cores asked of 4: every CPU busy.
    expect(lines[2]).toBe('%Cpu(s):100.0 us,  0.0 sy,  0.0 ni,  0.0 id,  0.0 wa,  0.0 hi,  0.0 si,  0.0 st');
    expect(lines[3]).toMatch(/^MiB Mem : +\d+\.\d total, +\d+\.\d free, +\d+\.\d used, +\d+\.\d buff\/cache$/);
    expect(lines[4]).toMatch(/^MiB Swap: +0\.0 total, +0\.0 free, +0\.0 used\. +\d+\.\d avail Mem$/);
    expect(lines[5]).toBe('');
    expect(lines[6]).toBe('    PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND');
    const rows = table(out).map(cols);
    // The VM is one process on its host: QEMU, with what its vCPUs run.
    const qemu = rows.find((r) => r[11] === 'qemu-system-x86')!;
    expect(Number(qemu[8])).toBeGreaterThan(100);
    const cpu = rows.map((r) => Number(r[8]));
    expect(cpu).toEqual([...cpu].sort((a, b) => b - a));
    expect(rows.reduce((sum, r) => sum + Number(r[8]), 0)).toBeCloseTo(400, 0);
    expect(rows.at(-1)![11]).toBe('top');
  });

  it('on the host, the CPU line says what the board\'s CPU gauge shows, while the host is partly busy', () => {
    // At 0:05 nothing has its load yet and the VM's guest still boots.
    const sim = loadBoard(5_000);
    const us = Number(/^%Cpu\(s\): *([\d.]+) us/.exec(runCommand(sim, 'top -b -n 1', 'host').output.split('\n')[2]!)![1]);
    const gauge = getView(sim).host;
    expect(us).toBeGreaterThan(0);
    expect(us).toBeLessThan(100);
    expect(us).toBeCloseTo((gauge.cpuBusyCores * 100) / gauge.cpus, 1);
  });

  it('in a container: PID 1 is its main process, with its quota\'s worth of CPU; the CPU line is the host\'s', () => {
    const sim = loadBoard(AT);
    const out = runCommand(sim, 'top -bn1', 'web').output;
    const rows = table(out).map(cols);
    expect(rows[0]!.slice(0, 2)).toEqual(['1', 'root']);
    expect(rows[0]![8]).toBe('100.0');
    expect(rows[0]![11]).toBe('nginx');
    expect(out.split('\n')[2]).toBe(runCommand(sim, 'top -b -n 1', 'host').output.split('\n')[2]);
  });

  it('in a gVisor sandbox: only its own processes, numbered from 1', () => {
    const rows = table(runCommand(loadBoard(AT), 'top -b -n 1', 'sandbox').output).map(cols);
    expect(rows[0]!.slice(0, 2)).toEqual(['1', 'root']);
    expect(Math.max(...rows.map((r) => Number(r[0])))).toBeLessThan(20);
    expect(rows.some((r) => r[11] === 'containerd-shim' || r[11] === 'dockerd')).toBe(false);
  });

  it('in a VM guest: its own apps and CPUs', () => {
    const out = runCommand(loadBoard(AT), 'top -b -n 1', 'vm1').output;
    expect(out.split('\n')[2]).toBe('%Cpu(s): 75.0 us,  0.0 sy,  0.0 ni, 25.0 id,  0.0 wa,  0.0 hi,  0.0 si,  0.0 st');
    expect(table(out).map(cols)[0]![8]).toBe('150.0');
  });

  it('in Alpine: BusyBox\'s frame', () => {
    const lines = runCommand(loadBoard(AT), 'top -b -n 1', 'alp').output.split('\n');
    expect(lines[0]).toMatch(/^Mem: \d+K used, \d+K free, 0K shrd, 0K buff, \d+K cached$/);
    expect(lines[1]).toBe('CPU: 100% usr   0% sys   0% nic   0% idle   0% io   0% irq   0% sirq');
    expect(lines[2]).toMatch(/^Load average: 4\.50 \d\.\d\d \d\.\d\d \d+\/\d+ \d+$/);
    expect(lines[3]).toBe('  PID  PPID USER     STAT   VSZ %VSZ CPU %CPU COMMAND');
    expect(lines[4]).toMatch(/^ {4}1 {5}0 root {5}S/);
  });

  it('without -b: one frame and a line saying what the terminal cannot do; a wrong option is refused', () => {
    const sim = loadBoard(AT);
    const out = runCommand(sim, 'top', 'host').output;
    expect(out.startsWith('top - 00:30:00')).toBe(true);
    expect(out.split('\n').at(-1)).toBe('(utsuwa: top redraws every 3 seconds until you press q; this terminal shows one frame, as top -b -n 1 prints it)');
    expect(runCommand(sim, 'top -Z', 'host')).toMatchObject({ exitCode: 1 });
  });
});

describe('ps aux beside top', () => {
  it('in a container: PID 1\'s %CPU, %MEM and RSS are top\'s %CPU, %MEM and RES; its other processes show 0', () => {
    const sim = loadBoard(AT);
    const topRow = cols(table(runCommand(sim, 'top -b -n 1', 'web').output)[0]!);
    const ps = runCommand(sim, 'ps aux', 'web').output.split('\n');
    expect(ps[0]).toBe('USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND');
    const first = cols(ps[1]!);
    expect(first[1]).toBe('1');
    expect(Number(first[2])).toBeCloseTo(Number(topRow[8]), 1);
    expect(first[3]).toBe(topRow[9]);
    expect(Number(first[5])).toBeGreaterThan(0);
    expect(first[5]).toBe(topRow[5]);
    const others = ps.slice(2).map(cols).filter((r) => r[1] !== '1');
    expect(others.every((r) => r[5] === '0')).toBe(true);
  });
});
