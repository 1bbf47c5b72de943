/** Text in English and Japanese, and picking one: free of the schema, so a page can read it without zod. */
export interface LocalText {
  en: string;
  ja: string;
}

/** The text in `lang`, falling back to English. */
export function pick(text: LocalText, lang: string): string {
  return lang === 'ja' ? text.ja : text.en;
}
