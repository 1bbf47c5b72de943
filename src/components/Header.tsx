/** The header: title, scenario picker, import/export/share, undo/redo, tours, presenter, language. */
import { useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../store/context';
import { selectLoaded, selectOrigin } from '../store/selectors';
import { PRESETS, loadPreset, onPresetsParsed, presetsParsed } from '../files/presets';
import { scenarioTitle } from '../files/scenario-io';
import { useAction, useRunAction } from '../actions/useActions';
import { Icon } from './Icon';
import { prefetchLanguage } from '../i18n/index';
import { TourPicker } from '../classroom/TourPicker';
import { PresenterToggle } from '../classroom/Presenter';
import { ClassViewButton } from '../results/ClassViewButton';

function ScenarioPicker() {
  const { t, i18n } = useTranslation();
  const run = useRunAction();
  const origin = useWorkspace(selectOrigin);
  useWorkspace(selectLoaded); // the open preset's title comes with the parser, loaded for the first load
  // The others' titles once they are parsed, after the first load (files/presets.ts).
  const allParsed = useSyncExternalStore(onPresetsParsed, presetsParsed);
  const open = useAction('openPreset', 'empty');
  const value = origin.kind === 'preset' ? origin.id : origin.kind === 'empty' ? 'empty' : 'custom';
  return (
    <label className="picker">
      <span className="picker-label">{t('header.scenario')}</span>
      <select
        data-testid="scenario-picker"
        value={value}
        title={open.label}
        onChange={(e) => {
          if (e.target.value !== 'custom') run('openPreset', e.target.value);
        }}
      >
        {value === 'custom' && <option value="custom">{t('header.custom')}</option>}
        {PRESETS.map((p) => {
          const s = allParsed || p.id === value ? loadPreset(p.id) : null;
          return <option key={p.id} value={p.id} disabled={allParsed && !s}>{s ? scenarioTitle(s, i18n.language) : p.id}</option>;
        })}
        <option value="empty">{t('header.empty')}</option>
      </select>
    </label>
  );
}

export function Header() {
  const { t, i18n } = useTranslation();
  const run = useRunAction();
  const undo = useAction('undo');
  const redo = useAction('redo');
  const importing = useAction('importScenario');
  const exporting = useAction('exportScenario');
  const share = useAction('shareLink');
  const language = useAction('toggleLanguage');
  const fileInput = useRef<HTMLInputElement>(null);

  return (
    <header className="header" data-anchor="header">
      <h1 className="brand">
        <span className="brand-mark" aria-hidden="true">器</span>
        <span className="brand-name">Utsuwa</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </h1>

      <ScenarioPicker />

      <div className="header-actions">
        <button type="button" className="btn btn-quiet" onClick={undo.run} disabled={!undo.enabled} title={undo.title} data-testid="undo"><Icon name="undo" /> <span className="btn-text">{undo.label}</span></button>
        <button type="button" className="btn btn-quiet" onClick={redo.run} disabled={!redo.enabled} title={redo.title} data-testid="redo"><Icon name="redo" /> <span className="btn-text">{redo.label}</span></button>
        <span className="header-sep" aria-hidden="true" />
        <button type="button" className="btn" onClick={() => fileInput.current?.click()} data-testid="import">{importing.label}</button>
        <input
          ref={fileInput}
          type="file"
          // No accept filter: a Vagrantfile has no extension; the content says what a file is.
          // Several files: a Compose file with its project's .env.
          multiple
          hidden
          data-testid="import-input"
          onChange={(e) => {
            const files = Array.from(e.target.files ?? []);
            if (files.length > 0) run('importScenario', files);
            e.target.value = '';
          }}
        />
        <button type="button" className="btn" data-testid="export" onClick={exporting.run}>{exporting.label}</button>
        <button type="button" className="btn" data-testid="share" onClick={share.run}>{share.label}</button>
        <span className="header-sep" aria-hidden="true" />
        <TourPicker />
        <PresenterToggle />
        <ClassViewButton />
        <button type="button" className="btn btn-lang" data-testid="lang-toggle" title={language.description} lang={i18n.language === 'ja' ? 'en' : 'ja'} onClick={language.run}
          onPointerEnter={() => prefetchLanguage('ja')} onFocus={() => prefetchLanguage('ja')}>
          {language.label}
        </button>
      </div>
    </header>
  );
}
