import { formatBytes } from '../scenario/units';

/** Compact IEC size for log details and incident texts, as Docker and the kernel write them: 512MiB, 1.5GiB. */
export function formatBytesShort(bytes: number): string {
  return formatBytes(bytes).replace(' ', '');
}
