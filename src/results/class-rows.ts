/** The class view's table, as text: one row per file read, for the page and for the CSV. */
import type { ClassRow } from './results-store';

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export interface ClassCells {
  file: string;
  learner: string;
  exercise: string;
  goals: string;
  answers: string;
  time: string;
  checksum: string;
  valid: boolean;
}

/** `12 min 30 s` of the learner's time, in the app's duration format. */
function minutes(ms: number, format: (ms: number) => string): string {
  return format(Math.round(ms / 1000) * 1000);
}

export function classCells(row: ClassRow, t: Translate, formatDuration: (ms: number) => string): ClassCells {
  if (!row.read.ok) {
    const p = row.read.partial;
    return {
      file: row.file,
      learner: p?.learner ?? '—',
      exercise: p?.exercise?.title ?? '—',
      goals: '—',
      answers: '—',
      time: '—',
      checksum: t('classroom:invalidBecause', { reason: t(`classroom:reason.${row.read.invalid.reason}`, { detail: row.read.invalid.detail ?? '' }) }),
      valid: false,
    };
  }
  const r = row.read.result;
  const met = r.goals.filter((g) => g.met).length;
  const right = r.answers.filter((a) => a.correct).length;
  return {
    file: row.file,
    learner: r.learner,
    exercise: r.exercise.title,
    goals: r.goals.length > 0 ? t('classroom:goalsMet', { met, total: r.goals.length }) : '—',
    answers: r.answers.length > 0 ? t('classroom:answersRight', { right, total: r.answers.length }) : '—',
    time: minutes(r.durationMs, formatDuration),
    checksum: t('classroom:valid'),
    valid: true,
  };
}

/** The CSV's rows: the header, then each file; answers spelled out so the teacher can read them. */
export function classCsvRows(rows: readonly ClassRow[], t: Translate, formatDuration: (ms: number) => string): string[][] {
  const header = ['colLearner', 'colExercise', 'colGoals', 'colAnswers', 'colTime', 'colChecksum', 'colFile'].map((k) => t(`classroom:${k}`));
  return [header, ...rows.map((row) => {
    const c = classCells(row, t, formatDuration);
    const detail = row.read.ok ? row.read.result.answers.map((a) => `${a.step}. ${a.answer ?? '—'} ${a.correct ? '✓' : '✗'}`).join('; ') : '';
    return [c.learner, c.exercise, c.goals, detail ? `${c.answers} (${detail})` : c.answers, c.time, c.checksum, c.file];
  })];
}
