/**
 * Files from outside Utsuwa as scenarios: a Compose file or a Vagrantfile becomes the
 * scenario that `docker compose up` or `vagrant up` would make, with everything accepted but
 * not simulated listed; a scenario file is read as such. The kind is told by content.
 */
import type { Catalogue } from '../catalogue/types';
import { catalogueNames } from '../catalogue/index';
import { parseScenario } from '../scenario/parse';
import type { Scenario } from '../scenario/types';
import type { RecordedAction } from '../engine/actions';
import { detectKind, notAScenario, type FileKind } from './detect';
import { importCompose, normaliseProjectName } from './compose';
import { importVagrantfile } from './vagrantfile';
import { parseDotenv } from './dotenv';

export { detectKind, notAScenario, type FileKind } from './detect';
export { importCompose, normaliseProjectName, type ComposeImport, type ComposeResult } from './compose';
export { importVagrantfile, type VagrantImport, type VagrantResult } from './vagrantfile';
export { parseDotenv } from './dotenv';

/** The scenario extension that keeps, with an imported scenario, what its file asked for that is not simulated. */
export const IMPORTED_KEY = 'imported';

/** The scenario extension a Vagrantfile import keeps for the terminal's `vagrant` (each machine's box and provisioners). */
export const VAGRANTFILE_KEY = 'vagrantfile';

/** The scenario extension a Compose import keeps for the terminal's `docker compose` (project, services, specs). */
export const COMPOSE_KEY = 'composeProject';

function withRecord(scenario: Scenario, fileName: string, kind: FileKind, notSimulated: string[]): Scenario {
  if (notSimulated.length > 0) scenario.extensions[IMPORTED_KEY] = { from: fileName, as: kind, notSimulated };
  return scenario;
}

export type ImportResult =
  /** `actions`: a scenario file's recorded `actions:` (none for a Compose file or a Vagrantfile). */
  | { ok: true; kind: FileKind; scenario: Scenario; actions: RecordedAction[]; warnings: string[]; notSimulated: string[] }
  | { ok: false; kind: FileKind; errors: string[] };

export interface ImportOptions {
  /** What the caller was told the file is (a file chosen as a Compose file): a mismatch is named. */
  expect?: 'compose' | 'vagrantfile';
  /** The Compose project's name when the file sets none (Compose uses the folder's name). */
  projectName?: string;
  /** The text of the project's `.env` file (beside the Compose file), whose variables the file is interpolated with. */
  dotenv?: string;
}

const LABEL: Record<FileKind, string> = {
  scenario: 'an Utsuwa scenario (version: 1, instances)', compose: 'a Compose file (services:)', vagrantfile: 'a Vagrantfile',
  dockerfile: 'a Dockerfile', kubernetes: 'a Kubernetes manifest', unknown: 'neither',
};

/** The scenario a Vagrantfile's machines make, each started as `vagrant up` would. */
function vagrantScenario(text: string, fileName: string, names: ReturnType<typeof catalogueNames>): ImportResult {
  const r = importVagrantfile(text, fileName);
  if (!r.ok) return { ok: false, kind: 'vagrantfile', errors: r.errors };
  const { vms, notStarted, notSimulated, machines } = r.value;
  const file = {
    version: 1, name: `Vagrantfile (${vms.map((v) => v.name).join(', ')})`, description: `Imported from ${fileName} (vagrant up).`,
    instances: vms.map((vm) => ({ name: vm.name, kind: 'vm', profile: vm.profile, os: vm.os, cpus: vm.cpus, memory: vm.memoryBytes, disk: vm.diskBytes, ...(vm.apps.length ? { apps: vm.apps } : {}), ...(vm.ip ? { ip: vm.ip } : {}) })),
    events: vms.filter((vm) => !notStarted.includes(vm.name)).map((vm) => ({ at: '0s', start: vm.name })),
  };
  const parsed = parseScenario(JSON.stringify(file), fileName, names);
  if (!parsed.ok) return { ok: false, kind: 'vagrantfile', errors: parsed.errors };
  const extra = notStarted.map((n) => `${n}: autostart: false, so vagrant up leaves it off`);
  const all = [...notSimulated, ...extra];
  parsed.scenario.extensions[VAGRANTFILE_KEY] = { machines };
  return { ok: true, kind: 'vagrantfile', scenario: withRecord(parsed.scenario, fileName, 'vagrantfile', all), actions: parsed.actions, warnings: parsed.warnings, notSimulated: all };
}

/** Reads any file a user gives: a scenario, a Compose file or a Vagrantfile. Never throws. */
export function importFile(text: string, fileName: string, catalogue: Catalogue, options: ImportOptions = {}): ImportResult {
  const kind = detectKind(text, fileName);
  const names = catalogueNames(catalogue);
  if (options.expect && kind !== options.expect) {
    return { ok: false, kind, errors: [`${fileName}: expected ${LABEL[options.expect]}, but this is ${LABEL[kind]}`] };
  }
  try {
    switch (kind) {
      case 'compose': {
        const project = options.projectName ?? fileName.replace(/\.[^.]*$/, '').replace(/^(docker-)?compose$/i, 'compose');
        const env = options.dotenv === undefined ? { ok: true as const, value: {} } : parseDotenv(options.dotenv);
        if (!env.ok) return { ok: false, kind, errors: [env.error] };
        const r = importCompose(text, fileName, normaliseProjectName(project), catalogue.images, env.value);
        if (!r.ok) return { ok: false, kind, errors: r.errors };
        const parsed = parseScenario(JSON.stringify(r.value.scenario), fileName, names);
        // Name the service, not the scenario's instance index the importer made.
        const place = (e: string): string => e.replace(/: instances\[(\d+)\]\.?/, (_, i: string) => `: services.${r.value.services[Number(i)] ?? i}.`).replace(/\.: /, ': ');
        if (!parsed.ok) return { ok: false, kind, errors: parsed.errors.map(place) };
        // What `docker compose ps|up|down` in the terminal needs: the project, each container's service, their specs.
        parsed.scenario.extensions[COMPOSE_KEY] = { project: String(r.value.scenario.name), services: r.value.services, specs: parsed.scenario.instances, configFile: fileName };
        return { ok: true, kind, scenario: withRecord(parsed.scenario, fileName, kind, r.value.notSimulated), actions: parsed.actions, warnings: [...r.value.warnings, ...parsed.warnings], notSimulated: r.value.notSimulated };
      }
      case 'vagrantfile':
        return vagrantScenario(text, fileName, names);
      case 'dockerfile':
      case 'kubernetes':
        return { ok: false, kind, errors: [notAScenario(kind, fileName)!.replace(', not an Utsuwa scenario', '')] };
      default: {
        const parsed = parseScenario(text, fileName, names);
        return parsed.ok ? { ok: true, kind: 'scenario', scenario: parsed.scenario, actions: parsed.actions, warnings: parsed.warnings, notSimulated: [] } : { ok: false, kind, errors: parsed.errors };
      }
    }
  } catch (error) {
    return { ok: false, kind, errors: [`${fileName}: could not be read (internal error: ${error instanceof Error ? error.message : String(error)})`] };
  }
}
