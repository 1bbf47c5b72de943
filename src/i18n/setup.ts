/**
 * i18next with English bundled (the first render already has its texts) and Japanese loaded
 * on demand through a small backend (./resources-ja.ts, its own chunk): `changeLanguage('ja')`
 * waits for it, and `loadLanguage` fetches it ahead, as the page does when Japanese is the
 * starting language. No DOM here: the page's wiring (stored choice, `<html lang>`) is in
 * ./index.ts; unit tests call this directly.
 */
import i18next, { type BackendModule, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_NS, NAMESPACES, en } from './resources-en';

export type Lang = 'en' | 'ja';
export const LANGS: readonly Lang[] = ['en', 'ja'];

/** Reads the Japanese tables from their chunk (English is bundled and never asked for). */
const japaneseOnDemand: BackendModule = {
  type: 'backend',
  init: () => {},
  read: (lng, ns, callback) => {
    if (lng !== 'ja') {
      callback(null, {});
      return;
    }
    import('./resources-ja').then(
      (m) => callback(null, (m.ja as Record<string, object>)[ns] ?? {}),
      (err: unknown) => callback(err instanceof Error ? err.message : String(err), false),
    );
  },
};

/** Initialises the shared i18next instance once; later calls return it as it is. */
export function setupI18n(lng: Lang = 'en'): i18n {
  if (i18next.isInitialized) return i18next;
  void i18next.use(initReactI18next).use(japaneseOnDemand).init({
    resources: { en },
    partialBundledLanguages: true,
    ns: NAMESPACES,
    defaultNS: DEFAULT_NS,
    lng,
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    // Every component renders at once: a language still loading shows English (the page
    // waits for Japanese before its first render, and the toggle switches once it is in).
    react: { useSuspense: false },
  });
  return i18next;
}

/** Fetches a language's tables (once); resolves when `t` can use them. */
export function loadLanguage(lng: Lang): Promise<void> {
  return i18next.loadLanguages(lng).then(() => undefined);
}
