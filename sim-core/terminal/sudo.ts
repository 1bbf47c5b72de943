/**
 * `sudo [options] COMMAND`: the host's shell is root's already and a Vagrant box's user may sudo
 * without a password, so the command runs as it would without sudo; a container image rarely has
 * sudo (Docker's official images do not ship it), so there it is the shell's "not found".
 * `sudo -i`, `sudo -s`, `sudo su` open a root shell: this terminal's shell stays as it is.
 */
import type { Place } from './place';

/** Options that take a value (sudo(8)). */
const WITH_VALUE = new Set(['-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-U', '-T']);

export type SudoResult = { argv: string[] } | { rootShell: true } | { notInstalled: true };

export function unwrapSudo(place: Place | null, argv: readonly string[]): SudoResult {
  if (place?.kind === 'container') return { notInstalled: true };
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      i++;
      break;
    }
    if (!a.startsWith('-')) break;
    if (a === '-i' || a === '-s' || a === '--login' || a === '--shell') return { rootShell: true };
    if (WITH_VALUE.has(a)) i++;
  }
  const rest = argv.slice(i);
  if (rest.length === 0 || (rest[0] === 'su' && rest.length <= 2)) return { rootShell: true };
  return { argv: rest };
}
