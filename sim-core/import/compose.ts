/**
 * A Compose file (docker-compose.yml, compose.yaml) as a scenario: each service a container
 * (one per replica, named as Compose names them), started in `depends_on` order, each start
 * held until its `depends_on` conditions hold (service_healthy on its `healthcheck`), on the
 * project's networks, its variables interpolated from the project's `.env` when given. What is accepted but not simulated is listed; what cannot be
 * simulated (build, include, extends, an image outside the catalogue) is refused with why.
 */
import { readText } from '../scenario/syntax';
import { interpolate } from './compose-interpolate';
import { composeService, type ProjectNames, type ServiceDependency } from './compose-service';
import { resolveImage, sameRepository, type ImageNames } from '../docker/image-resolve';

type Mapping = Record<string, unknown>;
const isMapping = (v: unknown): v is Mapping => v !== null && typeof v === 'object' && !Array.isArray(v);

const TOP_LEVEL = new Set(['version', 'name', 'include', 'services', 'networks', 'volumes', 'configs', 'secrets', 'models']);

export interface ComposeImport {
  /** The scenario in the file format (validated by the caller's parseScenario). */
  scenario: Mapping;
  /** Compose's own warnings (`version` is obsolete, unset variables). */
  warnings: string[];
  /** What the file asks for that the simulation does not do, one line per place. */
  notSimulated: string[];
  /** The service each instance comes from, in the order of scenario.instances. */
  services: string[];
}

export type ComposeResult = { ok: true; value: ComposeImport } | { ok: false; errors: string[] };

/** compose-go's NormalizeProjectName. */
export function normaliseProjectName(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9_-]/g, '').replace(/^[_-]+/, '');
}

/** Top-level networks or volumes: their real names (`<project>_<name>`, or `name:`, or external). */
function realNames(section: unknown, project: string, withDefault: boolean): Map<string, string> {
  const out = new Map<string, string>();
  if (withDefault) out.set('default', `${project}_default`);
  if (!isMapping(section)) return out;
  for (const [key, def] of Object.entries(section)) {
    const d = isMapping(def) ? def : {};
    const external = d.external === true || isMapping(d.external);
    out.set(key, typeof d.name === 'string' ? d.name : external ? key : `${project}_${key}`);
  }
  return out;
}

/** Services in start order: every service after those it depends on (a cycle is Compose's error). */
function startOrder(deps: Map<string, string[]>): string[] | string {
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string, path: string[]): string | null => {
    if (state.get(name) === 'done') return null;
    if (state.get(name) === 'visiting') {
      const from = path.indexOf(name);
      return `dependency cycle detected: ${path.slice(from).join(' -> ')} -> ${name}`;
    }
    state.set(name, 'visiting');
    for (const d of deps.get(name) ?? []) {
      const problem = visit(d, [...path, name]);
      if (problem) return problem;
    }
    state.set(name, 'done');
    order.push(name);
    return null;
  };
  for (const name of deps.keys()) {
    const problem = visit(name, []);
    if (problem) return problem;
  }
  return order;
}

/**
 * Reads a Compose file. `projectName`: the project's name when the file does not set one
 * (Compose takes the directory's name); `images`: the catalogue's images.
 */
