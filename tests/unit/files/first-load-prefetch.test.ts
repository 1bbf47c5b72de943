/**
 * The lines index.html runs before any module (scripts/first-load-prefetch.ts): they ask for
 * the preset a link names and, when the page will start in Japanese, the Japanese strings;
 * the language must be the one src/i18n/index.ts then starts in, or the download is wasted
 * and the first render waits anyway.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET, prefetchScript } from '../../../scripts/first-load-prefetch';
import { detectLang } from '../../../src/i18n/index';
import { DEFAULT_PRESET_ID } from '../../../src/files/presets';

const SCRIPT = prefetchScript({ 'nginx-vm-vs-container': 'assets/nginx-1.js', spectrum: 'assets/spectrum-2.js' }, 'assets/resources-ja-3.js');

interface Page { search?: string; hash?: string; languages?: string[]; saved?: string | null; storageThrows?: boolean }

/** The files the script asks for on a page like `page`. */
function preloaded({ search = '', hash = '', languages = ['en-US'], saved = null, storageThrows = false }: Page): string[] {
  const links: Array<{ rel: string; href: string; crossOrigin: string | null }> = [];
  runInNewContext(SCRIPT, {
    URLSearchParams,
    location: { search, hash },
    navigator: { languages, language: languages[0] },
    localStorage: { getItem: () => { if (storageThrows) throw new Error('blocked'); return saved; } },
    document: { createElement: () => ({ rel: '', href: '', crossOrigin: null }), head: { appendChild: (l: (typeof links)[number]) => links.push(l) } },
  });
  for (const l of links) {
    expect(l.rel).toBe('modulepreload');
    expect(l.crossOrigin).toBe(''); // as Vite's own tags: the entry's import then reuses the download
  }
  return links.map((l) => l.href);
}

describe('first-load prefetch', () => {
  it('asks for the preset a link names, the default one when it names none, and nothing for a share link or a name that is no preset', () => {
    expect(preloaded({ search: '?scenario=nginx-vm-vs-container' })).toEqual(['./assets/nginx-1.js']);
    expect(preloaded({ search: '?scenario=spectrum&x=1' })).toEqual(['./assets/spectrum-2.js']);
    expect(preloaded({ search: '?scenario=nginx-vm-vs-container', hash: '#s=abc' })).toEqual([]);
    expect(preloaded({ search: '?scenario=no-such-preset' })).toEqual([]);
    expect(preloaded({ search: '?scenario=toString' })).toEqual([]);
    expect(preloaded({ search: '?scenario=empty' })).toEqual([]);
    // Nothing named: what a first visit opens (a saved workspace, when there is one, wins and the download goes unused).
    expect(DEFAULT_PRESET).toBe(DEFAULT_PRESET_ID);
    expect(preloaded({})).toEqual(['./assets/nginx-1.js']);
    expect(preloaded({ search: '?x=1' })).toEqual(['./assets/nginx-1.js']);
    expect(preloaded({ hash: '#s=abc' })).toEqual([]);
  });

  it('asks for the Japanese strings exactly when the page starts in Japanese', () => {
    const lists = [['ja-JP'], ['ja'], ['en-US', 'ja'], ['fr-FR', 'ja-JP', 'en'], ['fr-FR', 'de'], ['JA-jp'], ['zh-CN', 'en-GB', 'ja']];
    const share = '#s=abc'; // no preset asked for: only the strings show here
    for (const languages of lists) {
      const japanese = detectLang(languages) === 'ja';
      expect(preloaded({ hash: share, languages }), languages.join(',')).toEqual(japanese ? ['./assets/resources-ja-3.js'] : []);
    }
    // A choice made with the header's toggle wins over the browser's languages.
    expect(preloaded({ hash: share, languages: ['en-US'], saved: 'ja' })).toEqual(['./assets/resources-ja-3.js']);
    expect(preloaded({ hash: share, languages: ['ja-JP'], saved: 'en' })).toEqual([]);
    expect(preloaded({ hash: share, languages: ['ja-JP'], saved: 'xx' })).toEqual(['./assets/resources-ja-3.js']);
    expect(preloaded({ hash: share, languages: ['ja-JP'], storageThrows: true })).toEqual(['./assets/resources-ja-3.js']);
    expect(preloaded({ search: '?scenario=spectrum', languages: ['ja-JP'] })).toEqual(['./assets/spectrum-2.js', './assets/resources-ja-3.js']);
  });
});
