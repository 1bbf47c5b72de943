/**
 * `vagrant init|up|halt|suspend|resume|reload|provision|status|global-status|destroy|ssh|box`:
 * Vagrant with its VirtualBox provider. A machine is a VirtualBox VM on the board named as the
 * machine (`default` unless a name is given, as in a single-machine Vagrantfile); with no name,
 * the commands act on every machine of the environment, as Vagrant does in a multi-machine
 * Vagrantfile. Messages are Vagrant's own (templates/locales/en.yml of hashicorp/vagrant); what
 * each command does follows the VirtualBox provider's action chains (plugins/providers/virtualbox/action.rb).
 */
import type { Simulation } from '../engine/state';
import type { VmSpec } from '../scenario/types';
import type { CommandResult, TerminalEffect, Where } from './types';
import { fail, ok } from './types';
import { boxOf, boxVersion, machineIndexId, machines, machineState, notOurs } from './vagrant-state';
import { provisionLines, provisionRun } from './vagrant-provision';
import { vagrantBox } from './vagrant-box';
import { vagrantInit } from './vagrant-init';
import { vagrantEnvironment, type VagrantEnvironment } from './vagrant-environment';
import type { DockerClient } from './docker-run';
import { quoteWord } from './docker-run';

const GiB = 1024 ** 3;

/** The Vagrant CLI's own CPU time (Ruby startup, VBoxManage calls): an estimate, not simulated. */
export const VAGRANT_CLI_CPU = { userMs: 2_150, sysMs: 480 };

/** The box's defaults (ubuntu/jammy64's Vagrantfile: 2 vCPUs, 1 GiB; a 40 GB disk). */
export function vagrantVmSpec(name: string): VmSpec {
  return { kind: 'vm', name, profile: 'virtualbox', os: 'ubuntu-22.04', cpus: 2, memoryBytes: 1 * GiB, diskBytes: 40 * GiB, apps: [] };
}

/** WaitForCommunicator's lines while the guest comes up. */
const WAIT_LINES = (m: string): string[] => [
  `==> ${m}: Waiting for machine to boot. This may take a few minutes...`,
  `    ${m}: SSH address: 127.0.0.1:2222`,
  `    ${m}: SSH username: vagrant`,
  `    ${m}: SSH auth method: private key`,
];

const BOOT_LINES = (m: string): string[] => [
  `==> ${m}: Clearing any previously set network interfaces...`,
  `==> ${m}: Preparing network interfaces based on configuration...`,
  `    ${m}: Adapter 1: nat`,
  `==> ${m}: Forwarding ports...`,
  `    ${m}: 22 (guest) => 2222 (host) (adapter 1)`,
  `==> ${m}: Booting VM...`,
  ...WAIT_LINES(m),
];

const READY_LINES = (m: string): string[] =>
  [`==> ${m}: Machine booted and ready!`, `==> ${m}: Checking for guest additions in VM...`, `==> ${m}: Mounting shared folders...`, `    ${m}: /vagrant => /root`];

/** Provision's message when the machine was provisioned before (the sentinel file). */
const ALREADY_PROVISIONED = (m: string): string[] => [
  `==> ${m}: Machine already provisioned. Run \`vagrant provision\` or use the \`--provision\``,
  `==> ${m}: flag to force provisioning. Provisioners marked to run always will still run.`,
];

const checkingBox = (sim: Simulation, m: string): string => `==> ${m}: Checking if box '${boxOf(sim, m)}' version '${boxVersion(boxOf(sim, m))}' is up to date...`;
const notCreated = (m: string): CommandResult => ok(`==> ${m}: VM not created. Moving on...`);

/** A saved machine resumes (action_resume: Resume boots it from its state, then WaitForCommunicator). */
function resumeLines(sim: Simulation, m: string, timed: boolean, force = false): { lines: string[]; effects: TerminalEffect[] } {
  return {
    lines: [`==> ${m}: Resuming suspended VM...`, `==> ${m}: Booting VM...`, ...WAIT_LINES(m)],
    effects: [{ kind: 'live', action: { type: 'instance/resume', name: m } },
      { kind: 'wait-ready', name: m, after: [`==> ${m}: Machine booted and ready!`, ...provisioning(sim, m, force)].join('\n'), time: timed ? VAGRANT_CLI_CPU : null }],
  };
}

