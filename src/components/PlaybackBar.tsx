/** Play/pause, back to start, step to the next event, the clock, a seek track and the speed. */
import { useTranslation } from 'react-i18next';
import { useWorkspace, useWorkspaceStore } from '../store/context';
import { selectNowMs, selectPlaying, selectSpeed, selectTimelineEndMs } from '../store/selectors';
import { SPEEDS } from '../store/types';
import { useAction } from '../actions/useActions';
import { formatClock, formatSpeed } from '../format';
import { Icon } from './Icon';

export function PlaybackBar() {
  const { t } = useTranslation();
  const store = useWorkspaceStore();
  const playing = useWorkspace(selectPlaying);
  const speed = useWorkspace(selectSpeed);
  const now = useWorkspace(selectNowMs);
  const end = useWorkspace(selectTimelineEndMs);
  const play = useAction('togglePlay');
  const restart = useAction('restart');
  const step = useAction('stepEvent');

  return (
    <div className="playback" role="toolbar" aria-label={t('playback.seek')}>
      <button type="button" className="btn btn-icon" onClick={restart.run} title={restart.title} aria-label={restart.label} data-testid="restart"><Icon name="restart" /></button>
      <button
        type="button"
        className={`btn btn-play${playing ? ' is-playing' : ''}`}
        onClick={play.run}
        aria-pressed={playing}
        data-testid="play"
        data-anchor="play"
      >
        <Icon name={playing ? 'pause' : 'play'} /> {play.label}
      </button>
      <button type="button" className="btn btn-icon" onClick={step.run} disabled={!step.enabled} title={step.title} aria-label={step.label} data-testid="step"><Icon name="step" /></button>
      <output className="clock" data-testid="clock" data-anchor="clock" aria-live="off">{formatClock(now)}</output>
      <input
        className="scrubber"
        type="range"
        min={0}
        max={end}
        step={10}
        value={Math.min(now, end)}
        aria-label={t('playback.seek')}
        data-testid="scrubber"
        data-anchor="scrubber"
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
