/** The store is provided by context (one per workspace) and read with narrow selectors. */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { WorkspaceState } from './types';
import type { WorkspaceStore } from './index';

export const WorkspaceContext = createContext<WorkspaceStore | null>(null);

export function useWorkspaceStore(): WorkspaceStore {
  const store = useContext(WorkspaceContext);
  if (!store) throw new Error('useWorkspace outside <WorkspaceContext.Provider>');
  return store;
}

/** A value from the store; the selector should be defined at module level. */
export function useWorkspace<T>(selector: (s: WorkspaceState) => T): T {
  return useStore(useWorkspaceStore(), selector);
}

/** The same with shallow equality, for selectors that build arrays or objects. */
export function useWorkspaceShallow<T>(selector: (s: WorkspaceState) => T): T {
  return useStore(useWorkspaceStore(), useShallow(selector));
}
