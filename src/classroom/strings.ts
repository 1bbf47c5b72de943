/**
 * The classroom's strings (tours, exercises, presenter mode, chart exports): i18next
 * namespace `classroom`, used as `t('classroom:hint')`. Same keys in both languages.
 */
import type { Messages } from '../i18n/messages';

export const en = {
  tour: 'Tour',
  step: 'Step {{n}} of {{total}}',
  waiting: 'Your turn: {{what}}',
  waitDone: 'Done: you can go on.',
  check: 'Check',
  correct: 'Correct.',
  wrong: 'Not quite: try again.',
  goals: 'Exercise',
  goalsDone: '{{done}} of {{total}} done',
  hint: 'Hint',
  invalid: 'This scenario’s classroom blocks have errors: {{error}}',
  exportHeading: '{{scenario}} — at {{time}} (Utsuwa)',
};

export const ja: Messages<typeof en> = {
  tour: 'ツアー',
  step: 'ステップ {{n}} / {{total}}',
  waiting: 'あなたの番: {{what}}',
  waitDone: 'できました。先へ進めます。',
  check: '答え合わせ',
  correct: '正解です。',
  wrong: '違います。もう一度。',
  goals: '演習',
  goalsDone: '{{total}} 個中 {{done}} 個達成',
  hint: 'ヒント',
  invalid: 'このシナリオの授業用ブロックにエラーがあります: {{error}}',
  exportHeading: '{{scenario}} — {{time}} 時点（Utsuwa）',
};
