/**
 * The tour's step panel: narration, the learner's turn (waitFor), a question, back and next.
 * Each step is a replay point (see src/store/classroom-slice.ts).
 */
import { useTranslation } from 'react-i18next';
import { pick } from '@utsuwa/sim-core/classroom';
import { useWorkspace } from '../store/context';
import { selectDoc, selectTour, selectView } from '../store/selectors';
import { scenarioTitle } from '../files/scenario-io';
import { waitMet } from './wait';
import { TourQuestion } from './TourQuestion';
import { InlineCode } from './InlineCode';
import { useAction } from '../actions/useActions';

export { waitMet } from './wait';

export function TourPanel() {
  const { t, i18n } = useTranslation();
  const start = useAction('startTour');
  const next = useAction('tourNext');
  const skip = useAction('tourSkip');
  const prev = useAction('tourPrev');
  const end = useAction('endTour');
  const state = useWorkspace(selectTour);
  const doc = useWorkspace(selectDoc);
  const view = useWorkspace(selectView);
  const lang = i18n.language;

  if (!state) {
    if (!start.enabled) return null;
    return (
      <section className="panel tour-panel tour-offer" data-anchor="tour">
        <button type="button" className="btn btn-tour" data-testid="tour-start" onClick={start.run}>▶ {start.label}</button>
      </section>
    );
  }
  const tour = state.base.tour;
  const step = tour?.steps[state.index];
  if (!tour || !step) return null;
  const total = tour.steps.length;
  const met = waitMet(step, view, doc);
  const title = tour.title ? pick(tour.title, lang) : scenarioTitle(state.base, lang);

  return (
    <section className="panel tour-panel" aria-label={t('classroom:tour')} data-testid="tour-step" data-anchor="tour" data-index={state.index}>
      <h2 className="panel-title">
        {t('classroom:tour')}
        <span className="panel-sub" title={title}>{t('classroom:step', { n: state.index + 1, total })}</span>
        <button type="button" className="tour-close" aria-label={end.label} title={end.title} onClick={end.run}>×</button>
      </h2>
      <div className="tour-body">
        <p className="tour-say" data-testid="tour-say"><InlineCode text={pick(step.say, lang)} /></p>
        {step.waitFor && (
          <p className={`tour-wait${met ? ' is-met' : ''}`} data-testid="tour-wait" data-done={met}>
            {met ? `✓ ${t('classroom:waitDone')}` : <InlineCode text={t('classroom:waiting', { what: step.waitFor.text ? pick(step.waitFor.text, lang) : '' })} />}
            {!met && step.waitFor.hint && <span className="tour-hint"><InlineCode text={pick(step.waitFor.hint, lang)} /></span>}
          </p>
        )}
        {step.question && <TourQuestion key={state.index} index={state.index} question={step.question} lang={lang} />}
      </div>
      <nav className="tour-nav">
        <button type="button" className="btn" data-testid="tour-prev" disabled={!prev.enabled} onClick={prev.run}>← {prev.label}</button>
        {skip.enabled && (
          <button type="button" className="btn btn-quiet" data-testid="tour-skip" onClick={skip.run}>{skip.label}</button>
        )}
        <button type="button" className="btn btn-tour" data-testid="tour-next" disabled={!next.enabled} onClick={next.run}>{next.label} →</button>
      </nav>
    </section>
  );
}

