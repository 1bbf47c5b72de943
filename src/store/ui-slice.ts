/** The UI slice: selection, the open tab and view, notices, palette choices, whether the first load is done. */
import type { StateCreator } from 'zustand';
import type { UiSlice, WorkspaceState } from './types';
import { DEFAULT_CONTAINER_CHOICE, DEFAULT_VM_CHOICE } from '../document/specs';

export const createUiSlice: StateCreator<WorkspaceState, [], [], UiSlice> = (set) => ({
  selected: null,
  panels: { tab: 'startup', inside: 'explorer', opened: 0 },
  openPanel(tab, inside, instance) {
    set((s) => {
      const panels = { tab, inside: inside ?? s.panels.inside, opened: instance === undefined ? s.panels.opened : s.panels.opened + 1 };
      return instance === undefined ? { panels } : { panels, selected: instance };
    });
  },
  notice: null,
  storageNotices: [],
  loaded: false,
  vmChoice: DEFAULT_VM_CHOICE,
  containerChoice: DEFAULT_CONTAINER_CHOICE,
  select(name) {
    set({ selected: name });
  },
  notify(notice) {
    set({ notice });
  },
  setStorageNotice(kind, notice) {
    set((s) => {
      const others = s.storageNotices.filter((n) => n.kind !== kind);
      if (!notice && others.length === s.storageNotices.length) return {};
      return { storageNotices: notice ? [...others, notice] : others };
    });
  },
  setLoaded() {
    set({ loaded: true });
  },
  setVmChoice(vmChoice) {
    set({ vmChoice });
  },
  setContainerChoice(containerChoice) {
    set({ containerChoice });
  },
});
