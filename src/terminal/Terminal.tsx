/**
 * The Terminal tab: a real terminal emulator (xterm.js) on the host or inside any instance
 * on the board. Commands run in the worker (sim-core/terminal); their effects go through
 * the store's own actions. React renders the target picker; xterm owns the screen's DOM.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '@xterm/xterm/css/xterm.css';
import './terminal.css';
import { useWorkspaceShallow, useWorkspaceStore } from '../store/context';
import type { WorkspaceState } from '../store/types';
import { TerminalController } from './controller';
import type { TabPanelProps } from '../components/useTabs';

const selectTargets = (s: WorkspaceState): string[] =>
  (s.view?.instances ?? []).map((i) => `${i.name}\u0000${i.kind}`);

/**
 * Mounted with the charts area; the session starts the first time the tab shows and lives on
 * while hidden. `panel`: the tab panel's id and label from the charts area's tab list.
 */
export function TerminalPanel({ visible, panel, takeFocus = true }: { visible: boolean; panel?: TabPanelProps; takeFocus?: boolean }) {
  const { t } = useTranslation();
  const [started, setStarted] = useState(visible);
  if (visible && !started) setStarted(true);
  const store = useWorkspaceStore();
  const targets = useWorkspaceShallow(selectTargets);
  const [where, setWhere] = useState('host');
  const screenRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<TerminalController | null>(null);
  const tRef = useRef(t);
  tRef.current = t;

  useEffect(() => {
    const element = screenRef.current;
    if (!element || !started) return;
    const controller = new TerminalController({
      store,
      onWhereChange: setWhere,
      t: (key, params) => tRef.current(key, params),
    });
    controller.attach(element);
    if (takeFocusRef.current) controller.focus();
    controllerRef.current = controller;
    return () => {
      controller.dispose();
      controllerRef.current = null;
    };
  }, [store, started]);

  // Shown by a click, the terminal takes the keys; reached with the tab list's arrow keys, the
  // focus stays on the tab (the WAI-ARIA tabs pattern: Tab then enters the panel).
  const takeFocusRef = useRef(takeFocus);
  useEffect(() => {
    takeFocusRef.current = takeFocus;
  }, [takeFocus]);
  useEffect(() => {
    if (visible && takeFocusRef.current) controllerRef.current?.focus();
  }, [visible]);

  useEffect(() => {
    controllerRef.current?.checkWhere();
  }, [targets]);

  const choose = (value: string): void => {
    setWhere(value);
    controllerRef.current?.setWhere(value);
    controllerRef.current?.focus();
  };

  return (
    <div className="terminal-panel" role="tabpanel" {...panel} data-testid="terminal" hidden={!visible}>
      <div className="terminal-bar">
        <label htmlFor="terminal-target">{t('terminal:target')}</label>
        <select id="terminal-target" data-testid="terminal-target" value={where} onChange={(e) => choose(e.target.value)}>
          <option value="host">{t('terminal:host')}</option>
          {targets.map((entry) => {
            const [name, kind] = entry.split('\u0000') as [string, string];
            return <option key={name} value={name}>{`${name} (${t(kind === 'vm' ? 'terminal:vm' : 'terminal:container')})`}</option>;
          })}
        </select>
      </div>
      <div className="terminal-screen" ref={screenRef} />
    </div>
  );
}

/** The tab's button, for the charts area's tab list. */
