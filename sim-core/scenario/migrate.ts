/**
 * Bringing an older file up to the current format, one version at a time. There is no
 * version before 1 yet; when version 2 arrives, add `1: (file) => ...` to MIGRATIONS to
 * turn a version-1 file into a version-2 one, and raise CURRENT_VERSION.
 */

import { describeValue } from './describe';

export const CURRENT_VERSION = 1;

type RawFile = Record<string, unknown>;

/** MIGRATIONS[n] turns a version-n file into a version-(n+1) file (and sets its version). */
export const MIGRATIONS: Readonly<Record<number, (file: RawFile) => RawFile>> = {};


type Migrations = Readonly<Record<number, (file: RawFile) => RawFile>>;

export type MigrateResult = { ok: true; file: RawFile; migratedFrom: number | null } | { ok: false; error: string };

/**
 * The file in the current version's shape, or why it cannot be (no version, a newer one).
 * `migrations` and `currentVersion` are parameters so that tests can exercise a future step.
 */
export function migrateToCurrent(
  file: RawFile,
  fileName: string,
  migrations: Migrations = MIGRATIONS,
  currentVersion: number = CURRENT_VERSION,
): MigrateResult {
  const version = file.version;
  const expected = `expected ${currentVersion}, the version this Utsuwa reads`;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { ok: false, error: `${fileName}: version: ${expected}, got ${describeValue(version)}` };
  }
  if (version > currentVersion) {
    return { ok: false, error: `${fileName}: version: this file is version ${version}, made by a newer Utsuwa; this one reads versions up to ${currentVersion}. Open it in a newer Utsuwa.` };
  }
  let current = file;
  for (let v = version; v < currentVersion; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, error: `${fileName}: version: ${expected}, got ${version} (no version ${version} format ever existed)` };
    current = step(current);
  }
  return { ok: true, file: current, migratedFrom: version === currentVersion ? null : version };
}
