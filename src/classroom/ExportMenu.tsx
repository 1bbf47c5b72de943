/** The charts' export menu: each chart on screen as SVG or PNG, the comparison table also as CSV (the registry's exportChart), and the printed lesson sheet. */
import { memo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_TARGETS, type ExportFormat, type ExportTarget } from '../actions/exports';
import { useAction } from '../actions/useActions';
import { findAnchor } from '../anchors';

function FormatButton({ target, format, close }: { target: ExportTarget; format: ExportFormat; close(): void }) {
  const action = useAction('exportChart', { target, format });
  return (
    <button
      type="button"
      role="menuitem"
      className="btn btn-small"
      disabled={!action.enabled}
      data-testid={`export-${target.file}-${format}`}
      onClick={() => {
        close();
        action.run();
      }}
    >
      {format.toUpperCase()}
    </button>
  );
}

function PrintSheetButton({ close }: { close(): void }) {
  const action = useAction('printLessonSheet');
  return (
    <button
      type="button" role="menuitem" className="btn btn-small" data-testid="export-lesson-sheet"
      onClick={() => {
        close();
        action.run();
      }}
    >
      {action.label}
    </button>
  );
}

/** Memoised: the charts' area re-renders ten times a second while playing, the menu only when its own state changes. */
export const ExportMenu = memo(function ExportMenu() {
  const { t } = useTranslation('actions');
  const menu = useRef<HTMLDetailsElement>(null);
  const [, refresh] = useState(0); // re-read which charts are on screen when the menu opens
  const close = (): void => menu.current?.removeAttribute('open');
  const present = (target: ExportTarget): boolean => findAnchor(target.anchor) !== null;

  return (
    <details ref={menu} className="export-menu" data-testid="export-menu" onToggle={() => refresh((n) => n + 1)}>
      <summary className="btn btn-quiet">{t('exportChart')} ▾</summary>
      <ul className="export-list" role="menu">
        {EXPORT_TARGETS.map((target) => (
          <li key={target.anchor} role="none" className={present(target) ? '' : 'is-absent'} title={present(target) ? undefined : t('exportNothing')}>
            <span className="export-label">{t(target.label)}</span>
            {target.formats.map((format) => <FormatButton key={format} target={target} format={format} close={close} />)}
          </li>
        ))}
        <li role="none"><PrintSheetButton close={close} /></li>
      </ul>
    </details>
  );
});
