/**
 * Server-rendering the page's components against a real workspace store (the InlineDriver
 * runs the engine in-thread), to read the text a user would see.
 */
import { expect } from 'vitest';
import { renderToString } from 'react-dom/server';
import { createElement, type ReactNode } from 'react';
import { createWorkspaceStore } from '../../../src/store/index';
import { WorkspaceContext } from '../../../src/store/context';
import { InlineDriver } from '../../../src/worker/inline-driver';
import { setupI18n } from '../../../src/i18n/setup';
import { loadPreset } from '../golden/presets';

export function initEnglish(): void {
  setupI18n('en');
}

/** A workspace with a preset loaded, and a renderer of components inside it. */
export function presetWorkspace(id: string) {
  const store = createWorkspaceStore(new InlineDriver());
  store.getState().replaceDocument(loadPreset(id), { kind: 'preset', id });
  // Server rendering reads zustand's initial state; let it read the current one.
  const current = { ...store, getInitialState: store.getState };
  const render = (node: ReactNode) => renderToString(createElement(WorkspaceContext.Provider, { value: current }, node));
  return { store, render };
}

/** The text of the first element with `data-testid` (after `from`, when given), tags stripped. */
export function textOf(html: string, testId: string, from = 0): string {
  const start = html.indexOf(`data-testid="${testId}"`, from);
  expect(start, testId).toBeGreaterThan(-1);
  const open = html.lastIndexOf('<', start);
  const tag = /^<(\w+)/.exec(html.slice(open))![1]!;
  const end = html.indexOf(`</${tag}>`, start);
  return html.slice(html.indexOf('>', start) + 1, end).replace(/<!-- -->/g, '').replace(/<[^>]+>/g, '');
}
