/**
 * `vagrant box add|list|remove`: the host's box store. A machine's first `vagrant up` brought
 * its box in; `box add` downloads a box of the catalogue (the box's size, the estimate
 * `vagrant-box-download`, over the host's network); `box remove` refuses a box a machine still
 * uses, as Vagrant's BoxRemove asks first and this terminal answers no. Messages are Vagrant's
 * (templates/locales/en.yml; plugins/commands/box/command/list.rb for the list's shape).
 */
import type { Simulation } from '../engine/state';
import { figureValue } from '../catalogue/figure';
import { catalogueBoxes } from '../vm-tools/boxes';
import type { CommandResult } from './types';
import { fail, ok } from './types';
import { boxOf, boxVersion, machineIndexId, machines, machineState } from './vagrant-state';

interface BoxStore { added: string[]; removed: string[] }

function store(sim: Simulation): BoxStore {
  const v = sim.scenario.extensions.vagrantBoxes as Partial<BoxStore> | undefined;
  const strings = (a: unknown): string[] => (Array.isArray(a) ? a.filter((x): x is string => typeof x === 'string') : []);
  return { added: strings(v?.added), removed: strings(v?.removed) };
}

/** The machines made from the box (Vagrant's machine index entries that use it). */
function usersOf(sim: Simulation, box: string): string[] {
  return machines(sim).filter((m) => machineState(sim, m) !== 'not created' && boxOf(sim, m) === box);
}

/** The boxes on the host now, by name. */
export function installedBoxes(sim: Simulation): string[] {
  const st = store(sim);
  const fromUp = machines(sim).filter((m) => sim.state.instances[m]!.imageCopied).map((m) => boxOf(sim, m));
  return [...new Set([...fromUp, ...st.added])].filter((b) => !st.removed.includes(b)).sort();
}

function list(sim: Simulation): CommandResult {
  const boxes = installedBoxes(sim);
  if (boxes.length === 0) return ok('There are no installed boxes! Use `vagrant box add` to add some.');
  const width = Math.max(...boxes.map((b) => b.length));
  return ok(boxes.map((b) => `${b.padEnd(width)} (virtualbox, ${boxVersion(b)})`).join('\n'));
}

function with_(st: BoxStore, box: string, added: boolean): BoxStore {
  const drop = (a: string[]) => a.filter((b) => b !== box);
  return added ? { added: [...drop(st.added), box], removed: drop(st.removed) } : { added: drop(st.added), removed: [...drop(st.removed), box] };
}

function add(sim: Simulation, box: string, force: boolean): CommandResult {
  const version = boxVersion(box);
  if (installedBoxes(sim).includes(box) && !force) {
    return fail(`The box you're attempting to add already exists. Remove it before\nadding it again or add it with the \`--force\` flag.\n\nName: ${box}\nProvider: virtualbox\nVersion: ${version}`, 1);
  }
  if (!catalogueBoxes().includes(box)) {
    return fail(`utsuwa: the catalogue has no box ${box}, so nothing was added (it has: ${catalogueBoxes().join(', ')})`, 1);
  }
  const [owner, name] = box.split('/') as [string, string];
  const bytes = figureValue(sim.catalogue, 'vagrant-box-download');
  const ms = Math.ceil((bytes * 8 * 1000) / sim.scenario.host.networkBitsPerSecond);
  return ok([
    `==> box: Loading metadata for box '${box}'`,
    `    box: URL: https://vagrantcloud.com/${box}`,
    `==> box: Adding box '${box}' (v${version}) for provider: virtualbox`,
    `    box: Downloading: https://vagrantcloud.com/${owner}/boxes/${name}/versions/${version}/providers/virtualbox.box`,
  ].join('\n'), [
    { kind: 'advance', ms, after: `==> box: Successfully added box '${box}' (v${version}) for 'virtualbox'!` },
    { kind: 'vagrant-boxes', boxes: with_(store(sim), box, true) },
  ]);
}

function remove(sim: Simulation, box: string, force: boolean): CommandResult {
  if (!installedBoxes(sim).includes(box)) return fail(`The box you requested to be removed could not be found. No\nboxes named '${box}' could be found.`, 1);
  const version = boxVersion(box);
  const users = usersOf(sim, box);
  if (users.length > 0 && !force) {
    return ok([
      `Box '${box}' (v${version}) with provider 'virtualbox' and`,
      `architectures 'amd64' appears to still be in use by`,
      'at least one Vagrant environment. Removing the box could corrupt',
      'the environment. We recommend destroying these environments first:',
      '',
      ...users.map((m) => `${m} (ID: ${machineIndexId(m)})`),
      '',
      'Are you sure you want to remove this box? [y/N] ',
      'utsuwa: this terminal answers N to Vagrant\'s questions, so the box is kept; `vagrant box remove -f` removes it anyway',
    ].join('\n'));
  }
  return ok(`Removing box '${box}' (v${version}) with provider 'virtualbox'...`, [{ kind: 'vagrant-boxes', boxes: with_(store(sim), box, false) }]);
}

const BOX_USAGE = 'Usage: vagrant box <subcommand> [<args>]\n\nAvailable subcommands:\n     add\n     list\n     remove\n\nFor help on any individual subcommand run `vagrant box <subcommand> -h`';

export function vagrantBox(sim: Simulation, args: readonly string[]): CommandResult {
  const [sub, ...rest] = args;
  const names = rest.filter((a) => !a.startsWith('-'));
  const force = rest.includes('-f') || rest.includes('--force');
  switch (sub) {
    case 'list':
      return list(sim);
    case 'add':
      if (!names[0]) return fail('Usage: vagrant box add [options] <name, url, or path>', 1);
      return add(sim, names[0], force);
    case 'remove':
      if (!names[0]) return fail('Usage: vagrant box remove <name>', 1);
      return remove(sim, names[0], force);
    case undefined:
    case '-h':
    case '--help':
      return ok(BOX_USAGE);
    default:
      return fail(`utsuwa: vagrant box ${sub} is not simulated (add, list and remove are)\n\n${BOX_USAGE}`, 1);
  }
}
