import type { Catalogue } from './types';
import { c, MB } from './cite';

/** The physical machine's own share: its OS's memory and the disk speed layers extract at. */
export const HOST: Catalogue['host'] = {
  linuxBaseMemoryBytes: c(500 * MB, 'ubuntu-server-requirements'),
  windowsBaseMemoryBytes: c(2000 * MB, 'windows-client-requirements'),
  linuxKernelVersion: '6.8.0-45-generic',
  // Layer extraction is bounded by gunzip and small-file writes, well below an SSD's raw speed.
  diskBytesPerSecond: c(150 * MB, 'containerd-unpack'),
};
