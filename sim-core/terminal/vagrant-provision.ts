/**
 * `vagrant provision` and a first `vagrant up`: the machine's provisioners as its Vagrantfile
 * states them, in Vagrant's output shape (Provision middleware: "Running provisioner: shell...",
 * the shell provisioner's "Running: inline script" or the script's path, then what the script
 * prints, indented under the machine's name). What an inline script installs with apt-get/apk
 * is on the VM from the import (its apps); the terminal runs a script's `echo` lines and says
 * in one line of its own which commands it did not run.
 */
import type { Simulation } from '../engine/state';
import type { CommandResult } from './types';
import { ok } from './types';
import { machineState, notOurs, provisionersOf } from './vagrant-state';
import { tokenize } from './tokenize';

/** The project directory (the host's working directory, shared as /vagrant). */
const PROJECT_DIR = '/root';

/** What an inline script prints (its echo lines), and the commands it has that are not run here. */
function inlineScript(script: string): { printed: string[]; notRun: string[] } {
  const printed: string[] = [];
  const notRun: string[] = [];
  for (const raw of script.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const t = tokenize(line);
    if (!t.error && t.argv[0] === 'echo' && !t.redirect) printed.push(t.argv[1] === '-n' ? t.argv.slice(2).join(' ') : t.argv.slice(1).join(' '));
    else notRun.push(line);
  }
  return { printed, notRun };
}

/** The lines the machine's provisioners print (none when its Vagrantfile has none). */
export function provisionLines(sim: Simulation, m: string): string[] {
  const out: string[] = [];
  for (const p of provisionersOf(sim, m)) {
    out.push(`==> ${m}: Running provisioner: ${p.name ? `${p.name} (${p.type})` : p.type}...`);
    if (p.type !== 'shell') {
      out.push(`utsuwa: the ${p.type} provisioner is not simulated`);
      continue;
    }
    if (p.path !== undefined) {
      const path = p.path.startsWith('/') ? p.path : `${PROJECT_DIR}/${p.path.replace(/^\.\//, '')}`;
      out.push(`    ${m}: Running: ${path}`, `utsuwa: the script ${p.path} is not simulated (what it installs is not known from the Vagrantfile)`);
      continue;
    }
    out.push(`    ${m}: Running: ${p.name ? `script: ${p.name}` : 'inline script'}`);
    const { printed, notRun } = inlineScript(p.inline ?? '');
    out.push(...printed.map((l) => `    ${m}: ${l}`));
    if (notRun.length) out.push(`utsuwa: not run here: ${notRun.join('; ')} (the packages it installs are on the VM from the Vagrantfile)`);
  }
  return out;
}

/** action_provision: a machine not created or not running is reported, a running one provisioned. */
export function provisionRun(sim: Simulation, m: string): CommandResult {
  const s = machineState(sim, m);
  if (s === 'other') return notOurs(m);
  if (s === 'not created') return ok(`==> ${m}: VM not created. Moving on...`);
  if (s !== 'running') return ok(`==> ${m}: VM is not currently running. Please, first bring it up with \`vagrant up\` then run this command.`);
  return ok(provisionLines(sim, m).join('\n'));
}
