/** Dropping a scenario file anywhere on the page imports it (validated; the workspace stays on error). */
import { useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useRunAction } from '../actions/useActions';

const hasFiles = (e: DragEvent): boolean => Array.from(e.dataTransfer.types).includes('Files');

export function FileDropZone({ children }: { children: ReactNode }) {
  const run = useRunAction();
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  return (
    <div
      className="file-drop-zone"
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setOver(false);
      }}
      onDrop={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setOver(false);
        // Several files: a Compose file with its project's .env.
        const files = Array.from(e.dataTransfer.files);
        if (files.length > 0) run('importScenario', files);
      }}
    >
      {children}
      {over && <div className="file-drop-overlay" aria-hidden="true">{t('files.dropToImport')}</div>}
    </div>
  );
}
