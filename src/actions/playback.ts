/** Playback: play or pause, back to the start, on to the next event. */
import { shouldStop } from '../playback/loop';
import { defineAction } from './types';

/** Space, outside presenter mode (where Space goes on with the tour) and never in a field, the terminal or on a button. */
export const togglePlay = defineAction({
  name: 'togglePlay',
  label: (s) => (s.ws.playing ? 'pause' : 'play'),
  shortcuts: ['Space'],
  perform: ({ store }) => {
    const s = store.getState();
    // At the end, play starts again from 0:00.
    if (!s.playing && s.view && shouldStop(s.view.nowMs, s.doc.untilMs, s.view.nextEventMs)) s.seek(0);
    s.setPlaying(!s.playing);
  },
});

export const restart = defineAction({
  name: 'restart',
  label: 'restart',
  perform: ({ store }) => store.getState().seek(0),
});

export const stepEvent = defineAction({
  name: 'stepEvent',
  label: 'step',
  when: (s) => (s.ws.view?.nextEventMs ?? null) !== null,
  perform: ({ store }) => store.getState().stepToNextEvent(),
});
