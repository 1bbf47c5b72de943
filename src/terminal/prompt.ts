/** The shell prompt of each place, as the real shells print it (sim-core decides it, with `hostname`). */
import type { Scenario } from '@utsuwa/sim-core';
import { escapeControlChars, identityOf } from '@utsuwa/sim-core';
import { CATALOGUE } from '@utsuwa/sim-core/catalogue';

const BOLD_GREEN = '\x1b[1;32m';
const BOLD_BLUE = '\x1b[1;34m';
const RESET = '\x1b[0m';

/** `root@utsuwa-host:~# `, `root@<12 hex>:/# ` in a Debian-based container, `/ # ` in Alpine, `alpine-vm:~# `, `PS C:\Users\Administrator> `. */
export function promptText(where: string, doc: Pick<Scenario, 'instances' | 'host'>, cwd: string | null = null): string {
  // A hostname comes from an instance's name: shown escaped, it cannot drive the terminal.
  return escapeControlChars(promptOf(where, doc, cwd));
}

function promptOf(where: string, doc: Pick<Scenario, 'instances' | 'host'>, cwd: string | null): string {
  const id = identityOf(where, (n) => doc.instances.find((i) => i.name === n), doc.host.os, CATALOGUE);
  if (cwd === null || id.userland === 'windows') return id.prompt;
  // After `cd`: bash's \w (the home shown as ~) in `user@host:DIR# `, ash's `DIR # ` or `host:DIR# `.
  const dir = cwd === id.home ? '~' : cwd.startsWith(`${id.home}/`) ? `~${cwd.slice(id.home.length)}` : cwd;
  const bash = /^([\w.-]+@[\w.-]+):(.*?)([#$] )$/.exec(id.prompt);
  if (bash) return `${bash[1]}:${dir}${bash[3]}`;
  const ashHost = /^([\w.-]+):(.*?)([#$] )$/.exec(id.prompt);
  if (ashHost) return `${ashHost[1]}:${dir}${ashHost[3]}`;
  const ash = /^(.*?) ([#$] )$/.exec(id.prompt);
  return ash ? `${cwd} ${ash[2]}` : id.prompt;
}

/** The same, coloured like Ubuntu's and Debian's bash prompts (user@host green, the directory blue); other shells stay plain. */
export function promptAnsi(where: string, doc: Pick<Scenario, 'instances' | 'host'>, cwd: string | null = null): string {
  const plain = promptText(where, doc, cwd);
  const m = /^([\w.-]+@[\w.-]+):(.*?)([#$] )$/.exec(plain);
  if (!m) return plain;
  return `${BOLD_GREEN}${m[1]}${RESET}:${BOLD_BLUE}${m[2]}${RESET}${m[3]}`;
}