/** What Provision prints after the machine is up: its provisioners on a first up or with --provision, else the sentinel's message. */
function provisioning(sim: Simulation, m: string, force: boolean): string[] {
  return force ? provisionLines(sim, m) : ALREADY_PROVISIONED(m);
}

/** A machine the directory's Vagrantfile defines and the board does not have yet: its spec and box. */
type FromFile = { spec: VmSpec; box: string };

function up(sim: Simulation, m: string, timed: boolean, force = false, fromFile?: FromFile): CommandResult {
  const state = machineState(sim, m);
  if (state === 'other') return notOurs(m);
  const head = `Bringing machine '${m}' up with 'virtualbox' provider...`;
  const box = fromFile?.box ?? boxOf(sim, m);
  if (state === 'running' || state === 'saving') return ok([head, checkingBox(sim, m), ...provisioning(sim, m, force)].join('\n'));
  if (state === 'saved') {
    const r = resumeLines(sim, m, timed, force);
    return ok([head, checkingBox(sim, m), ...r.lines].join('\n'), r.effects);
  }
  const created = state === 'not created';
  const effects: TerminalEffect[] = created && !sim.state.instances[m]
    ? [{ kind: 'add-vm', spec: fromFile?.spec ?? vagrantVmSpec(m) }]
    : [{ kind: 'live', action: { type: 'instance/start', name: m } }];
  const lines = created
    ? [head, `==> ${m}: Importing base box '${box}'...`, `==> ${m}: Matching MAC address for NAT networking...`, `==> ${m}: Checking if box '${box}' version '${boxVersion(box)}' is up to date...`, `==> ${m}: Setting the name of the VM: root_${m}`, ...BOOT_LINES(m)]
    : [head, checkingBox(sim, m), `==> ${m}: Clearing any previously set forwarded ports...`, ...BOOT_LINES(m)];
  // A machine's first up runs its provisioners; a later one finds the sentinel and says so.
  const after = [...READY_LINES(m), ...provisioning(sim, m, created || force)];
  // vagrant up returns only once the machine answers on SSH: the terminal plays the simulation until then.
  effects.push({ kind: 'wait-ready', name: m, after: after.join('\n'), time: timed ? VAGRANT_CLI_CPU : null });
  return ok(lines.join('\n'), effects);
}

/** The Vagrantfile's spec and box for a machine the board does not have yet. */
function fromFileOf(env: VagrantEnvironment, m: string): FromFile | undefined {
  if (!env?.ok || !env.specs[m]) return undefined;
  return { spec: env.specs[m], box: env.file.machines[m]?.box ?? 'base' };
}

/** status.* of en.yml for one machine's state. */
const STATE_MESSAGE: Record<Exclude<ReturnType<typeof machineState>, 'other'>, string> = {
  running: 'The VM is running. To stop this VM, you can run `vagrant halt` to\nshut it down forcefully, or you can run `vagrant suspend` to simply\nsuspend the virtual machine. In either case, to restart it again,\nsimply run `vagrant up`.',
  poweroff: 'The VM is powered off. To restart the VM, simply run `vagrant up`',
  saving: 'The VM is currently saving its state. In a few moments this state\nshould transition to "saved." Please run `vagrant status` again\nin a few seconds.',
  saved: 'To resume this VM, simply run `vagrant up`.',
  'not created': 'The environment has not yet been created. Run `vagrant up` to\ncreate the environment. If a machine is not created, only the\ndefault provider will be shown. So if a provider is not listed,\nthen the machine is not created for that environment.',
};

