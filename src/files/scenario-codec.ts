/**
 * The scenario parser and writer (yaml, zod and sim-core's schema: a fifth of the app's
 * code), and the presets' text. Loaded on its own by scenario-io.ts, before the first load,
 * not with the page.
 */
import { CATALOGUE, catalogueNames } from '@utsuwa/sim-core/catalogue';
import { parseScenario, scenarioToYaml, type ParseResult } from '@utsuwa/sim-core/scenario';
import type { RecordedAction, Scenario } from '@utsuwa/sim-core';

// The remover reads the tour and goals with the schema's helpers: it comes with them.
export { removeFromScenario } from '@utsuwa/sim-core/scenario';

// Share links' compression comes with the parser too (links are read at the first load).
export { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';

let names: ReturnType<typeof catalogueNames> | null = null;

export function parse(text: string, fileName: string): ParseResult {
  names ??= catalogueNames(CATALOGUE);
  return parseScenario(text, fileName, names);
}

export function write(scenario: Scenario, actions: readonly RecordedAction[]): string {
  return scenarioToYaml(scenario, actions);
}

/** The presets in scenarios/, by their path (presets.ts lists them by name without loading them). */
export const presetTexts = import.meta.glob('../../scenarios/*.{yaml,yml}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
