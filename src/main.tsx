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
import { afterNextPaint, bootWorkspace, clearBootParams, openCompiledPreset, openLinkOnHashChange } from './files/boot';
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

/**
 * Not top-level awaits: the lazy chunks awaited here import from this entry file, and a chunk
 * that imports a module still evaluating (suspended at a top-level await) waits for it: the
 * page would wait for itself.
 */
async function start(): Promise<void> {
  const driver = await makeDriver();
  const store = createWorkspaceStore(driver);
  startPlaybackLoop(store, driver);
  exposeTestHandle(store);

  // The first load starts before React. A preset asked for by name opens compiled (boot.ts):
  // the first render then waits for it alone (asked for by index.html and ./first-downloads.ts),
  // so its board is drawn at 0 s at once, and the rest of the workspace after it
  // (./components/board-first.tsx); a link or the autosave needs the parser, and empty
  // frames show meanwhile.
  const saver = createSaver(store);
  const bootHref = window.location.href;
  const quick = openCompiledPreset(store, window.location, saver);
  const booted = quick.then(async (opened) => {
    await bootWorkspace(store, window.location, saver, opened);
    return opened;
  });
  await Promise.all([i18nReady, quick]);

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App store={store} />
    </StrictMode>,
  );

  const opened = await booted;
  // After the board has been painted: replaceState took ~170 ms of the first load under load.
  afterNextPaint(() => clearBootParams(bootHref));
  void parsePresetsWhenIdle();
  startAutosave(store, saver, opened);
  openLinkOnHashChange(store);
}

void start();
