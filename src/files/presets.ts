/**
 * The presets in scenarios/, bundled as text. `?scenario=<file name without extension>` opens
 * one; `empty` is the built-in empty host.
 */
import type { Scenario } from '@utsuwa/sim-core';
import { readScenario } from './scenario-io';

const files = import.meta.glob('../../scenarios/*.{yaml,yml}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export interface Preset {
  id: string;
  fileName: string;
  text: string;
}

export const PRESETS: Preset[] = Object.entries(files)
  .map(([path, text]) => {
    const fileName = path.split('/').pop() ?? path;
    return { id: fileName.replace(/\.ya?ml$/, ''), fileName, text };
  })
  .sort((a, b) => a.id.localeCompare(b.id));

/** The first preset a visitor sees when there is no autosave and no link. */
export const DEFAULT_PRESET_ID = PRESETS.some((p) => p.id === 'nginx-vm-vs-container') ? 'nginx-vm-vs-container' : (PRESETS[0]?.id ?? 'empty');

const parsed = new Map<string, Scenario | null>();

/** The preset parsed (cached); null when it is missing or does not validate. */
export function loadPreset(id: string): Scenario | null {
  if (!parsed.has(id)) {
    const preset = PRESETS.find((p) => p.id === id);
    const result = preset ? readScenario(preset.text, preset.fileName) : null;
    parsed.set(id, result?.ok ? result.scenario : null);
  }
  return parsed.get(id) ?? null;
}
