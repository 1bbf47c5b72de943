/**
 * Presenter mode for a projector: large type, high contrast, editing chrome hidden (the CSS
 * under `html.presenter`), the tour step's narration as a caption. Its keys are actions in
 * the registry (src/actions/classroom.ts); the caption lists them when no tour runs.
 */
import { useTranslation } from 'react-i18next';
import { pick } from '@utsuwa/sim-core/classroom';
import { useWorkspace } from '../store/context';
import { selectPresenter, selectTour } from '../store/selectors';
import { useAction } from '../actions/useActions';
import { InlineCode } from './InlineCode';
import { presenterKeys } from '../actions/keyboard';

export { setPresenter } from './presenter-mode';

/** "Space/→/PgDn Next · ←/PgUp Back · F Full screen · Esc Leave presenter mode", from the registry. */
function useKeyHelp(): string {
  const { t } = useTranslation('actions');
  return presenterKeys().map((k) => `${k.keys} ${t(k.label)}`).join(' · ');
}

export function PresenterToggle() {
  const toggle = useAction('togglePresenter');
  const leave = useAction('leavePresenter');
  const help = useKeyHelp();
  const on = useWorkspace(selectPresenter);
  return (
    <button
      type="button"
      className={`btn presenter-toggle${on ? ' is-on' : ''}`}
      aria-pressed={on}
      title={on ? leave.title : help}
      data-testid="presenter-toggle"
      onClick={toggle.run}
    >
      {toggle.label}
    </button>
  );
}

/**
 * The caption: the tour step's narration with Back and Next (or the keys when no tour runs).
 * A row of the page's grid under everything else (never over it), rendered once by the
 * workspace. The keys themselves are wired by useShortcuts.
 */
export function PresenterCaption() {
  const { t, i18n } = useTranslation();
  const help = useKeyHelp();
  const on = useWorkspace(selectPresenter);
  const tour = useWorkspace(selectTour);
  const next = useAction('tourNext');
  const skip = useAction('tourSkip');
  const prev = useAction('tourPrev');
  if (!on) return null;
  const steps = tour ? tour.base.tour?.steps : undefined;
  const step = tour ? steps?.[tour.index] : undefined;
  const forward = skip.enabled ? skip : next;
  return (
    <div className="presenter-caption" data-testid="presenter-caption" data-anchor="presenter-caption">
      {step && tour ? (
        <>
          <button type="button" className="btn caption-nav" disabled={!prev.enabled} onClick={prev.run} aria-label={prev.label}>←</button>
          <p aria-live="polite">
            <span className="caption-step">{t('classroom:step', { n: tour.index + 1, total: steps?.length ?? 0 })}</span>{' '}
            <InlineCode text={pick(step.say, i18n.language)} />
          </p>
          <button type="button" className="btn caption-nav" disabled={!forward.enabled} onClick={forward.run} aria-label={forward.label}>→</button>
        </>
      ) : <p className="presenter-keys">{help}</p>}
    </div>
  );
}
