/** The scenario as a file or a link: open a preset, import, export, share; and the language. */
import { openPreset as open } from '../files/boot';
import { PRESETS } from '../files/presets';
import { importFile, downloadText } from '../files/import';
import { exportFileName, writeScenario } from '../files/scenario-io';
import { shareHash } from '../files/share';
import { defineAction } from './types';

/** A preset by its id (a file name in scenarios/ without extension), or `empty`. */
export const openPreset = defineAction<string>({
  name: 'openPreset',
  label: 'openPreset',
  when: (_s, id) => id === 'empty' || PRESETS.some((p) => p.id === id),
  perform: ({ store }, id) => open(store, id),
});

/**
 * A scenario file the user picked or dropped: validated, all or nothing. The header's button
 * opens the file picker, whose choice comes back here; a drop on the page comes here too.
 * Several files: a Compose file and its project's `.env`.
 */
export const importScenario = defineAction<File | File[] | undefined>({
  name: 'importScenario',
  label: 'import',
  when: (_s, file) => file !== undefined && (!Array.isArray(file) || file.length > 0),
  perform: ({ store }, file) => importFile(store, file!),
});

export const exportScenario = defineAction({
  name: 'exportScenario',
  label: 'export',
  perform: ({ store }) => {
    const { doc, actions } = store.getState();
    downloadText(writeScenario(doc, actions), exportFileName(doc));
  },
});

/** Puts the scenario and the user's actions in the address (`#s=`) and copies that link. */
export const shareLink = defineAction({
  name: 'shareLink',
  label: 'share',
  perform: async ({ store }) => {
    const url = new URL(window.location.href);
    url.search = '';
    url.hash = shareHash(store.getState().doc, store.getState().actions);
    window.history.replaceState(null, '', url);
    try {
      await navigator.clipboard.writeText(url.toString());
      store.getState().notify({ kind: 'info', key: 'header.shareCopied' });
    } catch {
      store.getState().notify({ kind: 'info', key: 'header.shareReady' });
    }
  },
});

/** English ⇄ Japanese. Its label is the other language's name, in that language. */
export const toggleLanguage = defineAction({
  name: 'toggleLanguage',
  label: 'language',
  description: 'languageLabel',
  perform: ({ i18n }, _arg, s) => i18n.changeLanguage(s.lang === 'ja' ? 'en' : 'ja'),
});
