/**
 * Scenario text in and out, always through sim-core's validating parser: presets, imports,
 * share links and the autosave all take the same path, so nothing unvalidated reaches the run.
 * A file is the run's whole description: the scenario and the user's recorded `actions:`.
 */
import type { ParseResult } from '@utsuwa/sim-core/scenario';
import type { RecordedAction, Scenario } from '@utsuwa/sim-core';

type Codec = typeof import('./scenario-codec');
let codec: Codec | null = null;
let loading: Promise<void> | null = null;

/**
 * Loads the parser and writer (a chunk of their own: the page draws before they arrive).
 * The first load awaits it; every read and write after that is synchronous.
 */
export function loadScenarioCodec(): Promise<void> {
  loading ??= import('./scenario-codec').then((m) => {
    codec = m;
  });
  return loading;
}

/** Whether readScenario and writeScenario can answer yet. */
export function scenarioCodecReady(): boolean {
  return codec !== null;
}

function loaded(): Codec {
  if (!codec) throw new Error('scenario-io: the parser is not loaded yet (await loadScenarioCodec() first)');
  return codec;
}

export function readScenario(text: string, fileName: string): ParseResult {
  return loaded().parse(text, fileName);
}

/** sim-core's removeFromScenario (which needs the schema's helpers, so it comes with the parser). */
export function removeFromScenario(scenario: Scenario, name: string): string[] {
  return loaded().removeFromScenario(scenario, name);
}

/** lz-string's URI-safe compression, for share links (share.ts). */
export function compressForLink(text: string): string {
  return loaded().compressToEncodedURIComponent(text);
}

export function decompressFromLink(text: string): string | null {
  return loaded().decompressFromEncodedURIComponent(text);
}

/** A preset's text by its path under scenarios/ (presets.ts). */
export function presetText(path: string): string | undefined {
  return loaded().presetTexts[path];
}

export function writeScenario(scenario: Scenario, actions: readonly RecordedAction[] = []): string {
  return loaded().write(scenario, actions);
}

/** Prepares part of the next write (./scenario-codec.ts): how many new actions are still to be made. */
export function prepareWrite(actions: readonly RecordedAction[], max: number): number {
  return loaded().prepareWrite(actions, max);
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
