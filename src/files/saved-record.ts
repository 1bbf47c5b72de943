/**
 * The autosave's record in IndexedDB and what this page makes of one: its workspace, a record
 * written by a newer Utsuwa (never overwritten), or one it cannot read (kept aside, never
 * dropped). The keys are the storage's whole layout.
 */
import type { RecordedAction, Scenario } from '@utsuwa/sim-core';
import { LIMITS } from '@utsuwa/sim-core/scenario';
import { formatBytes } from '@utsuwa/sim-core/format';
import { readScenario } from './scenario-io';

/** The record's own shape (not the scenario format's version, which the YAML carries). */
export const RECORD_SCHEMA = 1;

export const KEYS = {
  /** The workspace as last saved by any tab. */
  current: 'utsuwa.workspace',
  /** The record as it was before this tab first saved over it: the last good version. */
  backup: 'utsuwa.workspace.backup',
  /** Records this page could not read, newest first, each with why. */
  unread: 'utsuwa.workspace.unread',
  /** A record as it was before its scenario was upgraded to the current format. */
  premigration: 'utsuwa.workspace.premigration',
} as const;

/** How many unread records are kept; past this the oldest makes room (each can be downloaded when kept). */
export const MAX_UNREAD = 10;

export interface SavedRecord {
  schema: number;
  yaml: string;
  savedAt: number;
  /** Counts the saves of this record by every tab: a tab writes only over the revision it last saw. */
  rev?: number;
  tab?: string;
}

export interface KeptRecord {
  record: unknown;
  reasons: string[];
  keptAt: number;
}

export type Reading =
  | { kind: 'none' }
  | { kind: 'ok'; record: SavedRecord; scenario: Scenario; actions: RecordedAction[]; migratedFrom: number | null }
  | { kind: 'newer'; schema: number; record: unknown }
  | { kind: 'unreadable'; reasons: string[]; record: unknown };

const FILE = 'autosave.yaml';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The revision a record carries (0 for none, or for records from before revisions). */
export function revOf(value: unknown): number {
  if (!isObject(value)) return 0;
  const rev = value.rev;
  return typeof rev === 'number' && Number.isSafeInteger(rev) && rev > 0 ? rev : 0;
}

/** The record's schema when a newer Utsuwa wrote it, else null. */
export function newerSchema(value: unknown): number | null {
  if (!isObject(value)) return null;
  const schema = value.schema;
  return typeof schema === 'number' && schema > RECORD_SCHEMA ? schema : null;
}

export function readRecord(value: unknown): Reading {
  if (value === undefined || value === null) return { kind: 'none' };
  const newer = newerSchema(value);
  if (newer !== null) return { kind: 'newer', schema: newer, record: value };
  if (!isObject(value) || value.schema !== RECORD_SCHEMA || typeof value.yaml !== 'string') {
    return { kind: 'unreadable', reasons: [`${FILE}: the saved record is damaged (not a workspace record)`], record: value };
  }
  if (value.yaml.length > LIMITS.maxTextChars) {
    return { kind: 'unreadable', reasons: [`${FILE}: the saved workspace is too large: at most ${formatBytes(LIMITS.maxTextChars)}`], record: value };
  }
  const parsed = readScenario(value.yaml, FILE);
  if (!parsed.ok) return { kind: 'unreadable', reasons: parsed.errors, record: value };
  const record: SavedRecord = { schema: RECORD_SCHEMA, yaml: value.yaml, savedAt: Number(value.savedAt) || 0, rev: revOf(value) };
  return { kind: 'ok', record, scenario: parsed.scenario, actions: parsed.actions, migratedFrom: parsed.migratedFrom ?? null };
}

/** A kept record as a file the user can download: its YAML when it has one, else the record as JSON. */
export function keptRecordText(record: unknown): string {
  if (isObject(record) && typeof record.yaml === 'string') return record.yaml;
  try {
    return JSON.stringify(record, null, 2) ?? String(record);
  } catch {
    return String(record);
  }
}

/** The unread list with `record` added first, unless the same record is already kept. */
export function withKept(list: unknown, record: unknown, reasons: string[], now: number): KeptRecord[] {
  const kept = Array.isArray(list) ? (list as unknown[]).filter((k): k is KeptRecord => isObject(k) && 'record' in k) : [];
  const text = keptRecordText(record);
  if (kept.some((k) => keptRecordText(k.record) === text)) return kept;
  return [{ record, reasons, keptAt: now }, ...kept].slice(0, MAX_UNREAD);
}
