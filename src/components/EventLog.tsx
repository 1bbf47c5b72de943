/**
 * The event log in plain words (English or Japanese); clicking an entry seeks to its moment.
 *
 * It updates incrementally while a run plays: each entry is narrated and rendered once (a
 * memoised row per entry and language), rows out of view are skipped by the browser's layout
 * (`content-visibility: auto` in panels.css: the list is virtualised by the engine that draws
 * it, so wrapped lines and search-in-page still work), and following the newest entry is one
 * scroll written in the next animation frame, where it joins that frame's own layout instead
 * of forcing another.
 */
import { memo, useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { LogEntry } from '@utsuwa/sim-core';
import { useWorkspace, useWorkspaceStore } from '../store/context';
import { selectLog } from '../store/selectors';
import { narrateEntry } from '../i18n/narrate';
import { formatClock } from '../format';

/** Only the newest entries are rendered: a long run has thousands. */
const SHOWN = 300;
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
  const list = useRef<HTMLOListElement>(null);
  const shown = log.slice(-SHOWN);
  const seek = useCallback((ms: number) => store.getState().seek(ms), [store]);

  // Follow the newest entry unless the reader has scrolled up to read.
  const follow = useRef(true);
  const autoTop = useRef(-1);
  const pending = useRef(0);
  useEffect(() => {
    if (!follow.current || pending.current !== 0) return;
    pending.current = requestAnimationFrame(() => {
      pending.current = 0;
      const el = list.current;
      if (!el || !follow.current) return;
      el.scrollTop = el.scrollHeight;
      autoTop.current = el.scrollTop;
    });
  }, [log.length]);
  useEffect(() => () => cancelAnimationFrame(pending.current), []);

  return (
    <section className="event-log panel" data-anchor="event-log" aria-label={t('log.title')}>
      <h2 className="panel-title">{t('log.title')} <span className="panel-sub">{t('log.seekHint')}</span></h2>
      {log.length === 0 ? (
        <p className="log-empty" data-testid="event-log">{t('log.empty')}</p>
      ) : (
        <ol
          className="log-list"
          ref={list}
          data-testid="event-log"
          onScroll={(e) => {
            const el = e.currentTarget;
            if (Math.abs(el.scrollTop - autoTop.current) < 2) return; // our own scroll, not the reader's
            follow.current = el.scrollHeight - el.scrollTop - el.clientHeight < 40;
          }}
        >
          {shown.map((e) => <LogRow key={e.seq} entry={e} lang={i18n.language} onSeek={seek} />)}
        </ol>
      )}
    </section>
  );
}
