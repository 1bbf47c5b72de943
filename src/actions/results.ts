/**
 * Results a teacher can collect: a learner saves their result (a file with a checksum), a
 * teacher opens the class view and reads many such files (src/results/).
 */
import { scenarioTitle } from '../files/scenario-io';
import { download } from '../classroom/export';
import { hasResult, resultContent } from '../results/result-content';
import { resultsStore, setClassView } from '../results/results-store';
import { defineAction, type ActionState } from './types';

function currentTour(s: ActionState) {
  return s.classroom.tour?.base.tour ?? null;
}

/** Saves the learner's result: needs their name, and an exercise or a tour with questions open. */
export const saveResult = defineAction({
  name: 'saveResult',
  label: 'saveResult',
  when: (s) => hasResult(s.ws.doc, currentTour(s)) && resultsStore.getState().learner.trim() !== '',
  perform: async (_ctx, _arg, s) => {
    const { learner, openedAt } = resultsStore.getState();
    const origin = s.ws.origin;
    const content = resultContent({
      doc: s.ws.doc,
      presetId: origin.kind === 'preset' ? origin.id : null,
      title: scenarioTitle(s.ws.doc, s.lang),
      view: s.ws.view,
      tour: currentTour(s),
      answers: s.classroom.answers,
      learner,
      lang: s.lang === 'ja' ? 'ja' : 'en',
      startedAt: openedAt,
      finishedAt: new Date(),
    });
    // The result file's schema (zod) loads with the first save.
    const { resultFileName, resultText, sealResult } = await import('../results/result-file');
    const file = await sealResult(content);
    download(new Blob([resultText(file)], { type: 'application/json' }), resultFileName(content));
  },
});

export const openClassView = defineAction({
  name: 'openClassView',
  label: 'classView',
  perform: () => setClassView(true),
});

export const closeClassView = defineAction({
  name: 'closeClassView',
  label: 'close',
  when: () => resultsStore.getState().classView,
  perform: () => setClassView(false),
});
