/**
 * Share links: the scenario's YAML with the user's recorded actions, lz-string compressed
 * into the URL's hash (`#s=...`), so nothing is sent to a server. Opening one goes through the
 * same validation as a file.
 */
import type { RecordedAction, Scenario } from '@utsuwa/sim-core';
import { compressForLink, decompressFromLink, readScenario, writeScenario } from './scenario-io';
import type { ParseResult } from '@utsuwa/sim-core/scenario';

const PREFIX = '#s=';
/** Links longer than this are refused before decompressing (a bound on hostile input). */
const MAX_HASH = 200_000;

export function shareHash(scenario: Scenario, actions: readonly RecordedAction[] = []): string {
  return PREFIX + compressForLink(writeScenario(scenario, actions));
}

/** The scenario in a URL hash, null when the hash is not a share link. */
export function readShareHash(hash: string): ParseResult | null {
  if (!hash.startsWith(PREFIX)) return null;
  if (hash.length > MAX_HASH) return { ok: false, errors: ['link: too long to be a scenario'] };
  const text = decompressFromLink(hash.slice(PREFIX.length));
  if (!text) return { ok: false, errors: ['link: the scenario in it is damaged'] };
  return readScenario(text, 'link');
}
