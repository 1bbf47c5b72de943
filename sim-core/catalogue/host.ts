import type { Catalogue } from './types';
import { c, MB } from './cite';

/** The physical machine's own share: its OS's memory and the disk speed layers extract at. */
export const HOST: Catalogue['host'] = {
  linuxBaseMemoryBytes: c(500 * MB, 'estimate'),
  // Half the 4 GB Windows 11 asks for.
  windowsBaseMemoryBytes: c(2_000 * MB, 'windows-client-requirements'),
  linuxKernelVersion: '6.8.0-45-generic',
  // Extraction is bound by gunzip and small-file writes, well below an SSD's raw speed.
  diskBytesPerSecond: c(150 * MB, 'estimate'),
};
