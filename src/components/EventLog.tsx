/** The event log in plain words (English or Japanese); clicking an entry seeks to its moment. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace, useWorkspaceStore } from '../store/context';
import { selectLog } from '../store/selectors';
import { narrateEntry } from '../i18n/narrate';
import { formatClock } from '../format';

/** Only the newest entries are rendered: a long run has thousands. */
const SHOWN = 300;
const QUIET = new Set(['image/layer-downloaded', 'image/layer-extracted', 'instance/phase-ended']);

export function EventLog() {
  const { t, i18n } = useTranslation();
  const store = useWorkspaceStore();
  const log = useWorkspace(selectLog);
  const list = useRef<HTMLOListElement>(null);
  const shown = log.slice(-SHOWN);

  // Follow the newest entry unless the reader has scrolled up to read.
  const follow = useRef(true);
  const autoTop = useRef(-1);
  useEffect(() => {
    const el = list.current;
    if (!el || !follow.current) return;
    el.scrollTop = el.scrollHeight;
    autoTop.current = el.scrollTop;
  }, [log.length]);

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
          {shown.map((e) => (
            <li key={e.seq} className={`log-entry log-${e.type.split('/')[0]}${QUIET.has(e.type) ? ' is-quiet' : ''}`}>
              <button type="button" onClick={() => store.getState().seek(e.atMs)} data-testid="log-entry" data-at={e.atMs}>
                <time>{formatClock(e.atMs)}</time>
                <span>{narrateEntry(e, i18n.language)}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
