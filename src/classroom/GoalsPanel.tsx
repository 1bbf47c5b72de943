/** An exercise's goals as a checklist that ticks itself against the live simulation. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { checkGoal, pick, readGoals } from '@utsuwa/sim-core/classroom';
import { useWorkspace } from '../store/context';
import { selectDoc, selectView } from '../store/selectors';

export function GoalsPanel() {
  const { t, i18n } = useTranslation();
  const doc = useWorkspace(selectDoc);
  const view = useWorkspace(selectView);
  const goalsValue = doc.extensions.goals;
  // Parsed again only when the goals block itself changes (edits elsewhere keep its identity).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const { goals, errors } = useMemo(() => readGoals(goalsValue, doc), [goalsValue, doc.instances]);
  if (goalsValue === undefined) return null;
  const lang = i18n.language;
  const done = goals && view ? goals.map((g) => checkGoal(g, view, doc)) : [];
  const count = done.filter(Boolean).length;

  return (
    <section className="panel goals-panel" aria-label={t('classroom:goals')} data-testid="exercise" data-anchor="exercise">
      <h2 className="panel-title">
        {t('classroom:goals')}
        {goals && <span className="panel-sub" data-testid="exercise-progress">{t('classroom:goalsDone', { done: count, total: goals.length })}</span>}
      </h2>
      {errors.length > 0 && <p className="goals-error">{t('classroom:invalid', { error: errors[0] ?? '' })}</p>}
      <ul className="goals">
        {goals?.map((g, i) => (
          <li key={i} className={`goal${done[i] ? ' is-done' : ''}`} data-testid="exercise-goal" data-done={done[i] ? 'true' : 'false'}>
            <span className="goal-box" aria-hidden="true">{done[i] ? '✓' : ''}</span>
            <span className="goal-text">
              {pick(g.text, lang)}
              {!done[i] && g.hint && (
                <details className="goal-hint">
                  <summary>{t('classroom:hint')}</summary>
                  {pick(g.hint, lang)}
                </details>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
