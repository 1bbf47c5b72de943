/** An exercise's goals as a checklist that ticks itself against the live simulation. */
import { useTranslation } from 'react-i18next';
import { checkGoal, pick } from '@utsuwa/sim-core/classroom';
import { useWorkspace } from '../store/context';
import { InlineCode } from './InlineCode';
import { selectDoc, selectView } from '../store/selectors';

export function GoalsPanel() {
  const { t, i18n } = useTranslation();
  const doc = useWorkspace(selectDoc);
  const view = useWorkspace(selectView);
  // Validated with the scenario when it was loaded: a file with a broken goal is refused whole.
  const goals = doc.goals;
  if (goals === null) return null;
  const lang = i18n.language;
  const done = view ? goals.map((g) => checkGoal(g, view, doc)) : [];
  const count = done.filter(Boolean).length;

  return (
    <section className="panel goals-panel" aria-label={t('classroom:goals')} data-testid="exercise" data-anchor="exercise">
      <h2 className="panel-title">
        {t('classroom:goals')}
        <span className="panel-sub" data-testid="exercise-progress">{t('classroom:goalsDone', { done: count, total: goals.length })}</span>
      </h2>
      <ul className="goals">
        {goals.map((g, i) => (
          <li key={i} className={`goal${done[i] ? ' is-done' : ''}`} data-testid="exercise-goal" data-done={done[i] ? 'true' : 'false'}>
            <span className="goal-box" aria-hidden="true">{done[i] ? '✓' : ''}</span>
            <span className="goal-text">
              <InlineCode text={pick(g.text, lang)} />
              {!done[i] && g.hint && (
                <details className="goal-hint">
                  <summary>{t('classroom:hint')}</summary>
                  <InlineCode text={pick(g.hint, lang)} />
                </details>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
