/**
 * Entry: i18n, one workspace store wired to the simulation worker, the frame loop, the first
 * load (link, preset, autosave), then autosave.
 */
// First: starts the downloads the first board waits for (see the module).
import './first-downloads';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './i18n/index';
import { createWorkspaceStore } from './store/index';
import { WorkerDriver, type SimDriver } from './worker/driver';
import { startPlaybackLoop } from './playback/loop';
import { afterNextPaint, bootWorkspace, clearBootParams, openLinkOnHashChange } from './files/boot';
import { createSaver, startAutosave } from './files/autosave';
import { parsePresetsWhenIdle } from './files/presets';
import { exposeTestHandle } from './test-handle';
import { App } from './App';
import './styles/base.css';
import './styles/layout.css';
import './styles/board.css';
import './styles/panels.css';

// Japanese, when it is the starting language, loads while the worker starts.
const i18nReady = initI18n();

async function makeDriver(): Promise<SimDriver> {
  try {
    return new WorkerDriver();
  } catch {
    // No module workers (a very old browser, or the single file opened from file://): run on
    // the page. The engine loads only then; the worker has its own copy.
    const { InlineDriver } = await import('./worker/inline-driver');
    return new InlineDriver();
  }
}

const driver = await makeDriver();
const store = createWorkspaceStore(driver);
startPlaybackLoop(store, driver);
exposeTestHandle(store);
await i18nReady;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);

const saver = createSaver(store);
const bootHref = window.location.href;
void bootWorkspace(store, window.location, saver).then(() => {
  // After the board has been painted: replaceState took ~170 ms of the first load under load.
  afterNextPaint(() => clearBootParams(bootHref));
  void parsePresetsWhenIdle();
  startAutosave(store, saver);
  openLinkOnHashChange(store);
});
