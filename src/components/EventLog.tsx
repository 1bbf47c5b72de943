/**
 * The event log in plain words (English or Japanese); clicking an entry seeks to its moment.
 *
 * It updates incrementally while a run plays, with no layout forced from script: each entry
 * is narrated and rendered once (a memoised row per entry and language), new rows are
 * appended and old ones trimmed a batch at a time, rows out of view are skipped by the
 * browser's layout (`content-visibility: auto` in panels.css), and following the newest entry
 * needs no script: the list sits in a scroller laid out bottom-up (`column-reverse`), whose
 * resting position is its end, so rows added there stay in view; a reader who scrolls up is
 * kept where they read by the browser's scroll anchoring, and the rows they read are not
 * trimmed while the end is out of view (an IntersectionObserver says so, without a layout).
 */
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LogEntry } from '@utsuwa/sim-core';
import { useWorkspace, useWorkspaceStore } from '../store/context';
import { selectLog } from '../store/selectors';
import { narrateEntry } from '../i18n/narrate';
import { formatClock } from '../format';

/** Only the newest entries are rendered (a long run has thousands): at most SHOWN, at least SHOWN - TRIM. */
const SHOWN = 300;
/** Old rows leave this many at a time, so most frames only append. */
const TRIM = 100;

/** Where the rendered window starts: moves in steps of TRIM, so the first rendered row rarely changes. */
function windowStart(length: number): number {
  const over = length - SHOWN;
  return over <= 0 ? 0 : Math.ceil(over / TRIM) * TRIM;
}
const QUIET = new Set(['image/layer-downloaded', 'image/layer-extracted', 'instance/phase-ended']);

const LogRow = memo(function LogRow({ entry, lang, onSeek }: { entry: LogEntry; lang: string; onSeek: (ms: number) => void }) {
  return (
    <li className={`log-entry log-${entry.type.split('/')[0]}${QUIET.has(entry.type) ? ' is-quiet' : ''}`}>
      <button type="button" onClick={() => onSeek(entry.atMs)} data-testid="log-entry" data-at={entry.atMs}>
        <time>{formatClock(entry.atMs)}</time>
        <span>{narrateEntry(entry, lang)}</span>
      </button>
    </li>
  );
});

export function EventLog() {
  const { t, i18n } = useTranslation();
  const store = useWorkspaceStore();
  const log = useWorkspace(selectLog);
  // Where the window stood when the reader scrolled away from the end; null: following.
  const [heldStart, setHeldStart] = useState<number | null>(null);
  const start = Math.min(heldStart ?? Infinity, windowStart(log.length));
  const shown = log.slice(start);
  const seek = useCallback((ms: number) => store.getState().seek(ms), [store]);

  const scroller = useRef<HTMLDivElement>(null);
  const end = useRef<HTMLDivElement>(null);
  const hasList = log.length > 0;
  useEffect(() => {
    if (!hasList || !scroller.current || !end.current || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(([e]) => {
      setHeldStart(e?.isIntersecting ? null : windowStart(store.getState().log.length));
    }, { root: scroller.current });
    observer.observe(end.current);
    return () => observer.disconnect();
  }, [hasList, store]);

  return (
    <section className="event-log panel" data-anchor="event-log" aria-label={t('log.title')}>
      <h2 className="panel-title">{t('log.title')} <span className="panel-sub">{t('log.seekHint')}</span></h2>
      {log.length === 0 ? (
        <p className="log-empty" data-testid="event-log">{t('log.empty')}</p>
      ) : (
        <div className="log-scroll" ref={scroller}>
          <div className="log-end" ref={end} />
          <ol className="log-list" data-testid="event-log">
            {shown.map((e) => <LogRow key={e.seq} entry={e} lang={i18n.language} onSeek={seek} />)}
          </ol>
        </div>
      )}
    </section>
  );
}
