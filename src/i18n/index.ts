/**
 * i18next set up with the two complete languages. The default follows the browser; a choice
 * made with the header toggle is remembered; `<html lang>` always follows the language.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { ja } from './ja';

export type Lang = 'en' | 'ja';
export const LANGS: readonly Lang[] = ['en', 'ja'];
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

export function initI18n(): typeof i18next {
  const lng = initialLang();
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, ja: { translation: ja } },
    lng,
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
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
