/** The shell prompt of each place, as the real shells print it (sim-core decides it, with `hostname`). */
import type { Scenario } from '@utsuwa/sim-core';
import { escapeControlChars, identityOf } from '@utsuwa/sim-core';
import { CATALOGUE } from '@utsuwa/sim-core/catalogue';

const BOLD_GREEN = '\x1b[1;32m';
const BOLD_BLUE = '\x1b[1;34m';
const RESET = '\x1b[0m';

/** `root@utsuwa-host:~# `, `root@<12 hex>:/# ` in a Debian-based container, `/ # ` in Alpine, `alpine-vm:~# `, `PS C:\Users\Administrator> `. */
export function promptText(where: string, doc: Pick<Scenario, 'instances' | 'host'>): string {
  // A hostname comes from an instance's name: shown escaped, it cannot drive the terminal.
  return escapeControlChars(identityOf(where, (n) => doc.instances.find((i) => i.name === n), doc.host.os, CATALOGUE).prompt);
}

/** The same, coloured like Ubuntu's and Debian's bash prompts (user@host green, the directory blue); other shells stay plain. */
export function promptAnsi(where: string, doc: Pick<Scenario, 'instances' | 'host'>): string {
  const plain = promptText(where, doc);
  const m = /^([\w.-]+@[\w.-]+):(.*?)([#$] )$/.exec(plain);
  if (!m) return plain;
  return `${BOLD_GREEN}${m[1]}${RESET}:${BOLD_BLUE}${m[2]}${RESET}${m[3]}`;
}
