import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { ja } from '../../../src/i18n/ja';
import { detectLang } from '../../../src/i18n/index';
import { narrateEntry } from '../../../src/i18n/narrate';

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('languages', () => {
  it('Japanese has every English key, and no string is left empty or untranslated where English has words', () => {
    expect(keys(ja).sort()).toEqual(keys(en).sort());
    const flat = (o: object): Record<string, string> => Object.fromEntries(keys(o).map((k) => [k, k.split('.').reduce<unknown>((x, p) => (x as Record<string, unknown>)[p], o) as string]));
    const e = flat(en);
    const j = flat(ja);
    for (const k of Object.keys(e)) expect(j[k], k).not.toBe('');
    const same = Object.keys(e).filter((k) => e[k] === j[k] && /[a-z]{4,}/.test(e[k]!) && !k.startsWith('phase.'));
    expect(same).toEqual([]);
  });

  it('follows the browser language by default', () => {
    expect(detectLang(['ja-JP', 'en-US'])).toBe('ja');
    expect(detectLang(['fr-FR', 'en-GB'])).toBe('en');
    expect(detectLang(['de'])).toBe('en');
  });

  it('narrates the event log in Japanese from the entry data', () => {
    const entry = { seq: 3, atMs: 900, type: 'instance/ready', subject: 'web', cause: '#2', data: { readyMs: 900 } };
    expect(narrateEntry(entry, 'ja')).toBe('web が 900 ms で準備完了');
    expect(narrateEntry(entry, 'en')).toContain('web is ready');
  });
});
