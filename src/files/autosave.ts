/**
 * Autosave to IndexedDB: the run's description (the scenario with the user's recorded
 * actions) as scenario YAML, written at most every half second once the first load has
 * completed (never before, so a slow start cannot overwrite the saved work with a default),
 * and flushed when the page is hidden. The lines of a burst of new actions are made a hundred
 * per task before a write, so a burst of thousands never holds the page. The rules that keep every record (kept aside, newer,
 * other tabs) are in ./saver.ts; here they meet the store and the page's notices.
 */
import type { WorkspaceStore } from '../store/index';
import type { Description, NoticeAction, StorageNotice } from '../store/types';
import { WorkspaceSaver, type SaveIssue } from './saver';
import { browserTabLink, idbKeyValue, newTabId } from './tab-link';
import { keptRecordText } from './saved-record';
import { downloadText } from './download';
import { exportFileName, prepareWrite, writeScenario } from './scenario-io';

const THROTTLE_MS = 500;
/** New actions made into lines per task before a write (a burst of thousands is spread over tasks of a few ms). */
const LINES_PER_TASK = 100;
/** Reasons shown under a kept record; the download has the record whole. */
const MAX_REASONS = 6;

function stamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace(/[:T]/g, '-');
}

function saveAFile(store: WorkspaceStore): NoticeAction {
  return {
    key: 'storage.saveFile',
    run: () => {
      const { doc, actions } = store.getState();
      downloadText(writeScenario(doc, actions), exportFileName(doc));
    },
  };
}

/** The notice the page shows for one of the saver's issues, with what the user can do about it. */
export function storageNotice(issue: SaveIssue, store: WorkspaceStore, saver: WorkspaceSaver): StorageNotice {
  switch (issue.kind) {
    case 'unread': {
      const actions: NoticeAction[] = [
        { key: 'storage.downloadUnread', run: () => downloadText(keptRecordText(issue.kept.record), `utsuwa-unread-${stamp(issue.kept.keptAt)}.yaml`) },
      ];
      const backup = issue.backup;
      if (backup) {
        actions.push({ key: 'storage.openBackup', run: () => store.getState().replaceDocument(backup.scenario, { kind: 'autosave' }, backup.actions) });
      }
      return { kind: issue.kind, key: backup ? 'storage.unreadWithBackup' : 'storage.unread', details: issue.kept.reasons.slice(0, MAX_REASONS), actions };
    }
    case 'newer':
      return {
        kind: issue.kind,
        key: 'storage.newer',
        params: { schema: String(issue.schema) },
        actions: [{ key: 'storage.downloadNewer', run: () => downloadText(keptRecordText(issue.record), `utsuwa-newer-${stamp(Date.now())}.yaml`) }, saveAFile(store)],
      };
    case 'otherTab':
      return {
        kind: issue.kind,
        key: 'storage.otherTab',
        actions: [
          { key: 'storage.reload', run: () => window.location.reload() },
          {
            key: 'storage.keepMine',
            run: () => {
              const { doc, actions } = store.getState();
              void saver.save(writeScenario(doc, actions), true);
            },
          },
        ],
      };
    case 'full':
    case 'blocked':
      return { kind: issue.kind, key: issue.kind === 'full' ? 'storage.full' : 'storage.blocked', details: [issue.detail], actions: [saveAFile(store)] };
  }
}

/** The saver for this page: IndexedDB, this tab's id, the other tabs, its issues shown on the page. */
export function createSaver(store: WorkspaceStore): WorkspaceSaver {
  const saver: WorkspaceSaver = new WorkspaceSaver(idbKeyValue, browserTabLink(), newTabId(), {
    raise: (issue) => store.getState().setStorageNotice(issue.kind, storageNotice(issue, store, saver)),
    clear: (kind) => store.getState().setStorageNotice(kind, null),
  });
  return saver;
}

/**
 * Starts saving the store's description; returns a function that flushes and stops. `since`:
 * the description the first load opened, when the page could be edited before the first load
 * completed (a preset drawn before the parser arrived, src/files/boot.ts): a change made in
 * that time is saved now.
 */
export function startAutosave(store: WorkspaceStore, saver: WorkspaceSaver, since?: Description | null): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let dirty = false;

  /** `now`: when the page is going away, everything at once; otherwise new actions are made into lines a few per task first. */
  const write = (now = false): void => {
    timer = null;
    if (!dirty || !store.getState().loaded) return;
    const { doc, actions } = store.getState();
    if (!now && prepareWrite(actions, LINES_PER_TASK) > 0) {
      timer = setTimeout(() => write(), 0);
      return;
    }
    dirty = false;
    void saver.save(writeScenario(doc, actions)).then((outcome) => {
      // Storage full or blocked: keep working; the next change tries again.
      if (outcome === 'failed') dirty = true;
    });
  };

  if (since && (store.getState().doc !== since.doc || store.getState().actions !== since.actions)) {
    dirty = true;
    timer = setTimeout(() => write(), THROTTLE_MS);
  }
  const unsubscribe = store.subscribe((state, prev) => {
    if (!state.loaded || (state.doc === prev.doc && state.actions === prev.actions && state.loaded === prev.loaded)) return;
    dirty = true;
    timer ??= setTimeout(() => write(), THROTTLE_MS);
  });
  const flush = (): void => {
    if (timer) clearTimeout(timer);
    write(true);
  };
  const onHide = (): void => {
    if (document.visibilityState === 'hidden') flush();
  };
  document.addEventListener('visibilitychange', onHide);
  window.addEventListener('pagehide', flush);
  return () => {
    flush();
    unsubscribe();
    saver.dispose();
    document.removeEventListener('visibilitychange', onHide);
    window.removeEventListener('pagehide', flush);
  };
}
