/**
 * The tour's step panel: narration, the learner's turn (waitFor), a question, back and next.
 * Each step is a replay point (see tour-control.ts).
 */
import { checkGoal, pick, type TourStep } from '@utsuwa/sim-core/classroom';
import type { Scenario, SimView } from '@utsuwa/sim-core';
import { useWorkspace, useWorkspaceStore } from '../store/context';
import { selectDoc, selectView } from '../store/selectors';
import { scenarioTitle } from '../files/scenario-io';
import { useClassroom } from './classroom-store';
import { endTour, goToStep, startTour, tourOf } from './tour-control';
import { useClassroomT } from './useClassroomT';
import { TourQuestion } from './TourQuestion';

/** Whether the step's waitFor holds now (true when the step waits for nothing). */
export function waitMet(step: TourStep, view: SimView | null, doc: Scenario): boolean {
  if (!step.waitFor) return true;
  return view !== null && checkGoal(step.waitFor, view, doc);
}

export function TourPanel() {
  const { t, i18n } = useClassroomT();
  const store = useWorkspaceStore();
  const state = useClassroom((s) => s.tour);
  const doc = useWorkspace(selectDoc);
  const view = useWorkspace(selectView);
  const lang = i18n.language;

  if (!state) {
    if (!tourOf(doc)) return null;
    return (
      <section className="panel tour-panel tour-offer">
        <button type="button" className="btn btn-tour" data-testid="tour-start" onClick={() => startTour(store)}>▶ {t('classroom.tourStart')}</button>
      </section>
    );
  }
  const tour = tourOf(state.base);
  const step = tour?.steps[state.index];
  if (!tour || !step) return null;
  const total = tour.steps.length;
  const met = waitMet(step, view, doc);
  const title = tour.title ? pick(tour.title, lang) : scenarioTitle(state.base, lang);

  return (
    <section className="panel tour-panel" aria-label={t('classroom.tour')} data-testid="tour-step" data-index={state.index}>
      <h2 className="panel-title">
        {t('classroom.tour')}
        <span className="panel-sub" title={title}>{t('classroom.step', { n: state.index + 1, total })}</span>
        <button type="button" className="tour-close" aria-label={t('classroom.tourEnd')} title={t('classroom.tourEnd')} onClick={endTour}>×</button>
      </h2>
      <div className="tour-body">
        <p className="tour-say" data-testid="tour-say">{pick(step.say, lang)}</p>
        {step.waitFor && (
          <p className={`tour-wait${met ? ' is-met' : ''}`} data-testid="tour-wait" data-done={met}>
            {met ? `✓ ${t('classroom.waitDone')}` : t('classroom.waiting', { what: step.waitFor.text ? pick(step.waitFor.text, lang) : '' })}
            {!met && step.waitFor.hint && <span className="tour-hint">{pick(step.waitFor.hint, lang)}</span>}
          </p>
        )}
        {step.question && <TourQuestion key={state.index} index={state.index} question={step.question} lang={lang} />}
      </div>
      <nav className="tour-nav">
        <button type="button" className="btn" data-testid="tour-prev" disabled={state.index === 0} onClick={() => goToStep(store, state.index - 1)}>← {t('classroom.prev')}</button>
        {!met && state.index < total - 1 && (
          <button type="button" className="btn btn-quiet" data-testid="tour-skip" onClick={() => goToStep(store, state.index + 1)}>{t('classroom.skip')}</button>
        )}
        <button type="button" className="btn btn-tour" data-testid="tour-next" disabled={state.index >= total - 1 || !met} onClick={() => goToStep(store, state.index + 1)}>{t('classroom.next')} →</button>
      </nav>
    </section>
  );
}

