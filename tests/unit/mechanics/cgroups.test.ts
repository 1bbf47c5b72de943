import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  dockerFlagsToCgroup, validateDockerFlags, cpuMaxFileText, memoryMaxFileText, memorySwapMaxFileText, pidsMaxFileText,
  cpuSharesToWeight, cpuThrottle, cpuStatText, fairShare, memoryVerdict, pickOomVictim, OOM_KILL_EXIT_CODE, SIGKILL,
  type ShareClaim,
} from '../../../sim-core/cgroups';

const MiB = 1024 * 1024;

describe('docker flags → cgroup v2 files', () => {
  it('--cpus becomes a quota per 100 ms period in cpu.max', () => {
    expect(cpuMaxFileText(dockerFlagsToCgroup({ cpus: 1.5 }).cpuMax)).toBe('150000 100000');
    expect(cpuMaxFileText(dockerFlagsToCgroup({ cpus: 0.5 }).cpuMax)).toBe('50000 100000');
    expect(cpuMaxFileText(dockerFlagsToCgroup({ cpus: 0.01 }).cpuMax)).toBe('1000 100000');
    expect(cpuMaxFileText(dockerFlagsToCgroup({}).cpuMax)).toBe('max 100000');
  });

  it('--memory-swap: unset gives swap equal to memory, -1 unlimited, equal to memory none', () => {
    const m = 512 * MiB;
    const unset = dockerFlagsToCgroup({ memory: m });
    expect(memoryMaxFileText(unset.memoryMax)).toBe('536870912');
    expect(memorySwapMaxFileText(unset.memorySwapMax)).toBe('536870912');
    expect(dockerFlagsToCgroup({ memory: m, memorySwap: -1 }).memorySwapMax).toBe('max');
    expect(dockerFlagsToCgroup({ memory: m, memorySwap: m }).memorySwapMax).toBe(0);
    expect(dockerFlagsToCgroup({ memory: m, memorySwap: 3 * m }).memorySwapMax).toBe(2 * m);
    const none = dockerFlagsToCgroup({});
    expect([memoryMaxFileText(none.memoryMax), memorySwapMaxFileText(none.memorySwapMax)]).toEqual(['max', 'max']);
  });

  it('--cpu-shares goes through runc\'s linear conversion; unset leaves the default weight', () => {
    expect(cpuSharesToWeight(undefined)).toBe(100);
    expect(cpuSharesToWeight(1024)).toBe(39);
    expect(cpuSharesToWeight(512)).toBe(20);
    expect(cpuSharesToWeight(2)).toBe(1);
    expect(cpuSharesToWeight(262144)).toBe(10000);
    expect(cpuSharesToWeight(1)).toBe(1); // Docker clamps up to 2
    expect(dockerFlagsToCgroup({ cpuShares: 2048 }).cpuWeight).toBe(79);
  });

  it('--pids-limit: 0 and -1 mean no limit', () => {
    expect(pidsMaxFileText(dockerFlagsToCgroup({ pidsLimit: 100 }).pidsMax)).toBe('100');
    expect(dockerFlagsToCgroup({ pidsLimit: -1 }).pidsMax).toBe('max');
    expect(dockerFlagsToCgroup({ pidsLimit: 0 }).pidsMax).toBe('max');
  });

  it('refuses what the daemon refuses, in its words', () => {
    expect(validateDockerFlags({ memory: 4 * MiB })).toBe('Minimum memory limit allowed is 6MB');
    expect(validateDockerFlags({ memory: 512 * MiB, memorySwap: 256 * MiB })).toMatch(/^Minimum memoryswap limit should be larger than memory limit/);
    expect(validateDockerFlags({ memorySwap: 512 * MiB })).toMatch(/^You should always set the Memory limit when using Memoryswap limit/);
    expect(validateDockerFlags({ cpus: 16 }, 8)).toBe('range of CPUs is from 0.01 to 8.00, as there are only 8 CPUs available');
    expect(validateDockerFlags({ memory: 512 * MiB, memorySwap: -1, cpus: 2 }, 8)).toBeNull();
  });
});

