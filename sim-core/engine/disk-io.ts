import type { Catalogue } from '../catalogue/types';
import type { Simulation } from './state';
import { setRate } from './resources';
import { figureValue } from '../catalogue/figure';

/**
 * The host's disk as a shared resource: VM boot reads and image layer extraction are jobs on
 * one processor-sharing resource whose capacity is the disk's bandwidth. One stream alone
 * goes no faster than `host.diskBytesPerSecond` (extraction is bound by gunzip on one core,
 * a guest's boot reads are small random reads); many streams split the disk's bandwidth, so
 * ten VMs booting at once wait on the disk as well as the cores.
 */

/** The disk's bandwidth, bytes per second (a SATA SSD: the cited `host-disk-sata-ssd`). */
export function diskBandwidth(c: Catalogue): number {
  return figureValue(c, 'host-disk-sata-ssd');
}

/** One stream's fastest rate, bytes per millisecond. */
function streamCap(sim: Simulation): number {
  return sim.catalogue.host.diskBytesPerSecond.value / 1000;
}

/** Call after the set of disk jobs changed. */
export function updateDiskRate(sim: Simulation): void {
  const disk = sim.state.disk;
  setRate(sim, disk, disk.active > 0 ? Math.min(streamCap(sim), disk.capacity / disk.active) : 0);
}

/** How long reading or writing `bytes` takes alone, in ms (what a plan sets aside for it). */
export function aloneMs(sim: Simulation, bytes: number): number {
  return Math.ceil(bytes / streamCap(sim));
}
