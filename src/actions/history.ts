/** Undo and redo of the document (never of the running simulation). */
import { defineAction } from './types';

export const undo = defineAction({
  name: 'undo',
  label: 'undo',
  shortcuts: ['Mod+Z'],
  when: (s) => s.ws.past.length > 0,
  perform: ({ store }) => store.getState().undo(),
});

export const redo = defineAction({
  name: 'redo',
  label: 'redo',
  shortcuts: ['Mod+Shift+Z', 'Mod+Y'],
  when: (s) => s.ws.future.length > 0,
  perform: ({ store }) => store.getState().redo(),
});
