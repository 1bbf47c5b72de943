/** What a result file says, taken from the workspace: the exercise's goals as they stand, the tour's answers. */
import { checkGoal, pick, type Tour } from '@utsuwa/sim-core/classroom';
import type { Scenario, SimView } from '@utsuwa/sim-core';
import type { ResultContent } from './result-file';
import { RESULT_FORMAT, RESULT_VERSION } from './result-format';

export interface ResultSource {
  doc: Scenario;
  /** The preset's id, when the exercise is a preset (else the scenario's name names it). */
  presetId: string | null;
  title: string;
  view: SimView | null;
  /** The tour in progress and the learner's answers (step index → choice). */
  tour: Tour | null;
  answers: Record<number, { choice: number; checked: boolean }>;
  learner: string;
  lang: 'en' | 'ja';
  startedAt: Date;
  finishedAt: Date;
}

/** Whether there is anything to hand in: an exercise's goals or a tour's questions. */
export function hasResult(doc: Scenario, tour: Tour | null): boolean {
  return doc.goals !== null || (tour?.steps.some((s) => s.question) ?? false);
}

export function resultContent(src: ResultSource): ResultContent {
  const goals = src.doc.goals;
  const answers = (src.tour?.steps ?? []).flatMap((step, i) => {
    if (!step.question) return [];
    const given = src.answers[i];
    const choice = given ? step.question.choices[given.choice] : undefined;
    return [{
      step: i + 1,
      question: pick(step.question.ask, src.lang),
      answer: choice ? pick(choice, src.lang) : null,
      correct: given !== undefined && given.choice === step.question.answer,
    }];
  });
  return {
    format: RESULT_FORMAT,
    version: RESULT_VERSION,
    learner: src.learner.trim(),
    exercise: { id: src.presetId ?? src.doc.name, title: src.title },
    kind: goals ? 'exercise' : 'tour',
    goals: (goals ?? []).map((g) => ({ text: pick(g.text, src.lang), met: src.view !== null && checkGoal(g, src.view, src.doc) })),
    answers,
    simulatedMs: src.view?.nowMs ?? 0,
    startedAt: src.startedAt.toISOString(),
    finishedAt: src.finishedAt.toISOString(),
    durationMs: Math.max(0, src.finishedAt.getTime() - src.startedAt.getTime()),
    lang: src.lang,
  };
}
