/**
 * parseScenario: the text of a scenario file to a validated, normalised Scenario and the
 * user's recorded actions, or every reason it is refused, each naming the place and what was
 * expected. Tours and goals are validated with the rest. Never throws.
 */

import type { RecordedAction } from '../engine/actions';
import { simpleTimedAction, timedActionSchema } from './action-schema';
import { toUserAction } from './actions';
import { LIMITS } from './bounds';
import { describeValue, listOr, placeOf, type Path } from './describe';
import { INSTANCE_FIELDS_KEY } from './defaults';
import { zodFindings } from './fields';
import { checkLessons, parseLessons } from './lessons';
import { typoNote, unitNotes } from './lint';
import { migrateToCurrent } from './migrate';
import { buildScenario, timedAction, type ParsedParts, type TimedActionFields } from './normalize';
import { checkReferences, checkTimed, instancesByName, type CatalogueNames, type Finding, type ReferenceFindings } from './references';
import { dedupe, expandReplicas, toFilePlace, type Expansion } from './replicas';
import {
  CONTAINER_FIELDS, CONTAINER_NAME_CHECK, INSTANCE_KINDS, TOP_LEVEL_FIELDS, VM_FIELDS, VM_NAME_CHECK, containerSchema, topLevelSchema, vmSchema,
} from './schema';
import { alikeParser } from './alike';
import { readText } from './syntax';
import type { Scenario, TimedAction } from './types';
import { detectKind, notAScenario } from '../import/detect';

export type { CatalogueNames } from './references';

export type ParseResult =
  /** `actions`: the user's recorded actions (`actions:`), in time order; [] when the file has none. */
  | { ok: true; scenario: Scenario; actions: RecordedAction[]; warnings: string[]; /** The file's version when it was upgraded on reading. */ migratedFrom?: number }
  | { ok: false; errors: string[] };

const eventSchema = timedActionSchema('an event');
const actionSchema = timedActionSchema('an action');

/** More than this many errors is noise: the rest are counted. */
const MAX_ERRORS = 50;

type Mapping = Record<string, unknown>;
const isMapping = (v: unknown): v is Mapping => v !== null && typeof v === 'object' && !Array.isArray(v);

function line(fileName: string, { path, message }: Finding): string {
  const place = placeOf(path);
  return place === '' ? `${fileName}: ${message}` : `${fileName}: ${place}: ${message}`;
}

function capped(fileName: string, findings: Finding[]): string[] {
  const lines = findings.slice(0, MAX_ERRORS).map((f) => line(fileName, f));
  if (findings.length > MAX_ERRORS) lines.push(`${fileName}: and ${findings.length - MAX_ERRORS} more errors`);
  return lines;
}

/** The instance schemas, each remembering instances written alike (./alike.ts) for one file. */
interface InstanceParsers {
  vm: (raw: Mapping) => ReturnType<typeof vmSchema.safeParse>;
  container: (raw: Mapping) => ReturnType<typeof containerSchema.safeParse>;
}

function instanceParsers(): InstanceParsers {
  return {
    vm: alikeParser(vmSchema, VM_NAME_CHECK) as InstanceParsers['vm'],
    container: alikeParser(containerSchema, CONTAINER_NAME_CHECK) as InstanceParsers['container'],
  };
}

const VM_FIELD_SET: ReadonlySet<string> = new Set(VM_FIELDS);
const CONTAINER_FIELD_SET: ReadonlySet<string> = new Set(CONTAINER_FIELDS);
/** A field of either kind; any other is kept as written (extensions). */
const INSTANCE_FIELD_SET: ReadonlySet<string> = new Set([...VM_FIELDS, ...CONTAINER_FIELDS]);

function parseInstance(raw: unknown, i: number, errors: Finding[], warnings: Finding[], parsers: InstanceParsers): ParsedParts['instances'][number] | null {
  const path: Path = ['instances', i];
  if (!isMapping(raw)) {
    errors.push({ path, message: `expected an instance (a mapping with name and kind), got ${describeValue(raw)}` });
    return null;
  }
  if (raw.kind !== 'vm' && raw.kind !== 'container') {
    errors.push({ path: [...path, 'kind'], message: `expected ${listOr(INSTANCE_KINDS)}, got ${describeValue(raw.kind)}` });
    return null;
  }
  const known: ReadonlySet<string> = raw.kind === 'vm' ? VM_FIELD_SET : CONTAINER_FIELD_SET;
  const extra: Mapping = {};
  let unknown = false;
  for (const key of Object.keys(raw)) {
    if (!known.has(key)) unknown = true;
    if (!INSTANCE_FIELD_SET.has(key)) extra[key] = raw[key];
  }
  if (unknown) typoNote(raw, raw.kind === 'vm' ? VM_FIELDS : CONTAINER_FIELDS, path, warnings);
  const result = raw.kind === 'vm' ? parsers.vm(raw) : parsers.container(raw);
  if (!result.success) {
    errors.push(...zodFindings(result.error, path));
    return null;
  }
  return { fields: result.data, extra } as ParsedParts['instances'][number];
}

