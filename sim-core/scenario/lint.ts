/**
 * Warnings about values that are valid but may not mean what the writer thought: a size in
 * lower-case SI (`512mb`, which docker reads as 512 MiB but this format, like the spec,
 * reads as 512,000,000 bytes), a duration with no unit (read as milliseconds), a field
 * name one letter away from a known one.
 */

import { closest, type Path } from './describe';
import type { Finding } from './references';
import { isLowerCaseSiSize } from './units';

type Mapping = Record<string, unknown>;
const isMapping = (v: unknown): v is Mapping => v !== null && typeof v === 'object' && !Array.isArray(v);

function sizeNote(value: unknown, path: Path, out: Finding[]): void {
  if (typeof value === 'string' && isLowerCaseSiSize(value)) {
    const docker = value.trim().replace(/b$/, '');
    out.push({ path, message: `"${value}" is read as SI (powers of 1000); docker reads it as binary: write ${docker} or ${docker.toUpperCase()}iB for that` });
  }
}

function durationNote(value: unknown, path: Path, out: Finding[]): void {
  if (typeof value === 'number' && value !== 0) {
    out.push({ path, message: `a number with no unit is read as milliseconds (${value}ms); write ${value}ms or ${value}s to say which` });
  }
}

/** A warning for an unknown field that looks like a misspelt known one. */
export function typoNote(fields: Mapping, known: readonly string[], path: Path, out: Finding[]): void {
  for (const key of Object.keys(fields)) {
    if (known.includes(key)) continue;
    const guess = closest(key, known);
    if (guess !== null) out.push({ path: [...path, key], message: `unknown field (did you mean ${guess}?); kept but not used` });
  }
}

/** Notes on sizes and durations, from the file as written. */
export function unitNotes(file: Mapping): Finding[] {
  const out: Finding[] = [];
  if (isMapping(file.host)) {
    sizeNote(file.host.memory, ['host', 'memory'], out);
    sizeNote(file.host.disk, ['host', 'disk'], out);
  }
  durationNote(file.until, ['until'], out);
  if (Array.isArray(file.instances)) {
    file.instances.forEach((inst, i) => {
      if (!isMapping(inst)) return;
      for (const field of ['memory', 'disk', 'memorySwap', 'memoryReservation']) sizeNote(inst[field], ['instances', i, field], out);
    });
  }
  for (const list of ['events', 'actions'] as const) {
    const entries = file[list];
    if (!Array.isArray(entries)) continue;
    entries.forEach((entry, i) => {
      if (!isMapping(entry)) return;
      durationNote(entry.at, [list, i, 'at'], out);
      if (isMapping(entry.load)) sizeNote(entry.load.memory, [list, i, 'load', 'memory'], out);
      if (isMapping(entry.write)) sizeNote(entry.write.size, [list, i, 'write', 'size'], out);
      if (isMapping(entry.limits)) sizeNote(entry.limits.memory, [list, i, 'limits', 'memory'], out);
    });
  }
  return out;
}