function status(sim: Simulation, names: string[]): CommandResult {
  const shown = names.length ? names : machines(sim).length ? machines(sim) : ['default'];
  const lines = ['Current machine states:', ''];
  for (const n of shown) {
    const s = machineState(sim, n);
    if (s === 'other') return notOurs(n);
    lines.push(`${n.padEnd(25)} ${s} (virtualbox)`);
  }
  lines.push('');
  if (shown.length > 1) {
    lines.push('This environment represents multiple VMs. The VMs are all listed\nabove with their current state. For more information about a specific\nVM, run `vagrant status NAME`.');
  } else {
    const s = machineState(sim, shown[0]!);
    lines.push(STATE_MESSAGE[s === 'other' ? 'not created' : s]);
  }
  return ok(lines.join('\n'));
}

const USAGE = `Usage: vagrant [options] <command> [<args>]

Common commands:
     box             manages boxes: installation, removal, etc.
     destroy         stops and deletes all traces of the vagrant machine
     global-status   outputs status Vagrant environments for this user
     halt            stops the vagrant machine
     init            initializes a new Vagrant environment by creating a Vagrantfile
     provision       provisions the vagrant machine
     reload          restarts vagrant machine, loads new Vagrantfile configuration
     resume          resume a suspended vagrant machine
     ssh             connects to machine via SSH
     status          outputs status of the vagrant machine
     suspend         suspends the machine
     up              starts and provisions the vagrant environment`;

/** A machine its Vagrantfile defines with `autostart: false`: a bare `vagrant up` leaves it (the import records it). */
function autostartOff(sim: Simulation, m: string): boolean {
  const imported = sim.scenario.extensions.imported as { notSimulated?: unknown } | undefined;
  return Array.isArray(imported?.notSimulated) && imported.notSimulated.includes(`${m}: autostart: false, so vagrant up leaves it off`);
}

/** Runs `one` for each machine named, or, with none named, every machine of the environment (as Vagrant does), joining their output. */
function eachMachine(sim: Simulation, names: string[], one: (m: string) => CommandResult): CommandResult {
  const targets = names.length ? names : machines(sim).length ? machines(sim) : ['default'];
  const out: string[] = [];
  const effects: TerminalEffect[] = [];
  for (const m of targets) {
    const r = one(m);
    if (r.exitCode !== 0) return out.length ? { ...r, output: [...out, r.output].join('\n'), effects } : r;
    if (r.output) out.push(r.output);
    effects.push(...r.effects);
  }
  return ok(out.join('\n'), effects);
}

/** action_halt: a saved state is discarded (DiscardState), a running machine shut down gracefully. */
function halt(sim: Simulation, target: string): CommandResult {
  const s = machineState(sim, target);
  if (s === 'other') return notOurs(target);
  if (s === 'not created') return notCreated(target);
  if (s === 'saved') return ok(`==> ${target}: Discarding saved state of VM...`, [{ kind: 'live', action: { type: 'instance/stop', name: target } }]);
  if (s !== 'running') return ok('');
  return ok(`==> ${target}: Attempting graceful shutdown of VM...`, [{ kind: 'live', action: { type: 'instance/stop', name: target } }]);
}

/** action_suspend: VBoxManage controlvm savestate; returns once the state file is written. */
function suspend(sim: Simulation, m: string): CommandResult {
  const s = machineState(sim, m);
  if (s === 'other') return notOurs(m);
  if (s === 'not created') return notCreated(m);
  if (s !== 'running') return ok('');
  // VirtualBox saves a VM still booting too; the model saves a booted guest, so it plays on to that first.
  const booting = sim.state.instances[m]!.state === 'booting';
  return ok(`==> ${m}: Saving VM state and suspending execution...`, [
    ...(booting ? [{ kind: 'wait-ready', name: m, after: '', time: null } as const] : []),
    { kind: 'live', action: { type: 'instance/suspend', name: m } }]);
}

