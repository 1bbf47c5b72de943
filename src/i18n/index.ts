/**
 * i18next on the page, with the two complete languages (./setup.ts). The default follows the
 * browser; a choice made with the header toggle is remembered; `<html lang>` always follows
 * the language.
 */
import type { i18n } from 'i18next';
import { setupI18n, type Lang } from './setup';

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

export function initI18n(): i18n {
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
  return i18next;
}
