/**
 * The autosave's rules, so that nothing the user made is lost:
 * - a record this page cannot read is kept aside (with why) before anything is written, and
 *   the last good version stays under its own key;
 * - a record written by a newer Utsuwa is never overwritten, by this tab or any older one;
 * - a tab writes only over the revision it last loaded or wrote: when another tab saved in
 *   between, this one stops and says so (no last writer wins) until the user chooses;
 * - the record as it was before a format upgrade is kept;
 * - a full or blocked storage is reported, and the next change tries again.
 * No DOM here: the browser's storage and tabs come in through KeyValue and TabLink.
 */
import type { KeyValue, TabLink, TabMessage } from './tab-link';
import { KEYS, RECORD_SCHEMA, newerSchema, readRecord, revOf, withKept, type KeptRecord, type Reading, type SavedRecord } from './saved-record';

export type SaveIssue =
  /** The saved record could not be read: kept aside; `backup` is the last good version, when there is one. */
  | { kind: 'unread'; kept: KeptRecord; backup: Reading & { kind: 'ok' } | null }
  /** A newer Utsuwa saved the workspace: this tab leaves it alone. */
  | { kind: 'newer'; schema: number; record: unknown }
  /** Another tab saved since this one loaded: this tab stopped saving. */
  | { kind: 'otherTab' }
  /** The browser refused the write: storage full (quota), or blocked/unavailable. */
  | { kind: 'full'; detail: string }
  | { kind: 'blocked'; detail: string };

export type SaveIssueKind = SaveIssue['kind'];

export interface SaverEvents {
  raise(issue: SaveIssue): void;
  clear(kind: SaveIssueKind): void;
}

export type SaveOutcome = 'saved' | 'stopped' | 'failed';

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

function isQuota(error: unknown): boolean {
  return error instanceof Error && (error.name === 'QuotaExceededError' || /quota/i.test(error.message));
}

export class WorkspaceSaver {
  private knownRev = 0;
  private wroteOnce = false;
  private boot: Reading = { kind: 'none' };
  /** Why this tab does not save now, or null. */
  private stopped: 'newer' | 'unkept' | 'otherTab' | null = null;
  private readonly unlisten: () => void;

  constructor(
    private readonly kv: KeyValue,
    private readonly link: TabLink,
    private readonly tab: string,
    private readonly events: SaverEvents,
    private readonly now: () => number = Date.now,
  ) {
    this.unlisten = link.listen((m) => this.onMessage(m));
  }

  /** Whether a workspace is saved (or the storage cannot say): what load() would read, without reading it. */
  async hasRecord(): Promise<boolean> {
    try {
      const value = await this.kv.get(KEYS.current);
      return value !== undefined && value !== null;
    } catch {
      return true;
    }
  }

  /** Reads the saved workspace once, at the start; what cannot be read is kept aside before anything can write. */
  async load(): Promise<Reading> {
    let value: unknown;
    try {
      value = await this.kv.get(KEYS.current);
    } catch (error) {
      this.events.raise({ kind: 'blocked', detail: describeError(error) });
      return { kind: 'none' };
    }
    const reading = readRecord(value);
    this.boot = reading;
    this.knownRev = revOf(value);
    if (reading.kind === 'newer') {
      this.stopped = 'newer';
      this.events.raise({ kind: 'newer', schema: reading.schema, record: value });
    } else if (reading.kind === 'unreadable') {
      await this.keepUnread(value, reading.reasons);
    }
    return reading;
  }

  private async keepUnread(value: unknown, reasons: string[]): Promise<void> {
    const kept: KeptRecord = { record: value, reasons, keptAt: this.now() };
    let backup: (Reading & { kind: 'ok' }) | null = null;
    try {
      await this.kv.set(KEYS.unread, withKept(await this.kv.get(KEYS.unread), value, reasons, kept.keptAt));
      const previous = readRecord(await this.kv.get(KEYS.backup));
      if (previous.kind === 'ok') backup = previous;
    } catch (error) {
      // Not kept aside: then the record must not be overwritten either.
      this.stopped = 'unkept';
      this.events.raise({ kind: 'blocked', detail: describeError(error) });
    }
    this.events.raise({ kind: 'unread', kept, backup });
  }

  /**
   * Saves the workspace's YAML. `takeOver`: the user chose this tab's version over another
   * tab's, which is kept as the backup first. A newer Utsuwa's record is never overwritten.
   */
  async save(yaml: string, takeOver = false): Promise<SaveOutcome> {
    if (this.stopped === 'newer' || this.stopped === 'unkept' || (this.stopped === 'otherTab' && !takeOver)) return 'stopped';
    try {
      return await this.link.exclusive(() => this.compareAndWrite(yaml, takeOver));
    } catch (error) {
      const detail = describeError(error);
      this.events.raise(isQuota(error) ? { kind: 'full', detail } : { kind: 'blocked', detail });
      return 'failed';
    }
  }

  private async compareAndWrite(yaml: string, takeOver: boolean): Promise<SaveOutcome> {
    const current = await this.kv.get(KEYS.current);
    const schema = newerSchema(current);
    if (schema !== null) {
      this.stopped = 'newer';
      this.events.raise({ kind: 'newer', schema, record: current });
      return 'stopped';
    }
    const rev = revOf(current);
    if (rev !== this.knownRev && !takeOver) {
      this.stopOtherTab();
      return 'stopped';
    }
    const firstWrite = !this.wroteOnce;
    // The last good version: what this tab first writes over (unless it was kept as unread), or the tab it takes over from.
    if (current !== undefined && (takeOver || (firstWrite && this.boot.kind !== 'unreadable'))) await this.kv.set(KEYS.backup, current);
    if (firstWrite && this.boot.kind === 'ok' && this.boot.migratedFrom !== null) await this.kv.set(KEYS.premigration, this.boot.record);
    const record: SavedRecord = { schema: RECORD_SCHEMA, yaml, savedAt: this.now(), rev: rev + 1, tab: this.tab };
    await this.kv.set(KEYS.current, record);
    this.knownRev = rev + 1;
    this.wroteOnce = true;
    this.stopped = null;
    this.events.clear('otherTab');
    this.events.clear('full');
    this.events.clear('blocked');
    this.link.post({ type: 'saved', rev: rev + 1, tab: this.tab });
    return 'saved';
  }

  private stopOtherTab(): void {
    if (this.stopped !== null && this.stopped !== 'otherTab') return;
    this.stopped = 'otherTab';
    this.events.raise({ kind: 'otherTab' });
  }

  private onMessage(message: TabMessage): void {
    if (message.tab !== this.tab && message.rev !== this.knownRev) this.stopOtherTab();
  }

  /** True when this tab does not save (a newer record, or another tab's). */
  get isStopped(): boolean {
    return this.stopped !== null;
  }

  dispose(): void {
    this.unlisten();
  }
}
