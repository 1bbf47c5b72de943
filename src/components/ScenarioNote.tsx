/** The open scenario's title and what to watch for (its `notice` in the current language, else its description). */
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../store/context';
import { selectDoc } from '../store/selectors';
import { scenarioTitle } from '../files/scenario-io';

function localized(value: unknown, lang: string): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const v = (value as Record<string, unknown>)[lang] ?? (value as Record<string, unknown>).en;
    if (typeof v === 'string') return v;
  }
  return '';
}

export function ScenarioNote() {
  const { t, i18n } = useTranslation();
  const doc = useWorkspace(selectDoc);
  const text = localized(doc.extensions.notice, i18n.language) || doc.description;
  return (
    <section className="scenario-note" aria-label={t('header.scenario')}>
      <h3>{scenarioTitle(doc, i18n.language)}</h3>
      {text && <p>{text}</p>}
    </section>
  );
}
