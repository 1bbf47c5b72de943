import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { resources, NAMESPACES, DEFAULT_NS } from '../../../src/i18n/resources';
import { setupI18n } from '../../../src/i18n/setup';
import { detectLang } from '../../../src/i18n/index';
import { narrateEntry } from '../../../src/i18n/narrate';

type Table = Record<string, unknown>;

/** Every leaf as `a.b.c` → text. */
function flat(o: Table, prefix = ''): Record<string, string> {
  return Object.fromEntries(Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? Object.entries(flat(v as Table, `${prefix}${k}.`)) : [[`${prefix}${k}`, v as string]]));
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort();

/** Text that may read the same in both languages: product names, commands, file names, units. */
const SAME_IN_BOTH = /^(?:[A-Z][A-Za-z0-9]*|uname -r|cgroup|memory\.(?:max|current)|init|PID|VM|CPU|uid_map|\S+\.\S+)$/;

describe('strings: every namespace in both languages', () => {
  const en = resources.en as unknown as Record<string, Table>;
  const ja = resources.ja as unknown as Record<string, Table>;

  it('has the namespaces the app reads', () => {
    expect(NAMESPACES.sort()).toEqual(['actions', 'charts', 'classroom', 'inside', 'terminal', 'workspace']);
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
  });

  for (const ns of NAMESPACES) {
    describe(ns, () => {
      const e = flat(en[ns]!);
      const j = flat(ja[ns]!);

      it('has the same keys in English and Japanese', () => {
        expect(Object.keys(j).sort()).toEqual(Object.keys(e).sort());
      });

      it('has the same placeholders in both, written {{name}}', () => {
        for (const key of Object.keys(e)) {
          expect(placeholders(j[key] ?? ''), `${ns}:${key}`).toEqual(placeholders(e[key]!));
          for (const text of [e[key]!, j[key] ?? '']) {
            expect(text.replace(/\{\{\s*\w+\s*\}\}/g, ''), `${ns}:${key} uses another placeholder syntax`).not.toMatch(/\{\w+\}|%s|\$\{/);
          }
        }
      });

      it('leaves no text empty, and no English in Japanese but names and commands', () => {
        for (const [key, text] of Object.entries({ ...e, ...j })) expect(text.trim(), `${ns}:${key}`).not.toBe('');
        const untranslated = Object.keys(e).filter((k) => e[k] === j[k] && /[a-z]{4,}/.test(e[k]!) && !SAME_IN_BOTH.test(e[k]!));
        expect(untranslated).toEqual([]);
      });
    });
  }
});

/** Literal keys in `t('…')` calls anywhere in src/ (dynamic keys are checked where they are built). */
function literalKeys(): Array<{ file: string; ns: string; key: string }> {
  const out: Array<{ file: string; ns: string; key: string }> = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name)) {
        const text = readFileSync(path, 'utf8');
        // The namespace a component asked for (useTranslation('charts')) applies to its bare keys.
        const hookNs = /useTranslation\('(\w+)'\)/.exec(text)?.[1];
        for (const m of text.matchAll(/\bt\('([\w.:-]+)'/g)) {
          const [ns, key] = m[1]!.includes(':') ? m[1]!.split(':') as [string, string] : [hookNs && !/useTranslation\(\)/.test(text) ? hookNs : DEFAULT_NS, m[1]!];
          out.push({ file: path, ns, key });
        }
      }
    }
  };
  walk('src');
  return out;
}

describe('strings the code asks for', () => {
  it('every literal t() key exists in its namespace', () => {
    const en = resources.en as unknown as Record<string, Table>;
    const keys = literalKeys();
    expect(keys.length).toBeGreaterThan(100);
    const missing = keys.filter(({ ns, key }) => !(ns in en) || flat(en[ns]!)[key] === undefined);
    expect(missing).toEqual([]);
  });

  it('i18next fills {{placeholders}} in both languages, the namespace named in the key', () => {
    const i18n = setupI18n();
    expect(i18n.t('classroom:step', { lng: 'en', n: 2, total: 5 })).toBe('Step 2 of 5');
    expect(i18n.t('classroom:step', { lng: 'ja', n: 2, total: 5 })).toBe('ステップ 2 / 5');
    expect(i18n.t('charts:ready', { lng: 'en', time: '1.2 s' })).toBe('ready 1.2 s');
    expect(i18n.t('drop.added', { lng: 'ja', name: 'web' })).toBe('web を追加しました。');
  });
});

describe('languages', () => {
  it('follows the browser language by default', () => {
    expect(detectLang(['ja-JP', 'en-US'])).toBe('ja');
    expect(detectLang(['fr-FR', 'en-GB'])).toBe('en');
    expect(detectLang(['de'])).toBe('en');
  });

  it('narrates the event log in Japanese from the entry data', () => {
    const entry = { seq: 3, atMs: 900, type: 'instance/ready' as const, subject: 'web', cause: '#2', data: { readyMs: 900 } };
    expect(narrateEntry(entry, 'ja')).toBe('web が 900 ms で準備完了');
    expect(narrateEntry(entry, 'en')).toContain('web is ready');
  });
});
