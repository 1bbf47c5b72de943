/**
 * i18next with every namespace loaded at once (synchronously: the resources are bundled, so
 * the first render already has its texts). No DOM here: the page's wiring (stored choice,
 * `<html lang>`) is in ./index.ts; unit tests call this directly.
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_NS, NAMESPACES, resources } from './resources';

export type Lang = 'en' | 'ja';
export const LANGS: readonly Lang[] = ['en', 'ja'];

/** Initialises the shared i18next instance once; later calls return it as it is. */
export function setupI18n(lng: Lang = 'en'): i18n {
  if (i18next.isInitialized) return i18next;
  void i18next.use(initReactI18next).init({
    resources,
    ns: NAMESPACES,
    defaultNS: DEFAULT_NS,
    lng,
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  return i18next;
}
