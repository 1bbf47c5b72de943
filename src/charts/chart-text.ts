/**
 * A chart takes its texts as `strings`, a translate function over the `charts` namespace
 * (./strings.ts): the workspace passes `useTranslation('charts').t`, which follows the page's
 * language; tests and exports may pass `chartText('ja')`.
 */
import i18next from 'i18next';
import { setupI18n } from '../i18n/setup';

/** A chart's texts: the key in the `charts` namespace, and the values its template names. */
export type ChartText = (key: string, values?: Record<string, string | number>) => string;

/** The charts' texts in one language, whatever the page's language is. */
export function chartText(lang: string): ChartText {
  setupI18n();
  const t = i18next.getFixedT(lang, 'charts');
  return (key, values) => t(key, values);
}

/**
 * The same texts, each made once: a chart redrawn every frame asks for the same few labels
 * again and again. Keyed by the key and its values; forgets all past a few thousand (the
 * values carry counts and figures that change while a run plays).
 */
export function memoText(strings: ChartText, limit = 4000): ChartText {
  const made = new Map<string, string>();
  return (key, values) => {
    let id = key;
    if (values) for (const name in values) id += `\u0000${name}\u0001${values[name]}`;
    let text = made.get(id);
    if (text === undefined) {
      if (made.size >= limit) made.clear();
      text = strings(key, values);
      made.set(id, text);
    }
    return text;
  };
}

/** A phase's label in the chosen language; an unknown phase shows its engine name. */
export function phaseLabel(strings: ChartText, phase: string): string {
  return strings(`phases.${phase}`, { defaultValue: phase });
}
