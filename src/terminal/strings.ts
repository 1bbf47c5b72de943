/**
 * The terminal's own strings: i18next namespace `terminal`, used as `t('terminal:welcome')`.
 * Same keys in both languages.
 */
import type { Messages } from '../i18n/messages';

export const en = {
  tab: 'Terminal',
  target: 'Shell in',
  host: 'host (utsuwa-host)',
  vm: 'VM',
  container: 'container',
  welcome: 'Utsuwa terminal: commands run against the simulation. Type help for the list.',
  notLoaded: '(the simulation is not loaded yet)',
  failed: 'utsuwa: the command could not run: {{reason}}',
  gone: '(the instance {{name}} is gone: back on the host)',
  notReady: '({{name}} did not become ready: {{why}})',
};

export const ja: Messages<typeof en> = {
  tab: 'ターミナル',
  target: 'シェルの場所',
  host: 'ホスト (utsuwa-host)',
  vm: 'VM',
  container: 'コンテナ',
  welcome: 'Utsuwa ターミナル: コマンドはシミュレーションに対して実行されます。help で一覧を表示します。',
  notLoaded: '(シミュレーションはまだ読み込まれていません)',
  failed: 'utsuwa: コマンドを実行できませんでした: {{reason}}',
  gone: '({{name}} はなくなりました: ホストに戻ります)',
  notReady: '({{name}} は準備完了になりませんでした: {{why}})',
};
