/**
 * i18next on the page, with the two complete languages (./setup.ts). The default follows the
 * browser; a choice made with the header toggle is remembered; `<html lang>` always follows
 * the language. Japanese is its own chunk: `initI18n` resolves once the starting language's
 * texts are in, so the first render is already in that language.
 */
import type { i18n } from 'i18next';
import { loadLanguage, setupI18n, type Lang } from './setup';

export { LANGS, type Lang } from './setup';
const STORAGE_KEY = 'utsuwa.lang';

/** The browser's preferred language, reduced to one we have. */
export function detectLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'ja') return 'ja';
    if (base === 'en') return 'en';
  }
  return 'en';
}

function initialLang(): Lang {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'en' || saved === 'ja') return saved;
  } catch {
    // storage may be blocked (private mode): fall back to the browser's language
  }
  return detectLang(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

export async function initI18n(): Promise<i18n> {
  const lng = initialLang();
  const i18next = setupI18n(lng);
  document.documentElement.lang = lng;
  i18next.on('languageChanged', (l) => {
    document.documentElement.lang = l;
    try {
      localStorage.setItem(STORAGE_KEY, l);
    } catch {
      // not remembered; still switched
    }
  });
  // Should the chunk not load, the page still opens, in English.
  if (lng !== 'en') await loadLanguage(lng).catch(() => undefined);
  return i18next;
}

/** Fetches Japanese ahead of a likely switch (the pointer on the language toggle). */
export function prefetchLanguage(lng: Lang): void {
  void loadLanguage(lng).catch(() => undefined);
}
