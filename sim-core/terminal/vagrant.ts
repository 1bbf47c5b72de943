/**
 * `vagrant up|halt|reload|status|global-status|destroy|ssh`: Vagrant with its VirtualBox
 * provider. A machine is a VirtualBox VM on the board named as the machine (`default` unless a
 * name is given, as in a single-machine Vagrantfile); with no name, up, halt, reload and destroy
 * act on every machine of the environment, as Vagrant does in a multi-machine Vagrantfile.
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

function halt(sim: Simulation, target: string): CommandResult {
  const s = machineState(sim, target);
  if (s === 'other') return notOurs(target);
  if (s === 'not created') return ok(`==> ${target}: VM not created. Moving on...`);
  if (s === 'poweroff') return ok('');
  return ok(`==> ${target}: Attempting graceful shutdown of VM...`, [{ kind: 'live', action: { type: 'instance/stop', name: target } }]);
}

/** `vagrant global-status`: every machine Vagrant knows, with an id, as its machine index lists them. */
function globalStatus(sim: Simulation): CommandResult {
  const list = machines(sim);
  if (list.length === 0) return ok('There are no active Vagrant environments on this computer! Or,\nyou haven\'t destroyed and recreated Vagrant environments that were\nstarted with an older version of Vagrant.');
  const rows = [['id', 'name', 'provider', 'state', 'directory']];
  for (const m of list) rows.push([machineId(m), m, 'virtualbox', machineState(sim, m), '/root']);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i < r.length - 1 ? c.padEnd(widths[i]!) : c)).join(' ').trimEnd();
  return ok([line(rows[0]!), '-'.repeat(line(rows[0]!).length + 20), ...rows.slice(1).map(line), ' ',
    'The above shows information about all known Vagrant environments', 'on this machine. This data is cached and may not be completely',
    'up-to-date (use "vagrant global-status --prune" to prune invalid', 'entries). To interact with any of the machines, you can go to that',
    'directory and run Vagrant, or you can use the ID directly with', 'Vagrant commands from any directory. For example:', '"vagrant destroy 1a2b3c4d"'].join('\n'));
}

/** A machine index id: 7 hex digits, stable for a name (Vagrant's are random; this is a digest). */
function machineId(name: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0').slice(0, 7);
}

export function vagrant(sim: Simulation, args: readonly string[], where: Where, timed = false): CommandResult {
  if (where !== 'host') return fail('bash: vagrant: command not found', 127);
  const [sub, ...rest] = args;
  const names = rest.filter((a) => !a.startsWith('-'));
  const target = names[0] ?? (machines(sim)[0] ?? 'default');
  switch (sub) {
    case 'up': {
      // With the VirtualBox provider Vagrant brings machines up one after another, each to SSH
      // before the next: each machine's up is run in turn, so its lines come in that order.
      const all = names.length ? names : machines(sim).filter((m) => !autostartOff(sim, m));
      if (all.length > 1 && !timed) return ok('', all.map((m) => ({ kind: 'run', line: `vagrant up ${m}`, where: 'host' }) as const));
      return eachMachine(sim, names, (m) => up(sim, m, timed));
    }
    case 'status': return status(sim, names);
    case 'global-status': return globalStatus(sim);
    case 'halt': return eachMachine(sim, names, (m) => halt(sim, m));
    case 'reload': return eachMachine(sim, names, (m) => {
      // halt, then up: the machine boots again (Vagrantfile changes would apply here).
      const stopped = halt(sim, m);
      if (stopped.exitCode !== 0) return stopped;
      const state = machineState(sim, m);
      if (state === 'not created') return ok(`==> ${m}: VM not created. Moving on...`);
      const lines = [stopped.output, `==> ${m}: Checking if box '${BOX}' version '${BOX_VERSION}' is up to date...`, `==> ${m}: Clearing any previously set forwarded ports...`, ...BOOT_LINES(m)].filter(Boolean);
      return ok(lines.join('\n'), [...stopped.effects, { kind: 'live', action: { type: 'instance/start', name: m } }, { kind: 'wait-ready', name: m, after: READY_LINES(m), time: timed ? VAGRANT_CLI_CPU : null }]);
    });
    case 'destroy': return eachMachine(sim, names, (m) => {
      const s = machineState(sim, m);
      if (s === 'other') return notOurs(m);
      if (s === 'not created') return ok(`==> ${m}: VM not created. Moving on...`);
      const lines = s === 'running' ? [`==> ${m}: Forcing shutdown of VM...`] : [];
      lines.push(`==> ${m}: Destroying VM and associated drives...`);
      return ok(lines.join('\n'), [{ kind: 'remove', name: m }]);
    });
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
