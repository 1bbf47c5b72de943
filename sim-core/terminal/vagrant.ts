/**
 * `vagrant up|halt|status|destroy|ssh`: Vagrant with its VirtualBox provider. A machine is a
 * VirtualBox VM on the board named as the machine (`default` unless a name is given, as in a
 * single-machine Vagrantfile); its box is ubuntu/jammy64.
 */
import type { Simulation } from '../engine/state';
import type { VmSpec } from '../scenario/types';
import type { CommandResult, TerminalEffect, Where } from './types';
import { fail, ok } from './types';

const BOX = 'ubuntu/jammy64';
const BOX_VERSION = '20240126.0.0';
const GiB = 1024 ** 3;

/** The Vagrant CLI's own CPU time (Ruby startup, VBoxManage calls): an estimate, not simulated. */
export const VAGRANT_CLI_CPU = { userMs: 2_150, sysMs: 480 };

/** The box's defaults (ubuntu/jammy64's Vagrantfile: 2 vCPUs, 1 GiB; a 40 GB disk). */
export function vagrantVmSpec(name: string): VmSpec {
  return { kind: 'vm', name, profile: 'virtualbox', os: 'ubuntu-22.04', cpus: 2, memoryBytes: 1 * GiB, diskBytes: 40 * GiB, apps: [] };
}

function machines(sim: Simulation): string[] {
  return sim.state.order.filter((n) => {
    const s = sim.state.instances[n]!.spec;
    return s.kind === 'vm' && s.profile === 'virtualbox';
  });
}

type MachineState = 'not created' | 'running' | 'poweroff' | 'other';

function machineState(sim: Simulation, name: string): MachineState {
  const inst = sim.state.instances[name];
  if (!inst) return 'not created';
  if (inst.spec.kind !== 'vm' || inst.spec.profile !== 'virtualbox') return 'other';
  if (inst.state === 'running' || inst.state === 'booting') return 'running';
  return 'poweroff';
}

const BOOT_LINES = (m: string): string[] => [
  `==> ${m}: Clearing any previously set network interfaces...`,
  `==> ${m}: Preparing network interfaces based on configuration...`,
  `    ${m}: Adapter 1: nat`,
  `==> ${m}: Forwarding ports...`,
  `    ${m}: 22 (guest) => 2222 (host) (adapter 1)`,
  `==> ${m}: Booting VM...`,
  `==> ${m}: Waiting for machine to boot. This may take a few minutes...`,
  `    ${m}: SSH address: 127.0.0.1:2222`,
  `    ${m}: SSH username: vagrant`,
  `    ${m}: SSH auth method: private key`,
];

const READY_LINES = (m: string): string =>
  [`==> ${m}: Machine booted and ready!`, `==> ${m}: Checking for guest additions in VM...`, `==> ${m}: Mounting shared folders...`, `    ${m}: /vagrant => /root`].join('\n');

function notOurs(name: string): CommandResult {
  return fail(`The machine with the name '${name}' was not found configured for\nthis Vagrant environment.`, 1);
}

function up(sim: Simulation, m: string, timed: boolean): CommandResult {
  const state = machineState(sim, m);
  if (state === 'other') return notOurs(m);
  const head = `Bringing machine '${m}' up with 'virtualbox' provider...`;
  if (state === 'running') {
    return ok([head, `==> ${m}: Checking if box '${BOX}' version '${BOX_VERSION}' is up to date...`,
      `==> ${m}: Machine already provisioned. Run \`vagrant provision\` or use the \`--provision\``,
      `==> ${m}: flag to force provisioning. Provisioners marked to run always will still run.`].join('\n'));
  }
  const effects: TerminalEffect[] = state === 'not created'
    ? [{ kind: 'add-vm', spec: vagrantVmSpec(m) }]
    : [{ kind: 'live', action: { type: 'instance/start', name: m } }];
  const lines = state === 'not created'
    ? [head, `==> ${m}: Importing base box '${BOX}'...`, `==> ${m}: Matching MAC address for NAT networking...`, `==> ${m}: Setting the name of the VM: root_${m}`, ...BOOT_LINES(m)]
    : [head, `==> ${m}: Checking if box '${BOX}' version '${BOX_VERSION}' is up to date...`, `==> ${m}: Clearing any previously set forwarded ports...`, ...BOOT_LINES(m)];
  // vagrant up returns only once the machine answers on SSH: the terminal plays the simulation until then.
  effects.push({ kind: 'wait-ready', name: m, after: READY_LINES(m), time: timed ? VAGRANT_CLI_CPU : null });
  return ok(lines.join('\n'), effects);
}

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
    lines.push(s === 'running'
      ? 'The VM is running. To stop this VM, you can run `vagrant halt` to\nshut it down forcefully, or you can run `vagrant suspend` to simply\nsuspend the virtual machine. In either case, to restart it again,\nsimply run `vagrant up`.'
      : s === 'poweroff'
        ? 'The VM is powered off. To restart the VM, simply run `vagrant up`'
        : 'The environment has not yet been created. Run `vagrant up` to\ncreate the environment. If a machine is not created, only the\ndefault provider will be shown. So if a provider is not listed,\nthen the machine is not created for that environment.');
  }
  return ok(lines.join('\n'));
}

const USAGE = `Usage: vagrant [options] <command> [<args>]

Common commands:
     destroy         stops and deletes all traces of the vagrant machine
     halt            stops the vagrant machine
     ssh             connects to machine via SSH
     status          outputs status of the vagrant machine
     up              starts and provisions the vagrant environment`;

export function vagrant(sim: Simulation, args: readonly string[], where: Where, timed = false): CommandResult {
  if (where !== 'host') return fail('bash: vagrant: command not found', 127);
  const [sub, ...rest] = args;
  const names = rest.filter((a) => !a.startsWith('-'));
  const target = names[0] ?? 'default';
  switch (sub) {
    case 'up': return up(sim, target, timed);
    case 'status': return status(sim, names);
    case 'halt': {
      const s = machineState(sim, target);
      if (s === 'other') return notOurs(target);
      if (s === 'not created') return ok(`==> ${target}: VM not created. Moving on...`);
      if (s === 'poweroff') return ok('');
      return ok(`==> ${target}: Attempting graceful shutdown of VM...`, [{ kind: 'live', action: { type: 'instance/stop', name: target } }]);
    }
    case 'destroy': {
      const s = machineState(sim, target);
      if (s === 'other') return notOurs(target);
      if (s === 'not created') return ok(`==> ${target}: VM not created. Moving on...`);
      const lines = s === 'running' ? [`==> ${target}: Forcing shutdown of VM...`] : [];
      lines.push(`==> ${target}: Destroying VM and associated drives...`);
      return ok(lines.join('\n'), [{ kind: 'remove', name: target }]);
    }
    case 'ssh': {
      const s = machineState(sim, target);
      if (s === 'other') return notOurs(target);
      if (s !== 'running') return fail('VM must be running to open SSH connection. Run `vagrant up`\nto start the virtual machine.', 1);
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
