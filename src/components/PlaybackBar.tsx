/** Play/pause, back to start, step to the next event, the clock, a seek track and the speed. */
import { useTranslation } from 'react-i18next';
import { useWorkspace, useWorkspaceStore } from '../store/context';
import { selectNextEventMs, selectNowMs, selectPlaying, selectSpeed, selectTimelineEndMs } from '../store/selectors';
import { SPEEDS } from '../store/types';
import { shouldStop } from '../playback/loop';
import { formatClock, formatSpeed } from '../format';
import { Icon } from './Icon';

export function PlaybackBar() {
  const { t } = useTranslation();
  const store = useWorkspaceStore();
  const playing = useWorkspace(selectPlaying);
  const speed = useWorkspace(selectSpeed);
  const now = useWorkspace(selectNowMs);
  const end = useWorkspace(selectTimelineEndMs);
  const next = useWorkspace(selectNextEventMs);

  const togglePlay = (): void => {
    const s = store.getState();
    if (!s.playing && s.view && shouldStop(s.view.nowMs, s.doc.untilMs, s.view.nextEventMs)) s.seek(0); // at the end: play again from the start
    s.setPlaying(!s.playing);
  };

  return (
    <div className="playback" role="toolbar" aria-label={t('playback.seek')}>
      <button type="button" className="btn btn-icon" onClick={() => store.getState().seek(0)} title={t('playback.restart')} aria-label={t('playback.restart')} data-testid="restart"><Icon name="restart" /></button>
      <button
        type="button"
        className={`btn btn-play${playing ? ' is-playing' : ''}`}
        onClick={togglePlay}
        aria-pressed={playing}
        data-testid="play"
      >
        <Icon name={playing ? 'pause' : 'play'} /> {playing ? t('playback.pause') : t('playback.play')}
      </button>
      <button type="button" className="btn btn-icon" onClick={() => store.getState().stepToNextEvent()} disabled={next === null} title={t('playback.step')} aria-label={t('playback.step')} data-testid="step"><Icon name="step" /></button>
      <output className="clock" data-testid="clock" aria-live="off">{formatClock(now)}</output>
      <input
        className="scrubber"
        type="range"
        min={0}
        max={end}
        step={10}
        value={Math.min(now, end)}
        aria-label={t('playback.seek')}
        data-testid="scrubber"
        onChange={(e) => store.getState().seek(Number(e.target.value))}
        style={{ ['--progress' as string]: `${(Math.min(now, end) / end) * 100}%` }}
      />
      <span className="clock-end">{formatClock(end)}</span>
      <label className="speed">
        <span>{t('playback.speed')}</span>
        <select value={speed} onChange={(e) => store.getState().setSpeed(Number(e.target.value))} data-testid="speed">
          {SPEEDS.map((s) => <option key={s} value={s}>{formatSpeed(s)}</option>)}
        </select>
      </label>
    </div>
  );
}
