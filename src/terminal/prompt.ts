/** The shell prompt of each place, as the real shells print it. */
import type { InstanceView } from '@utsuwa/sim-core';
import { containerIdOf, HOST_NAME } from '@utsuwa/sim-core';

const BOLD_GREEN = '\x1b[1;32m';
const BOLD_BLUE = '\x1b[1;34m';
const RESET = '\x1b[0m';

/** `root@utsuwa-host:~# `, `root@<12 hex>:/# ` in a container, `ubuntu@web-vm:~$ ` in a VM. */
export function promptText(where: string, instance: InstanceView | undefined): string {
  if (where === 'host' || !instance) return `root@${HOST_NAME}:~# `;
  if (instance.kind === 'container') return `root@${containerIdOf(where).slice(0, 12)}:/# `;
  return `ubuntu@${where}:~$ `;
}

/** The same, coloured like Ubuntu's default bash prompt. */
export function promptAnsi(where: string, instance: InstanceView | undefined): string {
  const plain = promptText(where, instance);
  const m = /^(.*?):(.*?)([#$] )$/.exec(plain);
  if (!m) return plain;
  return `${BOLD_GREEN}${m[1]}${RESET}:${BOLD_BLUE}${m[2]}${RESET}${m[3]}`;
}
