import type { RuntimeId } from '../scenario/types';

/** `--runtime` (and Compose's `runtime:`) names as daemons register them, to the catalogue's runtimes. */
export const RUNTIMES: Record<string, RuntimeId> = {
  runc: 'runc', runsc: 'gvisor', gvisor: 'gvisor', 'kata-runtime': 'kata', kata: 'kata', 'io.containerd.kata.v2': 'kata', 'io.containerd.runc.v2': 'runc',
};