export function importCompose(text: string, fileName: string, projectName: string, images: Readonly<Record<string, ImageNames>>, env: Readonly<Record<string, string>> = {}): ComposeResult {
  if (text.trim() === '') return { ok: false, errors: [`${fileName}: the file is empty; a Compose file has services:`] };
  const read = readText(text, fileName, true);
  if (!read.ok) return read;
  const warnings: string[] = [...read.warnings];
  const interpolated = interpolate(read.value, warnings, env);
  if (!interpolated.ok) return { ok: false, errors: [`${fileName}: ${interpolated.error}`] };
  const file = interpolated.value;
  if (!isMapping(file)) return { ok: false, errors: [`${fileName}: Top-level object must be a mapping`] };
  const errors: string[] = [];
  for (const key of Object.keys(file)) {
    if (!TOP_LEVEL.has(key) && !key.startsWith('x-')) errors.push(`${fileName}: (root) Additional property ${key} is not allowed`);
  }
  if (file.include !== undefined) errors.push(`${fileName}: include: Utsuwa imports one file at a time; merge the included files into this one`);
  if (!isMapping(file.services)) errors.push(`${fileName}: services must be a mapping of service names to their definitions`);
  if (errors.length > 0) return { ok: false, errors };
  if (file.version !== undefined) warnings.push(`${fileName}: the attribute \`version\` is obsolete, it will be ignored, please remove it to avoid potential confusion`);

  const project = normaliseProjectName(typeof file.name === 'string' && file.name !== '' ? file.name : projectName) || 'compose';
  const names: ProjectNames = { project, networks: realNames(file.networks, project, true), volumes: realNames(file.volumes, project, false) };
  const services = file.services as Mapping;
  const notSimulated: string[] = [];
  const instances: Mapping[] = [];
  const serviceOf: string[] = [];
  const byService = new Map<string, string[]>();
  const deps = new Map<string, string[]>();
  const conditions = new Map<string, ServiceDependency[]>();
  const instancesOf = new Map<string, Mapping[]>();
  for (const [service, def] of Object.entries(services)) {
    if (isMapping(def) && def.profiles !== undefined) {
      notSimulated.push(`services.${service}: not started, as \`docker compose up\` does not start a service with profiles unless asked (--profile)`);
      continue;
    }
    const r = composeService(service, def, names);
    if (!r.ok) {
      errors.push(...r.errors.map((e) => `${fileName}: ${e}`));
      continue;
    }
    const image = String((def as Mapping).image);
    const resolved = resolveImage(image, images);
    if (!resolved.ok) {
      const has = resolved.kind === 'invalid' ? [] : sameRepository(resolved.ref, images);
      errors.push(resolved.kind === 'invalid'
        ? `${fileName}: services.${service}.image: ${resolved.error}`
        : `${fileName}: services.${service}.image: ${resolved.shown} is not in the simulator's catalogue; it has ${(has.length > 0 ? has : Object.keys(images)).join(', ')}`);
      continue;
    }
    for (const inst of r.value.instances) {
      inst.image = resolved.key;
      if (image !== resolved.key) inst.imageRef = image;
      instances.push(inst);
      serviceOf.push(service);
    }
    byService.set(service, r.value.instances.map((i) => String(i.name)));
    instancesOf.set(service, r.value.instances);
    conditions.set(service, r.value.dependsOn);
    deps.set(service, r.value.dependsOn.map((d) => d.service));
    if (r.value.notSimulated.length > 0) notSimulated.push(`services.${service}: ${r.value.notSimulated.join(', ')}`);
  }
  for (const [service, list] of conditions) {
    for (const d of list) {
      if (d.service in services) continue;
      // compose-go refuses a required one; an optional one is dropped with Compose's warning.
      if (d.required) errors.push(`${fileName}: service "${service}" depends on undefined service "${d.service}": invalid compose project`);
      else warnings.push(`${fileName}: ${service} is missing dependency ${d.service}`);
    }
    const known = list.filter((d) => byService.has(d.service));
    deps.set(service, known.map((d) => d.service));
    // Each replica waits for every container of the services it depends on (Compose's waitDependencies).
    const dependsOn = known.flatMap((d) => (byService.get(d.service) ?? []).map((name) => (d.condition === 'started' && d.required ? name : { name, condition: d.condition, ...(d.required ? {} : { required: false }) })));
    if (dependsOn.length > 0) for (const inst of instancesOf.get(service) ?? []) inst.dependsOn = dependsOn;
  }
  if (errors.length > 0) return { ok: false, errors };
  const order = startOrder(deps);
  if (typeof order === 'string') return { ok: false, errors: [`${fileName}: ${order}`] };
  for (const key of ['secrets', 'configs', 'models']) if (file[key] !== undefined) notSimulated.push(`${key} (top level)`);
  for (const section of ['networks', 'volumes'] as const) {
    for (const [n, def] of Object.entries(isMapping(file[section]) ? file[section] : {})) {
      const options = isMapping(def) ? Object.keys(def).filter((k) => k !== 'name' && k !== 'external') : [];
      if (options.length > 0) notSimulated.push(`${section}.${n}: ${options.join(', ')}`);
    }
  }

  const scenario: Mapping = {
    version: 1,
    name: project,
    description: `Imported from ${fileName} (docker compose up).`,
    instances,
    events: order.flatMap((service) => (byService.get(service) ?? []).map((name) => ({ at: '0s', start: name }))),
  };
  return { ok: true, value: { scenario, warnings, notSimulated, services: serviceOf } };
}
