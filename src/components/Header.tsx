/** The header: title, scenario picker, import/export/share, undo/redo, language. */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace, useWorkspaceStore } from '../store/context';
import { selectCanRedo, selectCanUndo, selectOrigin } from '../store/selectors';
import { PRESETS, loadPreset } from '../files/presets';
import { openPreset } from '../files/boot';
import { importFile, downloadText } from '../files/import';
import { exportFileName, scenarioTitle, writeScenario } from '../files/scenario-io';
import { shareHash } from '../files/share';
import { Icon } from './Icon';
import { TourPicker } from '../classroom/TourPicker';
import { PresenterToggle } from '../classroom/Presenter';

export function Header() {
  const { t, i18n } = useTranslation();
  const store = useWorkspaceStore();
  const origin = useWorkspace(selectOrigin);
  const canUndo = useWorkspace(selectCanUndo);
  const canRedo = useWorkspace(selectCanRedo);
  const fileInput = useRef<HTMLInputElement>(null);
  const lang = i18n.language;

  const pickerValue = origin.kind === 'preset' ? origin.id : origin.kind === 'empty' ? 'empty' : 'custom';

  const share = async (): Promise<void> => {
    const url = new URL(window.location.href);
    url.search = '';
    url.hash = shareHash(store.getState().doc);
    window.history.replaceState(null, '', url);
    try {
      await navigator.clipboard.writeText(url.toString());
      store.getState().notify({ kind: 'info', key: 'header.shareCopied' });
    } catch {
      store.getState().notify({ kind: 'info', key: 'header.shareReady' });
    }
  };

  return (
    <header className="header">
      <h1 className="brand">
        <span className="brand-mark" aria-hidden="true">器</span>
        <span className="brand-name">Utsuwa</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </h1>

      <label className="picker">
        <span className="picker-label">{t('header.scenario')}</span>
        <select
          data-testid="scenario-picker"
          value={pickerValue}
          onChange={(e) => {
            if (e.target.value !== 'custom') openPreset(store, e.target.value);
          }}
        >
          {pickerValue === 'custom' && <option value="custom">{t('header.custom')}</option>}
          {PRESETS.map((p) => {
            const s = loadPreset(p.id);
            return <option key={p.id} value={p.id} disabled={!s}>{s ? scenarioTitle(s, lang) : p.id}</option>;
          })}
          <option value="empty">{t('header.empty')}</option>
        </select>
      </label>

      <div className="header-actions">
        <button type="button" className="btn btn-quiet" onClick={() => store.getState().undo()} disabled={!canUndo} title={`${t('header.undo')} (Ctrl+Z)`} data-testid="undo"><Icon name="undo" /> <span className="btn-text">{t('header.undo')}</span></button>
        <button type="button" className="btn btn-quiet" onClick={() => store.getState().redo()} disabled={!canRedo} title={`${t('header.redo')} (Ctrl+Shift+Z)`} data-testid="redo"><Icon name="redo" /> <span className="btn-text">{t('header.redo')}</span></button>
        <span className="header-sep" aria-hidden="true" />
        <button type="button" className="btn" onClick={() => fileInput.current?.click()} data-testid="import">{t('header.import')}</button>
        <input
          ref={fileInput}
          type="file"
          accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml"
          hidden
          data-testid="import-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void importFile(store, file);
            e.target.value = '';
          }}
        />
        <button type="button" className="btn" data-testid="export" onClick={() => {
          const doc = store.getState().doc;
          downloadText(writeScenario(doc), exportFileName(doc));
        }}>{t('header.export')}</button>
        <button type="button" className="btn" data-testid="share" onClick={() => void share()}>{t('header.share')}</button>
        <span className="header-sep" aria-hidden="true" />
        <TourPicker />
        <PresenterToggle />
        <button
          type="button"
          className="btn btn-lang"
          data-testid="lang-toggle"
          aria-label={t('header.languageLabel')}
          onClick={() => void i18n.changeLanguage(lang === 'ja' ? 'en' : 'ja')}
        >
          {t('header.language')}
        </button>
      </div>
    </header>
  );
}
