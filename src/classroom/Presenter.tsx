/**
 * Presenter mode for a projector: large type, high contrast, editing chrome hidden (the CSS
 * under `html.presenter`), the tour step's narration as a caption. Keys: Space or → next,
 * ← back, F full screen, Esc leaves.
 */
import { useEffect } from 'react';
import { pick } from '@utsuwa/sim-core/classroom';
import { useWorkspaceStore } from '../store/context';
import { classroomStore, useClassroom } from './classroom-store';
import { stepBy, tourOf } from './tour-control';
import { useClassroomT } from './useClassroomT';

export function setPresenter(on: boolean): void {
  classroomStore.setState({ presenter: on });
  document.documentElement.classList.toggle('presenter', on);
  if (!on && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}

function toggleFullscreen(): void {
  // Refused without a user gesture or in headless browsers: presenter mode works without it.
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

export function PresenterToggle() {
  const { t } = useClassroomT();
  const on = useClassroom((s) => s.presenter);
  return (
    <button
      type="button"
      className={`btn presenter-toggle${on ? ' is-on' : ''}`}
      aria-pressed={on}
      title={on ? t('classroom.presenterOn') : t('classroom.presenterKeys')}
      data-testid="presenter-toggle"
      onClick={() => setPresenter(!on)}
    >
      {t('classroom.presenter')}
    </button>
  );
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName));
}

/** Keys and caption; rendered once in the workspace. */
export function PresenterLayer() {
  const { i18n, t } = useClassroomT();
  const store = useWorkspaceStore();
  const on = useClassroom((s) => s.presenter);
  const tour = useClassroom((s) => s.tour);

  useEffect(() => {
    if (!on) return;
    const onKey = (e: KeyboardEvent): void => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (e.key === ' ' || e.key === 'ArrowRight' || e.key === 'PageDown') stepBy(store, 1);
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') stepBy(store, -1);
      else if (e.key === 'f' || e.key === 'F') toggleFullscreen();
      else if (e.key === 'Escape') setPresenter(false);
      else return;
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener('keydown', onKey, true); // before buttons turn Space into a click
    return () => window.removeEventListener('keydown', onKey, true);
  }, [on, store]);

  // Fullscreen left with the browser's own Esc: leave presenter mode too? No: only our Esc does.
  if (!on) return null;
  const step = tour ? tourOf(tour.base)?.steps[tour.index] : undefined;
  return (
    <div className="presenter-caption" data-testid="presenter-caption" aria-live="polite">
      {step ? <p>{pick(step.say, i18n.language)}</p> : <p className="presenter-keys">{t('classroom.presenterKeys')}</p>}
    </div>
  );
}
