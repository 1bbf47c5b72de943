/** One notice at a time (a refused drop, an import error, "restored"), translated live. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace, useWorkspaceStore } from '../store/context';
import { selectNotice } from '../store/selectors';

const INFO_MS = 3500;

export function NoticeBar() {
  const notice = useWorkspace(selectNotice);
  const store = useWorkspaceStore();
  const { t } = useTranslation();

  useEffect(() => {
    if (notice?.kind !== 'info') return;
    const id = setTimeout(() => {
      if (store.getState().notice === notice) store.getState().notify(null);
    }, INFO_MS);
    return () => clearTimeout(id);
  }, [notice, store]);

  if (!notice) return null;
  return (
    <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="notice">
      <div className="notice-body">
        <p className="notice-text">{t(notice.key, notice.params)}</p>
        {notice.details && notice.details.length > 0 && (
          <ul className="notice-details" data-testid="notice-details">
            {notice.details.slice(0, 6).map((d, i) => <li key={i}>{d}</li>)}
          </ul>
        )}
      </div>
      <button type="button" className="notice-close" onClick={() => store.getState().notify(null)} aria-label={t('files.dismiss')}>×</button>
    </div>
  );
}
