/**
 * The Vagrant environment of the shell's directory: the Vagrantfile there (`vagrant init`
 * wrote it, or the user did), read with the same reader the Import button uses. `vagrant up`
 * creates the machines it defines that the board does not have yet.
 */
import type { VmSpec } from '../scenario/types';
import { importVagrantfile, type VagrantImport } from '../import/vagrantfile';
import type { DockerClient } from './docker-run';

export type VagrantEnvironment = { ok: true; file: VagrantImport; specs: Record<string, VmSpec> } | { ok: false; error: string } | null;

/** The directory's Vagrantfile, read; null when there is none. */
export function vagrantEnvironment(client: DockerClient | undefined): VagrantEnvironment {
  const text = client?.readFile('Vagrantfile') ?? null;
  if (text === null) return null;
  const r = importVagrantfile(text, 'Vagrantfile');
  if (!r.ok) return { ok: false, error: `There is a syntax error in the following Vagrantfile. The syntax error\nmessage is reproduced below for convenience:\n\n${r.errors.join('\n')}` };
  return { ok: true, file: r.value, specs: Object.fromEntries(r.value.vms.map((vm) => [vm.name, vm])) };
}
