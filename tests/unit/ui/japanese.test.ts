/**
 * Japanese mode speaks Japanese, in the glossary's words (docs/glossary.md). Beyond the
 * parity test (same keys, same placeholders): a Japanese text that is still English, or that
 * has a Latin word that is not a product name, command, file name or unit, fails; so does a
 * spelling the glossary forbids (ハイパーバイザ for ハイパーバイザー). The rules are read from
 * the glossary itself, so the document and the check cannot drift apart.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { resources } from '../../../src/i18n/resources';

type Table = Record<string, unknown>;

function flat(o: Table, prefix = ''): Record<string, string> {
  return Object.fromEntries(Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? Object.entries(flat(v as Table, `${prefix}${k}.`)) : [[`${prefix}${k}`, v as string]]));
}

const glossary = readFileSync('docs/glossary.md', 'utf8');

/** The terms table: English, the Japanese word(s), the spellings not to use. */
function terms(): Array<{ en: string; ja: string[]; forbidden: string[] }> {
  const section = glossary.slice(glossary.indexOf('## Terms'), glossary.indexOf('## Latin words'));
  return section.split('\n').filter((l) => l.startsWith('|') && !/^\|\s*(English|---)/.test(l)).map((l) => {
    const [en, ja, forbidden] = l.split('|').slice(1, 4).map((c) => c.trim());
    return { en: en!, ja: ja!.split(' / '), forbidden: forbidden ? forbidden.split(/\s*,\s*/) : [] };
  });
}

/** The Latin words the glossary allows in Japanese text. */
function allowedWords(): Set<string> {
  const section = glossary.slice(glossary.indexOf('## Latin words allowed'));
  const list = section.split('\n\n').slice(2).join(' ').replace(/\s+/g, ' ').replace(/\.\s*$/, '');
  return new Set(list.split(',').map((w) => w.trim()).filter(Boolean));
}

/** Every `ja:` text in a preset (titles, notices, tours, goals, questions), with the preset's instance names. */
function presetTexts(): Record<string, { text: string; names: Set<string> }> {
  const out: Record<string, { text: string; names: Set<string> }> = {};
  let names = new Set<string>();
  const walk = (v: unknown, path: string): void => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'ja' && typeof x === 'string') out[`${path}.ja`] = { text: x, names };
        else walk(x, path ? `${path}.${k}` : k);
      }
    }
  };
  for (const f of readdirSync('scenarios').filter((n) => n.endsWith('.yaml'))) {
    const doc = parse(readFileSync(`scenarios/${f}`, 'utf8')) as { instances?: Array<{ name?: string }> };
    names = new Set((doc.instances ?? []).map((i) => String(i.name)));
    walk(doc, f);
  }
  return out;
}

function uiTexts(): { ja: Record<string, string>; en: Record<string, string> } {
  const ja: Record<string, string> = {};
  const en: Record<string, string> = {};
  for (const ns of Object.keys(resources.en)) {
    for (const [k, v] of Object.entries(flat((resources.ja as unknown as Record<string, Table>)[ns]!))) ja[`${ns}:${k}`] = v;
    for (const [k, v] of Object.entries(flat((resources.en as unknown as Record<string, Table>)[ns]!))) en[`${ns}:${k}`] = v;
  }
  return { ja, en };
}

/** Latin words in a Japanese text that are not allowed: placeholders, code-like tokens and allowed words removed. */
function strayLatin(text: string, allowed: Set<string>, names: Set<string> = new Set()): string[] {
  const words = text.replace(/\{\{\s*\w+\s*\}\}/g, ' ').replace(/`[^`]*`/g, ' ').split(/[^A-Za-z0-9._/-]+/).filter((w) => /[A-Za-z]/.test(w));
  return words.filter((w) => !/[0-9._/-]/.test(w) && w.length > 1 && !allowed.has(w) && !names.has(w));
}

/** Forbidden spellings present: a variant that is part of the right word (ハイパーバイザ in ハイパーバイザー) is looked for after removing the right word. */
function forbiddenIn(text: string, rules: ReturnType<typeof terms>): string[] {
  const hits: string[] = [];
  for (const t of rules) {
    for (const bad of t.forbidden) {
      let rest = text;
      for (const good of t.ja) if (good.includes(bad)) rest = rest.split(good).join('');
      if (rest.includes(bad)) hits.push(`${bad} (use ${t.ja.join(' / ')})`);
    }
  }
  return hits;
}

describe('Japanese follows the glossary (docs/glossary.md)', () => {
  const rules = terms();
  const allowed = allowedWords();
  const { ja, en } = uiTexts();
  const presets = presetTexts();

  it('the glossary lists the chapter\'s terms, each with its Japanese word', () => {
    const names = rules.map((t) => t.en);
    for (const term of ['hypervisor', 'inspector', 'container', 'kernel', 'namespace', 'noisy neighbour', 'OOM killer', 'presenter mode']) expect(names).toContain(term);
    expect(rules.find((t) => t.en === 'hypervisor')).toEqual({ en: 'hypervisor', ja: ['ハイパーバイザー'], forbidden: ['ハイパーバイザ'] });
    expect(allowed.has('cgroup') && allowed.has('docker') && !allowed.has('kill')).toBe(true);
  });

  it('finds what it must: a forbidden spelling, English left in Japanese', () => {
    expect(forbiddenIn('ハイパーバイザが仮想ハードウェアを与えます', rules)).toEqual(['ハイパーバイザ (use ハイパーバイザー)']);
    expect(forbiddenIn('ハイパーバイザーが与えます', rules)).toEqual([]);
    expect(forbiddenIn('コンテナーを起動', rules)).toEqual(['コンテナー (use コンテナ)']);
    expect(strayLatin('カーネル host', allowed)).toEqual(['host']);
    expect(strayLatin('OOM kill: {{name}}', allowed)).toEqual(['kill']);
    expect(strayLatin('cgroup の memory.max を {{limit}} に（docker run --memory）', allowed)).toEqual([]);
  });

  it('no UI string in Japanese uses a forbidden spelling', () => {
    const bad = Object.entries(ja).flatMap(([k, v]) => forbiddenIn(v, rules).map((h) => `${k}: ${h}`));
    expect(bad).toEqual([]);
  });

  it('no preset\'s Japanese text (title, notice, tour, goal) uses a forbidden spelling', () => {
    const bad = Object.entries(presets).flatMap(([k, v]) => forbiddenIn(v.text, rules).map((h) => `${k}: ${h}`));
    expect(Object.keys(presets).length).toBeGreaterThan(100);
    expect(bad).toEqual([]);
  });

  it('no UI string in Japanese is left in English: none equal to its English text, no Latin word but names, commands and units', () => {
    const same = Object.keys(ja).filter((k) => ja[k] === en[k] && strayLatin(ja[k]!, allowed).length > 0);
    expect(same).toEqual([]);
    const stray = Object.entries(ja).filter(([, v]) => strayLatin(v, allowed).length > 0).map(([k, v]) => `${k}: ${strayLatin(v, allowed).join(' ')}`);
    expect(stray).toEqual([]);
  });

  it('no preset\'s Japanese text has an English word but names, commands and units', () => {
    const stray = Object.entries(presets).map(([k, v]) => [k, strayLatin(v.text, allowed, v.names)] as const).filter(([, w]) => w.length > 0).map(([k, w]) => `${k}: ${w.join(' ')}`);
    expect(stray).toEqual([]);
  });
});
