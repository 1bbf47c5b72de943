/**
 * Notices at the bottom of the page: what the storage needs the user to know (kept until
 * resolved or dismissed, each with what can be done: download a kept copy, reload...) above
 * one passing notice (a refused drop, an import error, "restored"), translated live.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace, useWorkspaceStore } from '../store/context';
import { selectNotice, selectStorageNotices } from '../store/selectors';
import type { NoticeAction } from '../store/types';

// Long enough to read a sentence such as "The link was not opened: your saved workspace is
// unchanged." twice over (3.5 s went by before a slow machine had drawn the page around it).
const INFO_MS = 8000;
const MAX_DETAILS = 6;

interface NoticeViewProps {
  kind: 'info' | 'error';
  text: string;
  details?: string[];
  actions?: NoticeAction[];
  testId: string;
  onClose(): void;
}

function NoticeView({ kind, text, details, actions, testId, onClose }: NoticeViewProps) {
  const { t } = useTranslation();
  return (
    <div className={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'} data-testid={testId}>
      <div className="notice-body">
        <p className="notice-text">{text}</p>
        {details && details.length > 0 && (
          <ul className="notice-details" data-testid={`${testId}-details`}>
            {details.slice(0, MAX_DETAILS).map((d, i) => <li key={i}>{d}</li>)}
          </ul>
        )}
        {actions && actions.length > 0 && (
          <div className="notice-actions">
            {actions.map((a) => <button key={a.key} type="button" onClick={() => a.run()}>{t(a.key)}</button>)}
          </div>
        )}
      </div>
      <button type="button" className="notice-close" onClick={onClose} aria-label={t('files.dismiss')}>×</button>
    </div>
  );
}

export function NoticeBar() {
  const notice = useWorkspace(selectNotice);
  const storage = useWorkspace(selectStorageNotices);
  const store = useWorkspaceStore();
  const { t } = useTranslation();

  useEffect(() => {
    if (notice?.kind !== 'info') return;
    const id = setTimeout(() => {
      if (store.getState().notice === notice) store.getState().notify(null);
    }, INFO_MS);
    return () => clearTimeout(id);
  }, [notice, store]);

  return (
    <div className="notice-stack">
      {storage.map((n) => (
        <NoticeView key={n.kind} kind="error" text={t(n.key, n.params)} details={n.details} actions={n.actions}
          testId={`storage-${n.kind}`} onClose={() => store.getState().setStorageNotice(n.kind, null)} />
      ))}
      {notice && (
        <NoticeView kind={notice.kind} text={t(notice.key, notice.params)} details={notice.details} testId="notice"
          onClose={() => store.getState().notify(null)} />
      )}
    </div>
  );
}
