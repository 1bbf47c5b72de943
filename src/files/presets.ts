/**
 * The presets in scenarios/, bundled as text with the parser (scenario-codec.ts).
 * `?scenario=<file name without extension>` opens one; `empty` is the built-in empty host.
 */
import type { Scenario } from '@utsuwa/sim-core';
import { presetText, readScenario, scenarioCodecReady } from './scenario-io';
import type { CompiledPreset } from './compiled-preset';

// Each preset compiled by the build (scripts/compiled-presets.ts), a small chunk of its own;
// the names are known without loading any.
const compiled = import.meta.glob<CompiledPreset>('../../scenarios/*.{yaml,yml}', { query: '?preset', import: 'default' });
const paths = Object.keys(compiled);

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

/** The preset parsed (cached); null when it is missing, does not validate, or neither it nor the parser has loaded yet. */
export function loadPreset(id: string): Scenario | null {
  if (!parsed.has(id)) {
    if (!scenarioCodecReady()) return null;
    const preset = PRESETS.find((p) => p.id === id);
    const text = preset ? presetText(preset.path) : undefined;
    const result = preset && text !== undefined ? readScenario(text, preset.fileName) : null;
    parsed.set(id, result?.ok ? result.scenario : null);
  }
  return parsed.get(id) ?? null;
}

const fetching = new Map<string, Promise<CompiledPreset | null>>();

/**
 * The preset as the build compiled it (its scenario and the worker's first frame for it),
 * without the parser: what the first load opens. Null when there is no such preset. From then
 * on loadPreset gives the same scenario object.
 */
export function fetchCompiledPreset(id: string): Promise<CompiledPreset | null> {
  let pending = fetching.get(id);
  if (!pending) {
    const preset = PRESETS.find((p) => p.id === id);
    pending = preset ? compiled[preset.path]!().then((c) => {
      if (!parsed.has(id)) parsed.set(id, c.scenario);
      return c;
    }) : Promise.resolve(null);
    fetching.set(id, pending);
  }
  return pending;
}

// Parsing all 21 presets (for the pickers' titles) took ~150 ms of the first render: it
// happens after the first load instead, one preset per idle moment.
let allParsed = false;
const parsedListeners = new Set<() => void>();

/** Whether every preset has been parsed (the pickers list titles and tours from then on). */
export function presetsParsed(): boolean {
  return allParsed;
}

export function onPresetsParsed(listener: () => void): () => void {
  parsedListeners.add(listener);
  return () => parsedListeners.delete(listener);
}

const idle = (run: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 200 });
  else setTimeout(run, 0);
};

/** Parses the presets in the background, one per idle moment; resolves when all are. */
export function parsePresetsWhenIdle(): Promise<void> {
  return new Promise((resolve) => {
    let i = 0;
    const step = (): void => {
      if (!scenarioCodecReady()) return idle(step);
      if (i < PRESETS.length) {
        loadPreset(PRESETS[i++]!.id);
        return idle(step);
      }
      allParsed = true;
      for (const l of parsedListeners) l();
      resolve();
    };
    idle(step);
  });
}
