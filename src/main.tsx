/**
 * Entry: i18n, one workspace store wired to the simulation worker, the frame loop, the first
 * load (link, preset, autosave), then autosave.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './i18n/index';
import { createWorkspaceStore } from './store/index';
import { WorkerDriver, InlineDriver, type SimDriver } from './worker/driver';
import { startPlaybackLoop } from './playback/loop';
import { bootWorkspace, clearBootParams } from './files/boot';
import { startAutosave } from './files/autosave';
import { exposeTestHandle } from './test-handle';
import { App } from './App';
import './styles/base.css';
import './styles/layout.css';
import './styles/board.css';
import './styles/panels.css';

initI18n();

function makeDriver(): SimDriver {
  try {
    return new WorkerDriver();
  } catch {
    return new InlineDriver(); // no module workers (very old browser): run on the page
  }
}

const driver = makeDriver();
const store = createWorkspaceStore(driver);
startPlaybackLoop(store, driver);
exposeTestHandle(store);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);

void bootWorkspace(store, window.location).then(() => {
  clearBootParams();
  startAutosave(store);
});