describe('CFS bandwidth throttling in closed form', () => {
  const half = dockerFlagsToCgroup({ cpus: 0.5 }).cpuMax;

  it('2 cores of demand under --cpus=0.5 for 1 s: 10 periods, all throttled, 500 ms of CPU', () => {
    const s = cpuThrottle({ demandCores: 2, cpuMax: half, fromUs: 0, toUs: 1_000_000 });
    expect(s).toEqual({ nrPeriods: 10, nrThrottled: 10, usedUs: 500_000, usedCoreMs: 500, throttledUs: 1_500_000 });
    expect(cpuStatText({ usageUs: s.usedUs, ...s })).toBe('usage_usec 500000\nnr_periods 10\nnr_throttled 10\nthrottled_usec 1500000');
  });

  it('demand under the quota is never throttled', () => {
    expect(cpuThrottle({ demandCores: 0.3, cpuMax: half, fromUs: 0, toUs: 1_000_000 })).toEqual({
      nrPeriods: 10, nrThrottled: 0, usedUs: 300_000, usedCoreMs: 300, throttledUs: 0,
    });
  });

  it('without a quota no periods are counted and all demand is served', () => {
    expect(cpuThrottle({ demandCores: 2, cpuMax: 'max', fromUs: 0, toUs: 1_000_000 })).toMatchObject({ nrPeriods: 0, usedCoreMs: 2000 });
  });

  it('inside a period the quota is spent first, then the group waits', () => {
    // 2 cores burn a 50 ms quota in the first 25 ms of the period.
    expect(cpuThrottle({ demandCores: 2, cpuMax: half, fromUs: 0, toUs: 25_000 }).usedUs).toBe(50_000);
    expect(cpuThrottle({ demandCores: 2, cpuMax: half, fromUs: 25_000, toUs: 100_000 })).toMatchObject({ usedUs: 0, nrPeriods: 1, nrThrottled: 1 });
  });

  it('splitting an interval anywhere gives the same totals', () => {
    fc.assert(fc.property(
      fc.double({ min: 0, max: 16, noNaN: true }), fc.integer({ min: 1000, max: 200_000 }), fc.integer({ min: 1000, max: 1_000_000 }),
      fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 0, max: 5_000_000 }),
      (d, q, p, x, y, z) => {
        const [a, b, c] = [x, y, z].sort((m, n) => m - n) as [number, number, number];
        const cpuMax = { quotaUs: q, periodUs: p };
        const whole = cpuThrottle({ demandCores: d, cpuMax, fromUs: a, toUs: c });
        const left = cpuThrottle({ demandCores: d, cpuMax, fromUs: a, toUs: b });
        const right = cpuThrottle({ demandCores: d, cpuMax, fromUs: b, toUs: c });
        expect(left.nrPeriods + right.nrPeriods).toBe(whole.nrPeriods);
        expect(left.usedUs + right.usedUs).toBeCloseTo(whole.usedUs, 3);
        expect(whole.usedUs).toBeLessThanOrEqual(d * (c - a) + 1e-6);
      },
    ));
  });
});

describe('fair sharing of cores', () => {
  it('splits equally under contention', () => {
    const claims = [{ demand: 4, weight: 100 }, { demand: 4, weight: 100 }, { demand: 4, weight: 100 }];
    for (const share of fairShare(3, claims)) expect(share).toBeCloseTo(1, 12);
  });

  it('respects weights', () => {
    const [a, b] = fairShare(3, [{ demand: 10, weight: 39 }, { demand: 10, weight: 78 }]);
    expect(a).toBeCloseTo(1, 12);
    expect(b).toBeCloseTo(2, 12);
  });

  it('respects caps and hands their leftover to the others', () => {
    const out = fairShare(4, [{ demand: 4, weight: 1, cap: 0.5 }, { demand: 4, weight: 1 }, { demand: 0.25, weight: 1 }]);
    expect(out[0]).toBeCloseTo(0.5, 12);
    expect(out[1]).toBeCloseTo(3.25, 12);
    expect(out[2]).toBeCloseTo(0.25, 12);
  });

  it('gives every claim its demand when there is room, and fills a reused output array', () => {
    const out = [9, 9, 9, 9];
    expect(fairShare(8, [{ demand: 1, weight: 1 }, { demand: 2, weight: 5 }], out)).toBe(out);
    expect(out).toEqual([1, 2]);
  });

  it('never allocates more than capacity nor more than a claim\'s demand or cap, and wastes nothing', () => {
    const claim = fc.record({
      demand: fc.double({ min: 0, max: 64, noNaN: true }),
      weight: fc.oneof(fc.integer({ min: 1, max: 10000 }), fc.constant(0)),
      cap: fc.option(fc.double({ min: 0, max: 64, noNaN: true }), { nil: undefined }),
    });
    fc.assert(fc.property(fc.double({ min: 0, max: 128, noNaN: true }), fc.array(claim, { maxLength: 40 }), (capacity, claims: ShareClaim[]) => {
      const out = fairShare(capacity, claims);
      const eps = 1e-9 * Math.max(1, capacity);
      let sum = 0;
      let wanted = 0;
      claims.forEach((c, i) => {
        const limit = c.weight > 0 ? Math.min(c.demand, c.cap ?? Infinity) : 0;
        expect(out[i]).toBeGreaterThanOrEqual(0);
        expect(out[i]).toBeLessThanOrEqual(limit + eps);
        sum += out[i]!;
        wanted += limit;
      });
      expect(sum).toBeLessThanOrEqual(capacity + eps);
      expect(sum).toBeGreaterThanOrEqual(Math.min(capacity, wanted) - eps);
    }));
  });
});

