/** The classroom's strings in English and Japanese (kept here: no edits to the shared i18n files). */

const en = {
  classroom: {
    tour: 'Tour',
    tourNone: 'Guided tours…',
    tourStart: 'Start the tour',
    tourEnd: 'End tour',
    step: 'Step {{n}} of {{total}}',
    next: 'Next',
    prev: 'Back',
    skip: 'Skip',
    waiting: 'Your turn: {{what}}',
    waitDone: 'Done: you can go on.',
    check: 'Check',
    correct: 'Correct.',
    wrong: 'Not quite: try again.',
    goals: 'Exercise',
    goalsDone: '{{done}} of {{total}} done',
    hint: 'Hint',
    presenter: 'Present',
    presenterOn: 'Leave presenter mode (Esc)',
    presenterKeys: 'Space/→ next · ← back · F full screen · Esc leave',
    export: 'Export',
    exportTimeline: 'Timeline',
    exportMemory: 'Memory chart',
    exportDisk: 'Disk chart',
    exportTable: 'Comparison table',
    exportNothing: 'Open the tab with the chart first.',
    invalid: 'This scenario’s classroom blocks have errors: {{error}}',
  },
};

const ja: typeof en = {
  classroom: {
    tour: 'ツアー',
    tourNone: 'ガイド付きツアー…',
    tourStart: 'ツアーを始める',
    tourEnd: 'ツアーを終える',
    step: 'ステップ {{n}} / {{total}}',
    next: '次へ',
    prev: '戻る',
    skip: 'とばす',
    waiting: 'あなたの番: {{what}}',
    waitDone: 'できました。先へ進めます。',
    check: '答え合わせ',
    correct: '正解です。',
    wrong: '違います。もう一度。',
    goals: '演習',
    goalsDone: '{{total}} 個中 {{done}} 個達成',
    hint: 'ヒント',
    presenter: '発表',
    presenterOn: '発表モードを終える (Esc)',
    presenterKeys: 'Space/→ 次 · ← 戻る · F 全画面 · Esc 終了',
    export: '書き出し',
    exportTimeline: 'タイムライン',
    exportMemory: 'メモリのグラフ',
    exportDisk: 'ディスクのグラフ',
    exportTable: '比較表',
    exportNothing: '先にそのグラフのタブを開いてください。',
    invalid: 'このシナリオの授業用ブロックにエラーがあります: {{error}}',
  },
};

type Params = Record<string, string | number>;

/**
 * The classroom's string for `key` (`classroom.step`) in `lang`, English as fallback, with
 * {{name}} filled in. Looked up here rather than through i18next's store, whose bundles can be
 * added only once it has initialised; the language itself still comes from i18next.
 */
export function classroomText(lang: string, key: string, params: Params = {}): string {
  const table = (lang === 'ja' ? ja : en).classroom as Record<string, string>;
  const name = key.replace(/^classroom\./, '');
  const text = table[name] ?? (en.classroom as Record<string, string>)[name] ?? key;
  return text.replace(/\{\{(\w+)\}\}/g, (_, p: string) => (p in params ? String(params[p]) : ''));
}

export const classroomStrings = { en, ja };
