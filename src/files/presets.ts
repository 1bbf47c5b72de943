/**
 * The presets in scenarios/, bundled as text with the parser (scenario-codec.ts).
 * `?scenario=<file name without extension>` opens one; `empty` is the built-in empty host.
 */
import type { Scenario } from '@utsuwa/sim-core';
import { presetText, readScenario, scenarioCodecReady } from './scenario-io';

// The names only: the text comes with the parser.
const paths = Object.keys(import.meta.glob('../../scenarios/*.{yaml,yml}', { query: '?raw', import: 'default' }));

export interface Preset {
  id: string;
  fileName: string;
  path: string;
}

export const PRESETS: Preset[] = paths
  .map((path) => {
    const fileName = path.split('/').pop() ?? path;
    return { id: fileName.replace(/\.ya?ml$/, ''), fileName, path };
  })
  .sort((a, b) => a.id.localeCompare(b.id));

/** The first preset a visitor sees when there is no autosave and no link. */
export const DEFAULT_PRESET_ID = PRESETS.some((p) => p.id === 'nginx-vm-vs-container') ? 'nginx-vm-vs-container' : (PRESETS[0]?.id ?? 'empty');

const parsed = new Map<string, Scenario | null>();

/** The preset parsed (cached); null when it is missing, does not validate, or the parser has not loaded yet. */
export function loadPreset(id: string): Scenario | null {
  if (!scenarioCodecReady()) return null;
  if (!parsed.has(id)) {
    const preset = PRESETS.find((p) => p.id === id);
    const text = preset ? presetText(preset.path) : undefined;
    const result = preset && text !== undefined ? readScenario(text, preset.fileName) : null;
    parsed.set(id, result?.ok ? result.scenario : null);
  }
  return parsed.get(id) ?? null;
}
