/** The learner's part: their name and "Save my result", under an exercise or a tour with questions. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../store/context';
import { selectDoc, selectOrigin } from '../store/selectors';
import { useAction } from '../actions/useActions';
import { hasResult } from './result-content';
import { resultsStore, useResults } from './results-store';
import './results.css';

export function ResultPanel() {
  const { t } = useTranslation();
  const doc = useWorkspace(selectDoc);
  const origin = useWorkspace(selectOrigin);
  const tourState = useWorkspace((s) => s.classroom.tour);
  const learner = useResults((s) => s.learner);
  const save = useAction('saveResult');
  // The learner's time counts from when this exercise (or tour) was opened.
  useEffect(() => resultsStore.setState({ openedAt: new Date() }), [origin, tourState?.base]);
  if (!hasResult(doc, tourState?.base.tour ?? null)) return null;
  return (
    <section className="panel result-panel" data-testid="result-panel" aria-label={t('classroom:resultTitle')}>
      <h2 className="panel-title">{t('classroom:resultTitle')}</h2>
      <div className="result-body">
        <label className="result-name">
          <span>{t('classroom:learnerName')}</span>
          <input
            type="text" data-testid="learner-name" value={learner} maxLength={200} autoComplete="name"
            onChange={(e) => resultsStore.setState({ learner: e.target.value })}
          />
        </label>
        <button type="button" className="btn btn-tour" data-testid="save-result" disabled={!save.enabled} onClick={save.run}>{save.label}</button>
        <p className="result-hint">{t('classroom:resultHint')}</p>
      </div>
    </section>
  );
}
