import type { Catalogue } from './types';
import { estimate, MB } from './cite';

/** The physical machine's own share: its OS's memory and the disk speed layers extract at. */
export const HOST: Catalogue['host'] = {
  linuxBaseMemoryBytes: estimate(500 * MB, [300 * MB, 1_000 * MB],
    'An idle Ubuntu or Debian server (systemd, journald, sshd, a container engine) uses a few hundred MB; a desktop session more.'),
  windowsBaseMemoryBytes: estimate(2_000 * MB, [1_500 * MB, 3_000 * MB],
    'Windows 11 requires 4 GB (windows-client-requirements), a minimum for the whole system; an idle Windows 11 uses about half of it.', 'windows-client-requirements'),
  linuxKernelVersion: '6.8.0-45-generic',
  diskBytesPerSecond: estimate(150 * MB, [80 * MB, 500 * MB],
    'Layer extraction is bound by gunzip on one core and by small-file writes, well below an SSD\'s sequential speed (a SATA link carries at most 600 MB/s). The model uses it as one stream\'s fastest rate on the shared disk (host-disk-sata-ssd): a guest\'s boot reads are small random reads, no faster.'),
};
