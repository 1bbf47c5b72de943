/** The workspace: header, palette, host board, inspector, playback bar, charts and event log. */
import { WorkspaceContext } from './store/context';
import type { WorkspaceStore } from './store/index';
import { Header } from './components/Header';
import { Palette } from './components/Palette';
import { HostBoard } from './components/HostBoard';
import { Inspector } from './components/Inspector';
import { PlaybackBar } from './components/PlaybackBar';
import { ChartsArea } from './components/ChartsArea';
import { EventLog } from './components/EventLog';
import { NoticeBar } from './components/NoticeBar';
import { DragLayer } from './components/DragLayer';
import { FileDropZone } from './components/FileDropZone';
import { useShortcuts } from './components/useShortcuts';
import { ClassroomOverlays, ClassroomPanel } from './classroom/ClassroomPanel';
import { PresenterCaption } from './classroom/Presenter';

function Workspace() {
  useShortcuts();
  return (
    <FileDropZone>
      <div className="workspace">
        <Header />
        <DragLayer>
          <Palette />
          <main className="center">
            <HostBoard />
            <PlaybackBar />
            <ChartsArea />
          </main>
          <aside className="side">
            <ClassroomPanel />
            <Inspector />
            <EventLog />
          </aside>
        </DragLayer>
        <PresenterCaption />
        <ClassroomOverlays />
        <NoticeBar />
      </div>
    </FileDropZone>
  );
}

export function App({ store }: { store: WorkspaceStore }) {
  return (
    <WorkspaceContext.Provider value={store}>
      <Workspace />
    </WorkspaceContext.Provider>
  );
}
