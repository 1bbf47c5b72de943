/**
 * Scenario text in and out, always through sim-core's validating parser: presets, imports,
 * share links and the autosave all take the same path, so nothing unvalidated reaches the run.
 * A file is the run's whole description: the scenario and the user's recorded `actions:`.
 */
import { CATALOGUE, catalogueNames } from '@utsuwa/sim-core/catalogue';
import { parseScenario, scenarioToYaml, type ParseResult } from '@utsuwa/sim-core/scenario';
import type { RecordedAction, Scenario } from '@utsuwa/sim-core';

let names: ReturnType<typeof catalogueNames> | null = null;

export function readScenario(text: string, fileName: string): ParseResult {
  names ??= catalogueNames(CATALOGUE);
  return parseScenario(text, fileName, names);
}

export function writeScenario(scenario: Scenario, actions: readonly RecordedAction[] = []): string {
  return scenarioToYaml(scenario, actions);
}

/** The title to show: the scenario's `title.<lang>` extension when it has one, else its name. */
export function scenarioTitle(scenario: Scenario, lang: string): string {
  const title = scenario.extensions.title;
  if (title && typeof title === 'object' && lang in title) {
    const t = (title as Record<string, unknown>)[lang];
    if (typeof t === 'string' && t !== '') return t;
  }
  return scenario.name;
}

/** A file name for an export: the scenario's name in lower-case words. */
export function exportFileName(scenario: Scenario): string {
  const slug = scenario.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${slug || 'scenario'}.yaml`;
}
