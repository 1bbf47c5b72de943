/** The workspace: header, palette, host board, inspector, playback bar, charts and event log. */
import { lazy, Suspense } from 'react';
import { WorkspaceContext } from './store/context';
import type { WorkspaceStore } from './store/index';
import { Header } from './components/Header';
import { Palette } from './components/Palette';
import { HostBoard } from './components/HostBoard';
import { PlaybackBar } from './components/PlaybackBar';
import { ChartsArea } from './components/ChartsArea';
import { NoticeBar } from './components/NoticeBar';
import { DragLayer } from './components/DragLayer';
import { FileDropZone } from './components/FileDropZone';
import { useShortcuts } from './components/useShortcuts';
import { ClassroomOverlays, ClassroomPanel } from './classroom/ClassroomPanel';
import { PresenterCaption } from './classroom/Presenter';
import { HostInspector } from './components/HostInspector';
import { AfterBoard, BoardPaintedSignal } from './components/board-first';

// The inspector's forms and the event log's narration load just after the first paint.
const Inspector = lazy(() => import('./components/Inspector').then((m) => ({ default: m.Inspector })));
const EventLog = lazy(() => import('./components/EventLog').then((m) => ({ default: m.EventLog })));

// Until the first document is in (./components/DragLayer.tsx): the three columns' empty
// frames, so nothing moves when the area is drawn.
const WAITING = (
  <>
    <div className="panel is-waiting" aria-hidden="true" />
    <div className="panel is-waiting" aria-busy="true" />
    <div className="panel is-waiting" aria-hidden="true" />
  </>
);

// The palette's, the charts' and the side column's frames while the board is drawn first
// (./components/board-first.tsx).
const PALETTE_WAITING = <div className="palette panel" aria-busy="true" />;
const CHARTS_WAITING = <section className="charts panel" aria-busy="true" />;
const SIDE_WAITING = (
  <>
    <div className="panel" aria-busy="true" />
    <div className="panel" aria-hidden="true" />
  </>
);

function Workspace() {
  useShortcuts();
  return (
    <FileDropZone>
      <div className="workspace">
        <Header />
        <DragLayer waiting={WAITING}>
          <AfterBoard fallback={PALETTE_WAITING}><Palette /></AfterBoard>
          <main className="center">
            <HostBoard />
            <PlaybackBar />
            <AfterBoard fallback={CHARTS_WAITING}><ChartsArea /></AfterBoard>
          </main>
          <aside className="side">
            <AfterBoard fallback={SIDE_WAITING}>
              <ClassroomPanel />
              <Suspense fallback={<HostInspector />}><Inspector /></Suspense>
              <Suspense fallback={null}><EventLog /></Suspense>
            </AfterBoard>
          </aside>
          <BoardPaintedSignal />
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