/** action_resume: Resume (a saved machine boots from its state), Provision, WaitForCommunicator. */
function resume(sim: Simulation, m: string, timed: boolean, force = false): CommandResult {
  const s = machineState(sim, m);
  if (s === 'other') return notOurs(m);
  if (s === 'not created') return notCreated(m);
  if (s === 'saved') {
    const r = resumeLines(sim, m, timed, force);
    return ok(r.lines.join('\n'), r.effects);
  }
  if (s === 'running') return ok(provisioning(sim, m, force).join('\n'));
  return fail(`The guest machine entered an invalid state while waiting for it\nto boot. Valid states are 'restoring, running'. The machine is in the\n'${s}' state. Please verify everything is configured\nproperly and try again.`, 1);
}

/** `vagrant global-status`: every machine Vagrant knows, with an id, as its machine index lists them. */
function globalStatus(sim: Simulation): CommandResult {
  // The machine index holds machines Vagrant has created (a never-started one is not in it).
  const list = machines(sim).filter((m) => machineState(sim, m) !== 'not created');
  if (list.length === 0) return ok('There are no active Vagrant environments on this computer! Or,\nyou haven\'t destroyed and recreated Vagrant environments that were\nstarted with an older version of Vagrant.');
  const rows = [['id', 'name', 'provider', 'state', 'directory']];
  for (const m of list) rows.push([machineIndexId(m).slice(0, 7), m, 'virtualbox', machineState(sim, m), '/root']);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i < r.length - 1 ? c.padEnd(widths[i]!) : c)).join(' ').trimEnd();
  return ok([line(rows[0]!), '-'.repeat(line(rows[0]!).length + 20), ...rows.slice(1).map(line), ' ',
    'The above shows information about all known Vagrant environments', 'on this machine. This data is cached and may not be completely',
    'up-to-date (use "vagrant global-status --prune" to prune invalid', 'entries). To interact with any of the machines, you can go to that',
    'directory and run Vagrant, or you can use the ID directly with', 'Vagrant commands from any directory. For example:', '"vagrant destroy 1a2b3c4d"'].join('\n'));
}

function destroy(sim: Simulation, m: string): CommandResult {
  const s = machineState(sim, m);
  if (s === 'other') return notOurs(m);
  if (s === 'not created') return notCreated(m);
  // action_destroy halts first (force_halt): a saved state is discarded, a running machine forced off.
  const lines = s === 'running' ? [`==> ${m}: Forcing shutdown of VM...`] : s === 'saved' ? [`==> ${m}: Discarding saved state of VM...`] : [];
  lines.push(`==> ${m}: Destroying VM and associated drives...`);
  return ok(lines.join('\n'), [{ kind: 'remove', name: m }]);
}

function reload(sim: Simulation, m: string, timed: boolean, force = false): CommandResult {
  // action_halt, then action_start: the machine boots again (Vagrantfile changes would apply here).
  const stopped = halt(sim, m);
  if (stopped.exitCode !== 0) return stopped;
  if (machineState(sim, m) === 'not created') return notCreated(m);
  const lines = [stopped.output, checkingBox(sim, m), `==> ${m}: Clearing any previously set forwarded ports...`, ...BOOT_LINES(m)].filter(Boolean);
  return ok(lines.join('\n'), [...stopped.effects, { kind: 'live', action: { type: 'instance/start', name: m } },
    { kind: 'wait-ready', name: m, after: [...READY_LINES(m), ...provisioning(sim, m, force)].join('\n'), time: timed ? VAGRANT_CLI_CPU : null }]);
}

/** The machines of the environment: the board's, else those of the directory's Vagrantfile. */
function environmentMachines(sim: Simulation, env: VagrantEnvironment): string[] {
  const own = machines(sim);
  if (own.length > 0 || !env?.ok) return own;
  return env.file.vms.map((vm) => vm.name);
}

