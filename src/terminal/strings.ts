/** The terminal's own strings, added to i18next under `terminal.*` (kept out of the shared en/ja files). */
import i18next from 'i18next';

export const TERMINAL_STRINGS = {
  en: {
    tab: 'Terminal',
    target: 'Shell in',
    host: 'host (utsuwa-host)',
    vm: 'VM',
    container: 'container',
    welcome: 'Utsuwa terminal: commands run against the simulation. Type help for the list.',
    notLoaded: '(the simulation is not loaded yet)',
    failed: 'utsuwa: the command could not run: {{reason}}',
    gone: '(the instance {{name}} is gone: back on the host)',
  },
  ja: {
    tab: 'ターミナル',
    target: 'シェルの場所',
    host: 'ホスト (utsuwa-host)',
    vm: 'VM',
    container: 'コンテナ',
    welcome: 'Utsuwa ターミナル: コマンドはシミュレーションに対して実行されます。help で一覧を表示します。',
    notLoaded: '(シミュレーションはまだ読み込まれていません)',
    failed: 'utsuwa: コマンドを実行できませんでした: {{reason}}',
    gone: '({{name}} はなくなりました: ホストに戻ります)',
  },
} as const;

let registered = false;

function add(): void {
  for (const lang of ['en', 'ja'] as const) {
    i18next.addResourceBundle(lang, 'translation', { terminal: TERMINAL_STRINGS[lang] }, true, true);
  }
}

/** i18next adds its resource methods in init(): before that, wait for it. */
export function registerTerminalStrings(): void {
  if (registered) return;
  registered = true;
  if (i18next.isInitialized) add();
  else i18next.on('initialized', add);
}
