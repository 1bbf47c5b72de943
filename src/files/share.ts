/**
 * Share links: the scenario's YAML with the user's recorded actions, lz-string compressed
 * into the URL's hash (`#s=...`), so nothing is sent to a server. Opening one goes through the
 * same validation as a file.
 */
import { LIMITS } from '@utsuwa/sim-core/scenario';
import { formatBytes } from '@utsuwa/sim-core/format';
import { decompressBounded } from './bounded-lz';
import type { RecordedAction, Scenario } from '@utsuwa/sim-core';
import { compressForLink, readScenario, writeScenario } from './scenario-io';
import type { ParseResult } from '@utsuwa/sim-core/scenario';

const PREFIX = '#s=';
/** Links longer than this are refused before decompressing (a bound on hostile input; browsers keep about 2 MB of address). */
const MAX_HASH = 2_000_000;

export function shareHash(scenario: Scenario, actions: readonly RecordedAction[] = []): string {
  return PREFIX + compressForLink(writeScenario(scenario, actions));
}

/** The scenario in a URL hash, null when the hash is not a share link. */
/** Whether the hash is a share link (reading it needs the parser). */
export function isShareHash(hash: string): boolean {
  return hash.startsWith(PREFIX);
}

export function readShareHash(hash: string): ParseResult | null {
  if (!isShareHash(hash)) return null;
  if (hash.length > MAX_HASH) return { ok: false, errors: [`link: ${hash.length} characters; a share link may have at most ${MAX_HASH}`] };
  // Bounded by what it expands to, not only by its length: a short link can expand to gigabytes.
  const text = decompressBounded(hash.slice(PREFIX.length), LIMITS.maxTextChars);
  if (!text.ok) {
    return { ok: false, errors: [text.why === 'too-large'
      ? `link: the scenario in it is larger than ${formatBytes(LIMITS.maxTextChars)}, the most a scenario may be`
      : 'link: the scenario in it is damaged (the link was cut short or changed)'] };
  }
  if (text.text === '') return { ok: false, errors: ['link: the scenario in it is damaged (the link was cut short or changed)'] };
  return readScenario(text.text, 'link');
}