export function vagrant(sim: Simulation, args: readonly string[], where: Where, timed = false, client?: DockerClient): CommandResult {
  if (where !== 'host') return fail('bash: vagrant: command not found', 127);
  const [sub, ...rest] = args;
  if (sub === 'init') return vagrantInit(rest, client);
  // `vagrant ssh -c COMMAND`: the value of -c is not a machine's name.
  const commandAt = rest.findIndex((a) => a === '-c' || a === '--command');
  const sshCommand = commandAt >= 0 ? rest[commandAt + 1] ?? null : null;
  const words = commandAt >= 0 ? [...rest.slice(0, commandAt), ...rest.slice(commandAt + 2)] : rest;
  const names = words.filter((a) => !a.startsWith('-'));
  const env = sub === 'up' || sub === 'status' || sub === 'ssh' ? vagrantEnvironment(client) : null;
  if (env && !env.ok) return fail(env.error, 1);
  const target = names[0] ?? (environmentMachines(sim, env)[0] ?? 'default');
  // --provision: the provisioners run even on a machine provisioned before (up, reload, resume).
  const force = rest.includes('--provision');
  const flags = force ? ' --provision' : '';
  switch (sub) {
    case 'up': {
      // With the VirtualBox provider Vagrant brings machines up one after another, each to SSH
      // before the next: each machine's up is run in turn, so its lines come in that order.
      const fileOnly = machines(sim).length === 0 && env?.ok ? env : null;
      if (fileOnly) {
        const unknown = names.find((n) => !fileOnly.specs[n]);
        if (unknown !== undefined) return notOurs(unknown);
      }
      const all = names.length ? names : fileOnly ? fileOnly.file.vms.map((vm) => vm.name).filter((m) => !fileOnly.file.notStarted.includes(m)) : machines(sim).filter((m) => !autostartOff(sim, m));
      // The Vagrantfile's boxes and provisioners go into the document first (its `vagrantfile` extension, as Import records it).
      const facts: TerminalEffect[] = fileOnly ? [{ kind: 'vagrantfile', machines: fileOnly.file.machines }] : [];
      const notes = fileOnly ? fileOnly.file.notSimulated.map((n) => `(utsuwa: ${n})`) : [];
      if (all.length > 1 && !timed) return ok(notes.join('\n'), [...facts, ...all.map((m) => ({ kind: 'run', line: `vagrant up${flags} ${m}`, where: 'host' }) as const)]);
      const r = eachMachine(sim, all, (m) => up(sim, m, timed, force, fromFileOf(env, m)));
      return { ...r, output: [...notes, r.output].filter(Boolean).join('\n'), effects: [...facts, ...r.effects] };
    }
    case 'status': return status(sim, names.length ? names : environmentMachines(sim, env));
    case 'global-status': return globalStatus(sim);
    case 'halt': return eachMachine(sim, names, (m) => halt(sim, m));
    case 'suspend': return eachMachine(sim, names, (m) => suspend(sim, m));
    case 'resume': {
      const all = names.length ? names : machines(sim);
      if (all.length > 1 && !timed) return ok('', all.map((m) => ({ kind: 'run', line: `vagrant resume${flags} ${m}`, where: 'host' }) as const));
      return eachMachine(sim, names, (m) => resume(sim, m, timed, force));
    }
    case 'provision': return eachMachine(sim, names, (m) => provisionRun(sim, m));
    case 'reload': return eachMachine(sim, names, (m) => reload(sim, m, timed, force));
    case 'destroy': return eachMachine(sim, names, (m) => destroy(sim, m));
    case 'box': return vagrantBox(sim, rest);
    case 'ssh': {
      const s = machineState(sim, target);
      if (s === 'other') return notOurs(target);
      if (s !== 'running') return fail('VM must be running to open SSH connection. Run `vagrant up`\nto start the virtual machine.', 1);
      // -c: the command runs over SSH and the connection closes (ssh prints that on a terminal).
      if (sshCommand !== null) return ok('', [{ kind: 'run', line: sshCommand, where: target }, { kind: 'run', line: `echo ${quoteWord('Connection to 127.0.0.1 closed.')}`, where: 'host' }]);
      return ok('', [{ kind: 'enter', where: target }]);
    }
    case undefined:
    case '-h':
    case '--help':
      return ok(USAGE);
    default:
      return fail(`The command "vagrant ${sub}" is not simulated here.\n\n${USAGE}`, 1);
  }
}
