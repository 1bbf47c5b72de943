/**
 * A VM guest's memory as the host sees it: what the guest uses (kernel, services, apps,
 * containers), its page cache, and what the host keeps backing.
 *
 * - **Page cache.** Every file the guest reads or writes (its boot reads, layers a pull writes
 *   inside it, writes to its disk) stays cached in its RAM while nothing needs the memory:
 *   the cache grows toward the guest's RAM and shrinks only when the guest's own use takes it
 *   back (reclaim drops clean cache first, so the cache never causes an OOM kill). The model
 *   keeps one counter of file bytes touched and caps the cache at the RAM left over: an
 *   estimate that ignores readahead, dirty write-back and LRU ageing.
 * - **What the host backs.** A page the guest touched stays backed on the host after the
 *   guest frees it, unless the guest reports free pages through virtio-balloon free-page
 *   reporting (off by default in QEMU and libvirt). Page cache is not free memory, so the
 *   host backs it either way. With reporting on, the guest's kernel reports free blocks of
 *   at least `pageblock_order` (2 MiB on x86-64) about 2 s after they are freed
 *   (mm/page_reporting.c, PAGE_REPORTING_DELAY = 2 * HZ), and the host drops them.
 */
import type { InstanceRecord, Simulation } from './state';
import type { VmSpec } from '../scenario/types';
import { childrenIn } from './board-index';
import { schedule } from './emit';
import { touch } from './changes';
import { figureValue } from '../catalogue/figure';
import { FREE_PAGE_REPORTING_PROFILES } from '../rules/defaults';

/** mm/page_reporting.c: `#define PAGE_REPORTING_DELAY (2 * HZ)`, two seconds (the cited figure). */
const reportDelayMs = (sim: Simulation): number => figureValue(sim.catalogue, 'free-page-reporting-delay');
/** PAGE_REPORTING_MIN_ORDER is pageblock_order: order 9 of 4 KiB pages on x86-64, 2 MiB (the cited figure). */
const reportBlockBytes = (sim: Simulation): number => figureValue(sim.catalogue, 'free-page-reporting-block');

/** Whether a VM's guest reports freed pages to its host (the VM option and a profile that can). */
export function reportsFreePages(spec: VmSpec): boolean {
  return spec.balloon === 'free-page-reporting' && FREE_PAGE_REPORTING_PROFILES.includes(spec.profile);
}

function isLive(inst: InstanceRecord): boolean {
  return inst.state === 'booting' || inst.state === 'running';
}

/** Memory the guest uses now, page cache aside: its kernel and services, its apps, its containers. */
export function guestUsedBytes(sim: Simulation, vm: InstanceRecord): number {
  let used = vm.baseBytes + (vm.state === 'running' ? vm.appMemoryBytes : 0);
  for (const child of childrenIn(sim, vm.spec.name)) if (isLive(child)) used += child.memoryBytes;
  return used;
}

/** The guest's page cache now: the file bytes it touched, in what its RAM leaves over (`usedBytes`: guestUsedBytes, when the caller has it). */
export function guestCacheBytes(sim: Simulation, vm: InstanceRecord, usedBytes?: number): number {
  if (vm.spec.kind !== 'vm' || !isLive(vm) || vm.guestFileBytes === 0) return 0;
  const cached = Math.round(vm.guestFileBytes * figureValue(sim.catalogue, 'guest-page-cache'));
  return Math.max(0, Math.min(cached, vm.spec.memoryBytes - (usedBytes ?? guestUsedBytes(sim, vm))));
}

/**
 * What the host backs of the guest's RAM, given what the guest holds now (used plus cache):
 * the high-water mark, lowered later by free-page reporting when the VM has it on.
 */
export function updateBackedGuest(sim: Simulation, vm: InstanceRecord, holdsNow: number): void {
  if (holdsNow >= vm.guestPeakBytes) {
    touch(sim, vm);
    vm.guestPeakBytes = holdsNow;
    return;
  }
  const spec = vm.spec as VmSpec;
  if (!reportsFreePages(spec) || vm.balloonReportDue) return;
  touch(sim, vm);
  vm.balloonReportDue = true;
  schedule(sim, sim.state.nowMs + reportDelayMs(sim), { k: 'balloon-report', name: spec.name, gen: vm.gen });
}

/**
 * The guest's free-page reporting ran: free 2 MiB blocks go back to the host. Returns the
 * bytes given back (0 when the report is stale or nothing whole was free).
 */
export function reportFreePages(sim: Simulation, vm: InstanceRecord, holdsNow: number): number {
  touch(sim, vm);
  vm.balloonReportDue = false;
  const freed = vm.guestPeakBytes - holdsNow;
  const block = reportBlockBytes(sim);
  const returned = Math.floor(Math.max(0, freed) / block) * block;
  vm.guestPeakBytes -= returned;
  return returned;
}
