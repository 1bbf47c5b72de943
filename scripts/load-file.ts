/**
 * A scenario file for the headless tools, read as the page's Import reads it: a scenario in
 * YAML or JSON, a Compose file or a Vagrantfile. What was accepted but not simulated comes back
 * as lines to print on stderr; names from the file are escaped.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { RecordedAction, Scenario } from '@utsuwa/sim-core';
import { escapeControlChars } from '@utsuwa/sim-core';
import { CATALOGUE } from '@utsuwa/sim-core/catalogue';
import { LIMITS } from '@utsuwa/sim-core/scenario';
import { importFile } from '@utsuwa/sim-core/import';
import { readBounded, unreadable } from './read-bounded';

export type Loaded =
  | { ok: true; scenario: Scenario; actions: RecordedAction[]; notes: string[] }
  | { ok: false; message: string };

export function loadFile(path: string): Loaded {
  let text: string;
  try {
    text = readBounded(path, LIMITS.maxTextChars);
  } catch (e) {
    return { ok: false, message: unreadable(path, e, LIMITS.maxTextChars) };
  }
  // A Compose project is named after its folder, and takes its variables from the .env there, as `docker compose` does.
  const envPath = join(dirname(resolve(path)), '.env');
  let dotenv: string | undefined;
  if (existsSync(envPath)) {
    try {
      dotenv = readBounded(envPath, LIMITS.maxTextChars);
    } catch (e) {
      return { ok: false, message: unreadable(envPath, e, LIMITS.maxTextChars) };
    }
  }
  const parsed = importFile(text, basename(path), CATALOGUE, { projectName: basename(dirname(resolve(path))), ...(dotenv === undefined ? {} : { dotenv }) });
  if (!parsed.ok) return { ok: false, message: escapeControlChars(parsed.errors.join('\n')) };
  const notes = parsed.warnings.map((w) => `warning: ${escapeControlChars(w)}`);
  if (parsed.notSimulated.length > 0) {
    notes.push(`utsuwa: read ${escapeControlChars(basename(path))} as ${parsed.kind === 'compose' ? 'a Compose file' : 'a Vagrantfile'}; accepted but not simulated:`);
    for (const line of parsed.notSimulated) notes.push(`  ${escapeControlChars(line)}`);
  }
  return { ok: true, scenario: parsed.scenario, actions: parsed.actions, notes };
}
