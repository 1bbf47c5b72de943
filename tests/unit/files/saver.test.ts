import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../sim-core/scenario/index';
import { WorkspaceSaver, type SaveIssue } from '../../../src/files/saver';
import { KEYS, RECORD_SCHEMA, type KeptRecord } from '../../../src/files/saved-record';
import type { KeyValue, TabLink, TabMessage } from '../../../src/files/tab-link';

/** One browser profile: a store shared by its tabs, a channel between them, one lock. */
class Profile {
  readonly data = new Map<string, unknown>();
  failWith: Error | null = null;
  private listeners: ((m: TabMessage) => void)[] = [];
  private lock: Promise<unknown> = Promise.resolve();

  readonly kv: KeyValue = {
    get: async (key) => structuredClone(this.data.get(key)),
    set: async (key, value) => {
      if (this.failWith) throw this.failWith;
      this.data.set(key, structuredClone(value));
    },
  };

  tab(id: string): { saver: WorkspaceSaver; issues: SaveIssue[] } {
    const issues: SaveIssue[] = [];
    const link: TabLink = {
      exclusive: <T,>(fn: () => Promise<T>) => {
        const run = this.lock.then(fn);
        this.lock = run.catch(() => undefined);
        return run;
      },
      post: (m) => this.listeners.forEach((l) => l(m)),
      listen: (h) => {
        this.listeners.push(h);
        return () => (this.listeners = this.listeners.filter((l) => l !== h));
      },
    };
    const saver = new WorkspaceSaver(this.kv, link, id, { raise: (i) => issues.push(i), clear: () => undefined }, () => 1000);
    return { saver, issues };
  }
}

const yaml = (name: string) => `version: 1\nname: ${name}\ninstances:\n  - { name: web, kind: container, image: "nginx:1.27" }\n`;
const saved = (p: Profile) => p.data.get(KEYS.current) as { yaml: string; rev: number };

describe('the autosave keeps every record', () => {
  it('keeps a record it cannot read aside, with the reason, and the last good version to open', async () => {
    const p = new Profile();
    const first = p.tab('a');
    await first.saver.load();
    await first.saver.save(yaml('good'));
    const second = p.tab('b');
    await second.saver.load();
    await second.saver.save(yaml('later')); // the good one becomes the backup
    const broken = { schema: 1, yaml: 'version: 1\nname: x\ninstances:\n  - { name: web, kind: container, memory: lots }\n', savedAt: 5, rev: 2 };
    p.data.set(KEYS.current, broken);

    const third = p.tab('c');
    const reading = await third.saver.load();
    expect(reading.kind).toBe('unreadable');
    const unread = p.data.get(KEYS.unread) as KeptRecord[];
    expect(unread[0]!.record).toEqual(broken);
    expect(unread[0]!.reasons.join('\n')).toContain('memory');
    const issue = third.issues.find((i) => i.kind === 'unread');
    expect(issue && issue.kind === 'unread' && issue.backup?.scenario.name).toBe('good');

    await third.saver.save(yaml('new work'));
    expect(saved(p).yaml).toContain('new work');
    // The backup is still the last good version, not the unreadable record.
    expect((p.data.get(KEYS.backup) as { yaml: string }).yaml).toContain('good');
    // Loading the same bad record again does not keep a second copy.
    p.data.set(KEYS.current, broken);
    await p.tab('d').saver.load();
    expect((p.data.get(KEYS.unread) as KeptRecord[]).length).toBe(1);
  });

  it('keeps records that are not records at all (a string, an array, a too-large workspace)', async () => {
    for (const value of ['garbage', [1, 2], { schema: 1, yaml: 'x'.repeat(LIMITS.maxTextChars + 1) }]) {
      const p = new Profile();
      p.data.set(KEYS.current, value);
      const tab = p.tab('a');
      const reading = await tab.saver.load();
      expect(reading.kind).toBe('unreadable');
      expect((p.data.get(KEYS.unread) as KeptRecord[])[0]!.record).toEqual(value);
    }
  });

  it('never overwrites a record a newer Utsuwa wrote, even when told to keep this tab\'s version', async () => {
    const p = new Profile();
    const newer = { schema: RECORD_SCHEMA + 1, data: 'a future format', rev: 9 };
    p.data.set(KEYS.current, newer);
    const tab = p.tab('a');
    expect((await tab.saver.load()).kind).toBe('newer');
    expect(tab.issues.map((i) => i.kind)).toContain('newer');
    expect(await tab.saver.save(yaml('mine'))).toBe('stopped');
    expect(await tab.saver.save(yaml('mine'), true)).toBe('stopped');
    expect(p.data.get(KEYS.current)).toEqual(newer);
  });

  it('stops an older tab when a newer Utsuwa saves while it is open', async () => {
    const p = new Profile();
    const tab = p.tab('a');
    await tab.saver.load();
    await tab.saver.save(yaml('one'));
    const newer = { schema: RECORD_SCHEMA + 1, rev: 2 };
    p.data.set(KEYS.current, newer);
    expect(await tab.saver.save(yaml('two'))).toBe('stopped');
    expect(p.data.get(KEYS.current)).toEqual(newer);
  });

  it('lets one tab write at a time: the other is told and does not overwrite until the user chooses', async () => {
    const p = new Profile();
    const a = p.tab('a');
    const b = p.tab('b');
    await a.saver.load();
    await b.saver.load();
    expect(await a.saver.save(yaml('from a'))).toBe('saved');
    expect(b.issues.map((i) => i.kind)).toEqual(['otherTab']); // told by the channel at once
    expect(await b.saver.save(yaml('from b'))).toBe('stopped');
    expect(saved(p).yaml).toContain('from a');

    // Keeping b's version keeps a's as the backup, and now a is told.
    expect(await b.saver.save(yaml('from b'), true)).toBe('saved');
    expect(saved(p).yaml).toContain('from b');
    expect((p.data.get(KEYS.backup) as { yaml: string }).yaml).toContain('from a');
    expect(a.issues.map((i) => i.kind)).toEqual(['otherTab']);
    expect(await a.saver.save(yaml('a again'))).toBe('stopped');
  });

  it('without the channel, the revision check alone refuses a stale write', async () => {
    const p = new Profile();
    const a = p.tab('a');
    await a.saver.load();
    p.data.set(KEYS.current, { schema: 1, yaml: yaml('elsewhere'), savedAt: 1, rev: 7 });
    expect(await a.saver.save(yaml('mine'))).toBe('stopped');
    expect(saved(p).yaml).toContain('elsewhere');
  });

  it('reports a full storage and tries again on the next save', async () => {
    const p = new Profile();
    const tab = p.tab('a');
    await tab.saver.load();
    p.failWith = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    expect(await tab.saver.save(yaml('one'))).toBe('failed');
    expect(tab.issues.at(-1)?.kind).toBe('full');
    p.failWith = null;
    expect(await tab.saver.save(yaml('two'))).toBe('saved');
  });

  it('reports blocked storage when it cannot even be read', async () => {
    const p = new Profile();
    p.kv.get = () => Promise.reject(Object.assign(new Error('access denied'), { name: 'SecurityError' }));
    const tab = p.tab('a');
    expect((await tab.saver.load()).kind).toBe('none');
    expect(tab.issues[0]).toMatchObject({ kind: 'blocked' });
  });
});
