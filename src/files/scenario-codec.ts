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
// lz-string is CommonJS: its default export works under Vite and under Node's ESM (npm run shell).
import lzString from 'lz-string';

export const { compressToEncodedURIComponent, decompressFromEncodedURIComponent } = lzString;

let names: ReturnType<typeof catalogueNames> | null = null;

export function parse(text: string, fileName: string): ParseResult {
  names ??= catalogueNames(CATALOGUE);
  return parseScenario(text, fileName, names);
}

export function write(scenario: Scenario, actions: readonly RecordedAction[]): string {
  return scenarioToYaml(scenario, actions);
}

/** The presets in scenarios/, by their path (presets.ts lists them by name without loading them). */
// Under Vite (the page, the tests) the presets are bundled; under plain Node (npm run shell,
// which reads files from disk) there is no import.meta.glob and no preset is needed.
export const presetTexts: Record<string, string> = import.meta.env
  ? import.meta.glob('../../scenarios/*.{yaml,yml}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>
  : {};
