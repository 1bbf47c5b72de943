/**
 * A scenario's tour and goals back to the file's form: sizes and durations in readable
 * units, text in one string when both languages say the same. Parses back to equal values.
 */
import type { Condition, Goal } from './goal-schema';
import type { LocalText } from './lesson-fields';
import type { Tour, TourQuestion, TourStep } from './tour-schema';
import type { ScenarioAction } from './types';
import { durationText, sizeText } from './units-text';

type Mapping = Record<string, unknown>;

export function localTextObject(t: LocalText): string | Mapping {
  return t.en === t.ja ? t.en : { en: t.en, ja: t.ja };
}

/** One action as its key and value: `{ start: web }`, `{ limits: { target, memory } }`. */
export function actionObject(action: ScenarioAction): Mapping {
  switch (action.type) {
    case 'start': case 'stop': case 'remove': case 'kill': case 'pause': case 'unpause': case 'suspend': case 'resume':
      return { [action.type]: action.target };
    case 'exit':
      return { exit: { target: action.target, code: action.exitCode } };
    case 'load': {
      const load: Mapping = { target: action.load.target };
      if (action.load.memoryBytes !== undefined) load.memory = sizeText(action.load.memoryBytes);
      if (action.load.cpu !== undefined) load.cpu = action.load.cpu;
      return { load };
    }
    case 'write':
      return { write: { target: action.target, path: action.path, size: sizeText(action.sizeBytes) } };
    case 'delete':
      return { delete: { target: action.target, path: action.path } };
    case 'exploit':
      return { exploit: { target: action.target, kind: action.exploitKind } };
    case 'limits': {
      const limits: Mapping = { target: action.target };
      if (action.memoryBytes !== undefined) limits.memory = action.memoryBytes === null ? null : sizeText(action.memoryBytes);
      if (action.cpus !== undefined) limits.cpus = action.cpus;
      return { limits };
    }
  }
}

const SIZE_KEYS = new Set(['memory', 'bytes']);
const DURATION_KEYS = new Set(['within', 'after']);
const TEXT_KEYS = new Set(['text', 'hint']);

export function goalObject(goal: Goal | Condition): Mapping {
  const out: Mapping = {};
  for (const [key, value] of Object.entries(goal)) {
    if (value === undefined) continue;
    if (SIZE_KEYS.has(key) && typeof value === 'number') out[key] = sizeText(value);
    else if (DURATION_KEYS.has(key) && typeof value === 'number') out[key] = durationText(value);
    else if (TEXT_KEYS.has(key)) out[key] = localTextObject(value as LocalText);
    else out[key] = Array.isArray(value) ? [...(value as unknown[])] : value;
  }
  return out;
}

function questionObject(q: TourQuestion): Mapping {
  const out: Mapping = { ask: localTextObject(q.ask), choices: q.choices.map(localTextObject), answer: q.answer };
  if (q.explain !== undefined) out.explain = localTextObject(q.explain);
  return out;
}

function stepObject(step: TourStep): Mapping {
  const out: Mapping = { say: localTextObject(step.say) };
  if (step.seek !== undefined) out.seek = durationText(step.seek);
  if (step.action) Object.assign(out, actionObject(step.action));
  if (step.waitFor) out.waitFor = goalObject(step.waitFor);
  if (step.open) out.open = step.open.view === undefined && step.open.instance === undefined ? step.open.tab : { ...step.open };
  if (step.highlight !== undefined) out.highlight = step.highlight;
  if (step.question) out.question = questionObject(step.question);
  return out;
}

export function tourObject(tour: Tour): unknown {
  const steps = tour.steps.map(stepObject);
  return tour.title === undefined ? steps : { title: localTextObject(tour.title), steps };
}
