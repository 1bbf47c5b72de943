/** The `terminal` namespace in Japanese (same keys as ./strings.ts), loaded when Japanese is chosen (src/i18n/resources-ja.ts). */
import type { Messages } from '../i18n/messages';
import type { en } from './strings';

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
