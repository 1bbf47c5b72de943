/**
 * The scenario parser and writer (yaml, zod and sim-core's schema: a fifth of the app's
 * code), and the presets' text. Loaded on its own by scenario-io.ts, before the first load,
 * not with the page.
 */
import { CATALOGUE, catalogueNames } from '@utsuwa/sim-core/catalogue';
import { actionLines, parseScenario, scenarioToYaml, type ParseResult } from '@utsuwa/sim-core/scenario';
import type { RecordedAction, Scenario } from '@utsuwa/sim-core';

// The remover reads the tour and goals with the schema's helpers: it comes with them.
export { removeFromScenario } from '@utsuwa/sim-core/scenario';

// Share links' compression comes with the parser too (links are read at the first load).
// lz-string is CommonJS: its default export works under Vite and under Node's ESM (npm run shell).
import lzString from 'lz-string';

export const { compressToEncodedURIComponent, decompressFromEncodedURIComponent } = lzString;

let names: ReturnType<typeof catalogueNames> | null = null;

export function parse(text: string, fileName: string): ParseResult {
  names ??= catalogueNames(CATALOGUE);
  return parseScenario(text, fileName, names);
}

/** Each recorded action's line, once written (actions are immutable: the same object is the same line). */
const lines = new WeakMap<RecordedAction, string>();
/** Stands for the actions in a write, replaced by their lines. */
const PLACEHOLDER: RecordedAction = { atMs: 0, action: { type: 'instance/start', name: 'utsuwa-actions-go-here' } };
/** Below this many actions the whole file is written at once; above, known lines are reused. */
const FEW_ACTIONS = 64;

/** Makes and keeps the lines of these actions; false if they did not come out one line each. */
function learn(missing: readonly RecordedAction[]): boolean {
  const fresh = actionLines(missing);
  if (fresh.length !== missing.length) return false;
  missing.forEach((a, i) => lines.set(a, fresh[i]!));
  return true;
}

/**
 * Makes the lines of at most `max` actions not written before, so that a writer can spread
 * the work of a burst of new actions over several tasks; returns how many are still unmade.
 */
export function prepareWrite(actions: readonly RecordedAction[], max: number): number {
  if (actions.length < FEW_ACTIONS) return 0;
  const missing = actions.filter((a) => !lines.has(a));
  if (missing.length === 0) return 0;
  if (!learn(missing.slice(0, max))) return 0; // the whole writer will do (it writes them itself)
  return Math.max(0, missing.length - max);
}

/**
 * The scenario's YAML, the same text as scenarioToYaml, but an action's line is made once: the
 * autosave writes a workspace of 10,000 live actions every half second, and building the YAML
 * of all of them each time held the page for most of a second (issue 15).
 */
export function write(scenario: Scenario, actions: readonly RecordedAction[]): string {
  if (actions.length < FEW_ACTIONS) return scenarioToYaml(scenario, actions);
  if (!learn(actions.filter((a) => !lines.has(a)))) return scenarioToYaml(scenario, actions);
  // A top-level key sits at the start of a line, once: the placeholder's block is found exactly.
  const block = `\nactions:\n${actionLines([PLACEHOLDER])[0]!}\n`;
  const text = scenarioToYaml(scenario, [PLACEHOLDER]);
  const at = text.indexOf(block);
  if (at < 0) return scenarioToYaml(scenario, actions);
  return `${text.slice(0, at)}\nactions:\n${actions.map((a) => lines.get(a)!).join('\n')}\n${text.slice(at + block.length)}`;
}

/** The presets in scenarios/, by their path (presets.ts lists them by name without loading them). */
// Under Vite (the page, the tests) the presets are bundled; under plain Node (npm run shell,
// which reads files from disk) there is no import.meta.glob and no preset is needed.
export const presetTexts: Record<string, string> = import.meta.env
  ? import.meta.glob('../../scenarios/*.{yaml,yml}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>
  : {};
