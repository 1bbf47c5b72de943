/**
 * The overheads an instance pays, from the catalogue and its spec: computed here once and read
 * by the runner's report, the comparison table and the inspector.
 */
import type { Catalogue, Figure } from '../catalogue/types';
import type { ContainerSpec, InstanceSpec } from '../scenario/types';
import { runtimeCosts } from './runtime-costs';

/** Overheads that apply to an instance (the report's `overheads`). */
export interface AppliedOverheads {
  /** CPU-bound work costs this much more time (0.05 = 5% slower). */
  cpu: number;
  /** I/O-bound work: extra time per I/O (1.0 = twice the time, half the IOPS). */
  io: number;
  /** System calls: extra time per call. */
  syscall: number;
  /** Latency added to each network round trip, in µs. */
  networkRttUs: number;
  /** The sources of these figures (ids in the catalogue's sources). */
  sources: string[];
  /** gVisor's platform, whose system-call cost `syscall` is (extension). */
  platform?: 'systrap' | 'kvm' | 'ptrace';
  /** One raw system call under this runtime, in ns, where a source measures it (extension). */
  syscallNs?: number;
  /** I/O slowdown per fio pattern where a source measures them apart; `io` is random reads (extension). */
  ioByPattern?: { randomRead: number; randomWrite: number; sequentialRead: number; sequentialWrite: number };
}

/** The catalogue's cited figures by id, indexed once per catalogue (a report asks once per instance). */
const figureIndex = new WeakMap<Catalogue, Map<string, Figure>>();

function figureById(c: Catalogue, id: string): Figure | undefined {
  let index = figureIndex.get(c);
  if (!index) {
    index = new Map();
    // The first of an id wins, as a search from the start would find it.
    for (const f of c.figures ?? []) if (!index.has(f.id)) index.set(f.id, f);
    figureIndex.set(c, index);
  }
  return index.get(id);
}

/**
 * What a container's network adds to each round trip: Docker's NAT on a bridge network
 * (Felter et al. 2015: "NAT, as used in Docker, doubles latency"); nothing with `--network
 * host` ("Containers that do not use NAT have identical performance to native Linux") or with
 * no network at all.
 */
function containerNetwork(c: Catalogue, noNat: boolean): { us: number; source: string | null } {
  // A test's small catalogue may leave the figures out: then no network cost is known.
  const figure = figureById(c, noNat ? 'docker-host-net-rtt-added' : 'docker-nat-rtt-added');
  return figure ? { us: figure.value.value, source: figure.value.source } : { us: 0, source: null };
}

/** Whether a container's traffic skips Docker's NAT: the host's network, or none at all. */
function skipsNat(spec: ContainerSpec): boolean {
  return spec.share.includes('net') || (spec.networks?.length === 1 && spec.networks[0] === 'none');
}

export function instanceOverheads(c: Catalogue, spec: InstanceSpec): AppliedOverheads {
  return spec.kind === 'vm' ? vmOverheads(c, spec.profile) : containerOverheads(c, spec.runtime, spec, skipsNat(spec));
}

function vmOverheads(c: Catalogue, profile: string): AppliedOverheads {
  const p = c.vmProfiles[profile]!;
  return {
    cpu: p.cpuOverhead.value, io: p.ioOverhead.value, syscall: 0, networkRttUs: p.networkRttUs.value,
    sources: [...new Set([p.cpuOverhead.source, p.ioOverhead.source, p.networkRttUs.source])],
  };
}

/** A container's overheads from exactly these inputs (the memo below keys on them). */
function containerOverheads(c: Catalogue, runtime: string, platform: Pick<ContainerSpec, 'gvisorPlatform'>, noNat: boolean): AppliedOverheads {
  const r = c.runtimes[runtime]!;
  const costs = runtimeCosts(r, platform);
  const net = containerNetwork(c, noNat);
  const out: AppliedOverheads = {
    cpu: r.cpuOverhead.value, io: r.ioOverhead.value, syscall: costs.syscallOverhead.value, networkRttUs: net.us,
    sources: [...new Set([r.cpuOverhead.source, r.ioOverhead.source, costs.syscallOverhead.source, ...(net.source ? [net.source] : [])])],
  };
  if (costs.platform) out.platform = costs.platform;
  if (costs.syscallNs) out.syscallNs = costs.syscallNs.value;
  if (costs.ioByPattern) {
    const p = costs.ioByPattern;
    out.ioByPattern = { randomRead: p.randomRead.value, randomWrite: p.randomWrite.value, sequentialRead: p.sequentialRead.value, sequentialWrite: p.sequentialWrite.value };
  }
  return out;
}

/**
 * instanceOverheads for many instances at once (a report of 10,000 of them): worked out once
 * per distinct profile, or runtime, gVisor platform and network; instances alike share one
 * value, so a caller must not change what it gets.
 */
export function overheadsMemo(c: Catalogue): (spec: InstanceSpec) => AppliedOverheads {
  const known = new Map<string, AppliedOverheads>();
  return (spec) => {
    const noNat = spec.kind === 'container' && skipsNat(spec);
    const key = spec.kind === 'vm' ? `vm\0${spec.profile}` : `container\0${spec.runtime}\0${spec.gvisorPlatform ?? ''}\0${noNat ? 'no-nat' : 'nat'}`;
    let out = known.get(key);
    if (!out) {
      out = spec.kind === 'vm' ? vmOverheads(c, spec.profile) : containerOverheads(c, spec.runtime, spec, noNat);
      known.set(key, out);
    }
    return out;
  };
}