function parseWhole(text: string, fileName: string, names: CatalogueNames): ParseResult {
  const read = readText(text, fileName);
  if (!read.ok) return read;
  const file = read.value;
  if (!isMapping(file)) {
    return { ok: false, errors: [`${fileName}: expected a scenario (a mapping of fields starting with "version: 1"), got ${describeValue(file)}`] };
  }
  if (Array.isArray(file.instances) && file.instances.length > LIMITS.maxInstances) {
    return { ok: false, errors: [`${fileName}: instances: ${file.instances.length} instances; a scenario may have at most ${LIMITS.maxInstances}`] };
  }
  for (const list of ['events', 'actions'] as const) {
    const entries = file[list];
    if (Array.isArray(entries) && entries.length > LIMITS.maxEvents) {
      return { ok: false, errors: [`${fileName}: ${list}: ${entries.length} ${list}; a scenario may have at most ${LIMITS.maxEvents}`] };
    }
  }
  const migrated = migrateToCurrent(file, fileName);
  if (!migrated.ok) return { ok: false, errors: [migrated.error] };
  const current = migrated.file;

  const errors: Finding[] = [];
  const warnings: Finding[] = [...unitNotes(current)];
  if (INSTANCE_FIELDS_KEY in current) {
    errors.push({ path: [INSTANCE_FIELDS_KEY], message: 'this field name is reserved for fields kept from instances; rename it' });
  }
  typoNote(current, TOP_LEVEL_FIELDS, [], warnings);
  const top = topLevelSchema.safeParse(current);
  if (!top.success) errors.push(...zodFindings(top.error, []));

  const rawInstances = Array.isArray(current.instances) ? current.instances : [];
  const parsers = instanceParsers();
  const instances = rawInstances.map((raw, i) => parseInstance(raw, i, errors, warnings, parsers));
  const timed = (list: 'events' | 'actions', schema: typeof eventSchema): TimedActionFields[] => {
    const raw = Array.isArray(current[list]) ? (current[list] as unknown[]) : [];
    return raw.flatMap((entry, i) => {
      const simple = simpleTimedAction(entry);
      if (simple !== null) return [simple as TimedActionFields];
      const result = schema.safeParse(entry);
      if (result.success) return [result.data];
      errors.push(...zodFindings(result.error, [list, i]));
      return [];
    });
  };
  const events = timed('events', eventSchema);
  const actionFields = timed('actions', actionSchema);
  const { tour, goals } = parseLessons(current, errors);
  if (errors.length > 0 || !top.success) return { ok: false, errors: capped(fileName, errors) };

  const extensions: Mapping = {};
  for (const [key, value] of Object.entries(current)) {
    if (!(TOP_LEVEL_FIELDS as readonly string[]).includes(key)) extensions[key] = value;
  }
  const parsedInstances = instances.filter((x) => x !== null);
  const scenario = buildScenario({
    top: top.data,
    instances: parsedInstances,
    events,
    tour,
    goals,
    extensions,
  });
  const actions = actionFields.map(timedAction);
  const replicaCounts = parsedInstances.map((x) => x.fields.replicas ?? null);
  let expansion: Expansion | null = null;
  if (replicaCounts.some((n) => n !== null)) {
    const expanded = expandReplicas(scenario, replicaCounts, actions);
    if (!expanded.ok) return { ok: false, errors: capped(fileName, expanded.errors) };
    expansion = expanded;
  }
  const found = checkReferences(scenario, names);
  const byName = instancesByName(scenario);
  actions.forEach((a, i) => checkTimed(a, ['actions', i], scenario, byName, found));
  const references = expansion ? placedInFile(found, expansion) : found;
  const lessons = checkLessons(scenario, current.tour, byName);
  const refused = [...references.errors, ...lessons.errors];
  if (refused.length > 0) return { ok: false, errors: capped(fileName, refused) };
  // Stable: events (and actions) at the same time keep the order the file gives them.
  scenario.events.sort((a, b) => a.atMs - b.atMs);
  const notes = [...warnings, ...references.warnings, ...lessons.warnings].map((f) => line(fileName, f));
  if (migrated.migratedFrom !== null) notes.unshift(`${fileName}: upgraded from version ${migrated.migratedFrom}; saving writes version 1`);
  const result: ParseResult = { ok: true, scenario, actions: recorded(actions), warnings: [...read.warnings, ...notes] };
  if (migrated.migratedFrom !== null) result.migratedFrom = migrated.migratedFrom;
  return result;
}

/** Findings about the expanded scenario at the file's places, each once. */
function placedInFile(findings: ReferenceFindings, expansion: Expansion): ReferenceFindings {
  return {
    errors: dedupe(findings.errors.map((f) => toFilePlace(f, expansion))),
    warnings: dedupe(findings.warnings.map((f) => toFilePlace(f, expansion))),
  };
}

/** The file's `actions:` as the run records them, in time order. */
function recorded(actions: TimedAction[]): RecordedAction[] {
  return [...actions].sort((a, b) => a.atMs - b.atMs).map((a) => ({ atMs: a.atMs, action: toUserAction(a.action) }));
}

/** Parse a scenario file (YAML, or JSON by extension or content). Bad input never throws. */
export function parseScenario(text: string, fileName: string, names: CatalogueNames): ParseResult {
  try {
    const result = parseWhole(text, fileName, names);
    if (result.ok) return result;
    // A Compose file, a Vagrantfile or a Dockerfile where a scenario was expected: say what it is.
    const other = notAScenario(detectKind(text, fileName), fileName);
    return other ? { ok: false, errors: [other] } : result;
  } catch (error) {
    // A bug, not bad input; still answer with a message rather than crash the page.
    return { ok: false, errors: [`${fileName}: could not be read (internal error: ${error instanceof Error ? error.message : String(error)})`] };
  }
}
