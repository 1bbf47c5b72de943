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

/** What an imported Compose file or Vagrantfile asked for that is not simulated (sim-core/import). */
function importedList(value: unknown): { from: string; items: string[] } | null {
  if (!value || typeof value !== 'object') return null;
  const { from, notSimulated } = value as Record<string, unknown>;
  if (typeof from !== 'string' || !Array.isArray(notSimulated)) return null;
  return { from, items: notSimulated.filter((x): x is string => typeof x === 'string') };
}

export function ScenarioNote() {
  const { t, i18n } = useTranslation();
  const doc = useWorkspace(selectDoc);
  const text = localized(doc.extensions.notice, i18n.language) || doc.description;
  const imported = importedList(doc.extensions.imported);
  return (
    <section className="scenario-note" aria-label={t('header.scenario')}>
      <h3>{scenarioTitle(doc, i18n.language)}</h3>
      {text && <p>{text}</p>}
      {imported && imported.items.length > 0 && (
        <details className="not-simulated" open data-testid="not-simulated">
          <summary>{t('files.notSimulated', { file: imported.from })}</summary>
          <ul>{imported.items.map((item, i) => <li key={i}>{item}</li>)}</ul>
        </details>
      )}
    </section>
  );
}
