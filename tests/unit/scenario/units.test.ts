import { describe, expect, it } from 'vitest';
import { formatBandwidth, formatBytes, formatDuration, parseBandwidth, parseDuration, parseSize } from '../../../sim-core/scenario/index';

const KiB = 1024;
const MiB = 1024 ** 2;
const GiB = 1024 ** 3;

describe('parseSize', () => {
  it('reads docker suffixes as binary, in either case', () => {
    expect(parseSize('512m')).toBe(512 * MiB);
    expect(parseSize('512M')).toBe(512 * MiB);
    expect(parseSize('1g')).toBe(GiB);
    expect(parseSize('64k')).toBe(64 * KiB);
    expect(parseSize('100b')).toBe(100);
    expect(parseSize('1.5g')).toBe(1.5 * GiB);
  });
  it('reads IEC units as binary', () => {
    expect(parseSize('512MiB')).toBe(512 * MiB);
    expect(parseSize('1GiB')).toBe(GiB);
    expect(parseSize('8KiB')).toBe(8 * KiB);
    expect(parseSize('2TiB')).toBe(2 * 1024 ** 4);
    expect(parseSize('512 MiB')).toBe(512 * MiB);
  });
  it('reads SI units as powers of 1000, unlike docker letters', () => {
    expect(parseSize('10GB')).toBe(10_000_000_000);
    expect(parseSize('500MB')).toBe(500_000_000);
    expect(parseSize('64kB')).toBe(64_000);
    expect(parseSize('10GB')).not.toBe(parseSize('10g'));
  });
  it('reads a bare number as bytes', () => {
    expect(parseSize(4096)).toBe(4096);
    expect(parseSize('4096')).toBe(4096);
    expect(parseSize(0)).toBe(0);
  });
  it('refuses what is not a size', () => {
    for (const bad of ['lots', '', '-1m', '1x', '1 g b', 'm', '1e3', 'NaN', '1GiBs']) expect(parseSize(bad), bad).toBeNull();
    expect(parseSize(-1)).toBeNull();
    expect(parseSize(Number.POSITIVE_INFINITY)).toBeNull();
    expect(parseSize('99999999999PiB')).toBeNull();
  });
});

describe('parseDuration', () => {
  it('reads the units of the spec', () => {
    expect(parseDuration('250ms')).toBe(250);
    expect(parseDuration('1.5s')).toBe(1500);
    expect(parseDuration('2m')).toBe(120_000);
    expect(parseDuration('2min')).toBe(120_000);
    expect(parseDuration('1h')).toBe(3_600_000);
    expect(parseDuration('0')).toBe(0);
    expect(parseDuration('0s')).toBe(0);
  });
  it('reads combinations, including what formatDuration prints', () => {
    expect(parseDuration('1m30s')).toBe(90_000);
    expect(parseDuration('1 min 32 s')).toBe(92_000);
    expect(parseDuration('1h 5m')).toBe(3_900_000);
  });
  it('reads a bare number as milliseconds', () => {
    expect(parseDuration(90)).toBe(90);
    expect(parseDuration('1500')).toBe(1500);
  });
  it('refuses what is not a duration', () => {
    for (const bad of ['soon', '', '-1s', '1d', 's', '1s2', '1.2.3s']) expect(parseDuration(bad), bad).toBeNull();
    expect(parseDuration(-5)).toBeNull();
  });
});

describe('parseBandwidth', () => {
  it('reads bits per second with decimal prefixes', () => {
    expect(parseBandwidth('1Gbps')).toBe(1e9);
    expect(parseBandwidth('100Mbps')).toBe(1e8);
    expect(parseBandwidth('10Gbit')).toBe(1e10);
    expect(parseBandwidth('1 Gbit/s')).toBe(1e9);
    expect(parseBandwidth('500kbps')).toBe(500_000);
  });
  it('reads a capital B as bytes', () => {
    expect(parseBandwidth('100MB/s')).toBe(800_000_000);
    expect(parseBandwidth('100MBps')).toBe(800_000_000);
  });
  it('refuses what is not a bandwidth', () => {
    for (const bad of ['fast', '1G', '1Gbpx', '-1Mbps']) expect(parseBandwidth(bad), bad).toBeNull();
  });
});

describe('formatters', () => {
  it('formats sizes in IEC or SI', () => {
    expect(formatBytes(512 * MiB)).toBe('512 MiB');
    expect(formatBytes(1.5 * GiB)).toBe('1.5 GiB');
    expect(formatBytes(100)).toBe('100 B');
    expect(formatBytes(1024 * KiB - 1)).toBe('1 MiB');
    expect(formatBytes(10e9, 'si')).toBe('10 GB');
  });
  it('formats durations for people', () => {
    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(1234)).toBe('1.2 s');
    expect(formatDuration(2000)).toBe('2 s');
    expect(formatDuration(92_000)).toBe('1 min 32 s');
    expect(formatDuration(59_970)).toBe('1 min');
    expect(formatDuration(120_000)).toBe('2 min');
    expect(formatDuration(3_900_000)).toBe('1 h 5 min');
  });
  it('formats bandwidths', () => {
    expect(formatBandwidth(1e9)).toBe('1 Gbps');
    expect(formatBandwidth(2.5e8)).toBe('250 Mbps');
  });
});