describe('memory limits', () => {
  const max = 512 * MiB;

  it('an OOM kill exits with 137: 128 + SIGKILL', () => {
    expect(SIGKILL).toBe(9);
    expect(OOM_KILL_EXIT_CODE).toBe(137);
  });

  it('within memory.max is fine', () => {
    expect(memoryVerdict({ current: 100 * MiB, max, swapMax: 0, requested: 400 * MiB })).toEqual({ kind: 'ok' });
    expect(memoryVerdict({ current: 100 * MiB, max: 'max', swapMax: 0, requested: 4096 * MiB })).toEqual({ kind: 'ok' });
  });

  it('past memory.max with Docker\'s default swap the overflow goes to swap, up to memory.swap.max', () => {
    const swapMax = dockerFlagsToCgroup({ memory: max }).memorySwapMax;
    expect(memoryVerdict({ current: max, max, swapMax, requested: 100 * MiB })).toEqual({ kind: 'swap', swapBytes: 100 * MiB });
    expect(memoryVerdict({ current: max, max, swapMax, swapCurrent: 500 * MiB, requested: 100 * MiB })).toEqual({ kind: 'oom', shortBytes: 88 * MiB });
  });

  it('--memory-swap equal to --memory means no swap: straight to the OOM killer', () => {
    const swapMax = dockerFlagsToCgroup({ memory: max, memorySwap: max }).memorySwapMax;
    expect(memoryVerdict({ current: 500 * MiB, max, swapMax, requested: 20 * MiB })).toEqual({ kind: 'oom', shortBytes: 8 * MiB });
  });

  it('a host without swap OOM-kills even with unlimited swap allowed', () => {
    expect(memoryVerdict({ current: max, max, swapMax: 'max', requested: MiB, hostSwapFreeBytes: 0 }).kind).toBe('oom');
  });
});

describe('host OOM victim', () => {
  const GiB = 1024 * MiB;

  it('kills the biggest memory holder', () => {
    expect(pickOomVictim([
      { name: 'redis', rssBytes: 2 * GiB, oomScoreAdj: 0 },
      { name: 'nginx', rssBytes: 50 * MiB, oomScoreAdj: 0 },
    ], 16 * GiB)?.name).toBe('redis');
  });

  it('counts swap, spares oom_score_adj -1000, and lets +1000 outweigh size', () => {
    expect(pickOomVictim([
      { name: 'a', rssBytes: GiB, oomScoreAdj: 0 },
      { name: 'b', rssBytes: 512 * MiB, swapBytes: GiB, oomScoreAdj: 0 },
    ], 16 * GiB)?.name).toBe('b');
    expect(pickOomVictim([
      { name: 'dockerd', rssBytes: 8 * GiB, oomScoreAdj: -1000 },
      { name: 'small', rssBytes: MiB, oomScoreAdj: 0 },
    ], 16 * GiB)?.name).toBe('small');
    expect(pickOomVictim([
      { name: 'big', rssBytes: 8 * GiB, oomScoreAdj: 0 },
      { name: 'sacrificial', rssBytes: MiB, oomScoreAdj: 1000 },
    ], 16 * GiB)?.name).toBe('sacrificial');
    expect(pickOomVictim([{ name: 'init', rssBytes: GiB, oomScoreAdj: -1000 }], 16 * GiB)).toBeNull();
  });

  it('breaks ties by name, whatever the input order', () => {
    const twins = [{ name: 'web-2', rssBytes: GiB, oomScoreAdj: 0 }, { name: 'web-1', rssBytes: GiB, oomScoreAdj: 0 }];
    expect(pickOomVictim(twins, 16 * GiB)?.name).toBe('web-1');
    expect(pickOomVictim([...twins].reverse(), 16 * GiB)?.name).toBe('web-1');
  });
});
