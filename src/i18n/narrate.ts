/**
 * The event log in plain words. English is sim-core's narrate() (the runner's too); Japanese
 * is here, one case per log type, filled from the entry's typed data. Both switches are
 * exhaustive: a new log type does not compile until both languages narrate it.
 */
import { narrate, unhandledLogType, type LogEntry } from '@utsuwa/sim-core';
import { formatBytes, formatDuration } from '@utsuwa/sim-core/format';
import i18next from 'i18next';

// Japanese is narrated only while the page is in Japanese, so its tables are loaded.
const phaseJa = (p: string): string => i18next.t(`phase.${p}`, { lng: 'ja', defaultValue: p });
const list = (v: readonly string[]): string => v.join('、');

function narrateJa(e: LogEntry): string {
  const who = e.subject;
  switch (e.type) {
    case 'instance/added': return `${who}（${e.data.kind === 'vm' ? 'VM' : 'コンテナ'}）を追加しました`;
    case 'instance/starting': return `${who} の起動開始: ${e.data.phases.map(phaseJa).join(' → ')}`;
    case 'instance/phase-started': return `${who}: ${phaseJa(e.data.phase)} を開始`;
    case 'instance/phase-ended': return `${who}: ${phaseJa(e.data.phase)} 完了（${formatDuration(e.data.ms)}）`;
    case 'instance/ready': return `${who} が ${formatDuration(e.data.readyMs)} で準備完了`;
    case 'container/logged': return `${who} が ${e.data.path} に ${formatBytes(e.data.bytes)} 書き込みました。これは ${e.data.stream} へのリンクなので、書き込み可能レイヤーではなくホスト上のログ（現在 ${formatBytes(e.data.logBytes)}）に入ります`;
    case 'instance/stopping': return `${who} を停止中: ${e.data.signal} を送信${e.data.graceMs !== null ? `。アプリはこれを無視するため ${formatDuration(e.data.graceMs)} 後に SIGKILL` : ''}`;
    case 'instance/stopped': return `${who} が停止しました（終了コード ${e.data.exitCode}）${e.data.ms ? `。停止の指示から ${formatDuration(e.data.ms)}` : ''}${e.data.signal === 'SIGKILL' ? '、SIGKILL で強制終了' : ''}${e.data.reason && e.data.signal !== 'SIGKILL' ? `: ${e.data.reason}` : ''}`;
    case 'instance/killed': return `${who} は ${e.data.signal} で強制終了されました（終了コード ${e.data.exitCode}）${e.data.reason === 'docker kill' ? ': docker kill' : ''}`;
    case 'instance/removed': return `${who} を削除しました`;
    case 'instance/restarting': return `${who} が終了しました（終了コード ${e.data.exitCode}）。再起動ポリシー ${e.data.policy} により ${formatDuration(e.data.delayMs)} 後に再起動します（${e.data.attempt} 回目。Docker は待ち時間を 100 ms から毎回 2 倍にし、最大 1 分）`;
    case 'instance/paused': return `${who} を一時停止しました: プロセスは凍結され、メモリは保持されたまま CPU を使いません`;
    case 'instance/unpaused': return `${who} の一時停止を解除しました: プロセスが再び動きます`;
    case 'instance/suspending': return `${who} の状態を保存中: VM を一時停止し、メモリを ${formatBytes(e.data.stateBytes)} の状態ファイルとしてホストのディスクに書き出しています`;
    case 'instance/suspended': return `${who} の状態を ${formatDuration(e.data.ms)} で保存しました: ${formatBytes(e.data.stateBytes)} の状態ファイルがホストのディスクにあり、VM のプロセスはなく、ホストの RAM は解放されました`;
    case 'instance/resuming': return `${who} を再開中: 起動せずに ${formatBytes(e.data.stateBytes)} の状態ファイルを読み戻します`;
    case 'instance/start-failed': return `${who} は起動に失敗しました: ${e.data.reason}`;
    case 'instance/load-changed': {
      const parts = [];
      if (e.data.memoryBytes !== null) parts.push(`メモリ ${formatBytes(e.data.memoryBytes)} を保持`);
      if (e.data.cpu !== null) parts.push(`${e.data.cpu} コアを使用`);
      return `${who} の負荷が変わりました${parts.length ? `: ${parts.join('、')}` : ''}`;
    }
    case 'container/waiting-for-vm': return `${who} は VM ${e.data.vm} の起動完了を待っています`;
    case 'instance/health': return e.data.status === 'starting'
      ? `${who} のヘルスチェックが始まりました: プローブが成功するまで health: starting です`
      : e.data.status === 'healthy'
        ? `${who} は healthy になりました: ヘルスチェックのプローブが成功しました`
        : `${who} は unhealthy になりました: プローブが ${e.data.failingStreak} 回続けて失敗しました`;
    case 'container/waiting-for-dependencies': return `${who} はまだ起動しません: docker compose up と同じく ${e.data.waitingFor.join('、')} を待っています`;
    case 'container/dependencies-met': return `${who} の依存先の条件が満たされました（${e.data.dependencies.join('、')}）${e.data.skipped.length > 0 ? `。${e.data.skipped.join('。')}` : ''}: 起動します`;
    case 'container/dependency-failed': return `${who} は起動されません: ${e.data.reason}`;
    case 'oom/killed': {
      const d = e.data;
      if (d.scope === 'cgroup') return `OOM キラー: ${who} は ${formatBytes(d.wantedBytes)} を求めましたが、cgroup の memory.max は ${formatBytes(d.limitBytes)} です`;
      if (d.scope === 'guest') return `VM ${d.vm} のゲスト OOM キラーが ${who} を終了させました`;
      return `ホストのメモリが尽き、OOM キラーが ${who}（${formatBytes(d.rssBytes)}）を選びました`;
    }
    case 'cgroup/throttled': return `${who} はスロットリングされています: ${e.data.wants} コアを求め、上限は ${e.data.quota}`;
    case 'cgroup/unthrottled': return `${who} のスロットリングが解除されました`;
    case 'cgroup/limits-changed': {
      const { memoryBytes, cpus } = e.data;
      return `${who} の制限が変更されました: メモリ ${memoryBytes === null ? '無制限' : formatBytes(memoryBytes)}、CPU ${cpus === null ? '無制限' : cpus}`;
    }
    case 'image/layer-download-started': return `${who}: レイヤー ${e.data.layer}（${formatBytes(e.data.bytes)}）をプル中`;
    case 'image/layer-downloaded': return `レイヤー ${e.data.layer} のダウンロード完了`;
    case 'image/layer-extracted': return `レイヤー ${e.data.layer} をディスクに展開しました（${formatBytes(e.data.bytes)}）`;
    case 'fs/copied-up': return `${who}: ${e.data.path}（${formatBytes(e.data.bytes)}）を書き込み可能レイヤーへコピーアップ`;
    case 'fs/written': return `${who} が ${e.data.path}（${formatBytes(e.data.bytes)}）を書き込みました`;
    case 'fs/whiteout': return `${who} が ${e.data.path} を削除: ホワイトアウトがイメージ側のファイルを隠します`;
    case 'fs/deleted': return `${who} が ${e.data.path} を削除しました`;
    case 'fs/opaque-dir': return `${who} が ${e.data.path} を不透明ディレクトリにしました: イメージ側のその下のファイルは見えません`;
    case 'disk/written': return `${who} が ${e.data.path} を書き込み、ディスクは ${formatBytes(e.data.diskBytes)} に`;
    case 'disk/deleted': return `${who} が ${e.data.path} を削除しました（ディスクファイルは縮みません）`;
    case 'memory/pages-reported': return `${who} のゲストが空きページ ${formatBytes(e.data.returnedBytes)} を報告しました (free page reporting)。ホストはそれを回収し、いまは ${formatBytes(e.data.hostBytes)} を割り当てています`;
    case 'memory/swapped': {
      const d = e.data;
      if (d.scope === 'cgroup') return `${who} が memory.max を超え、${formatBytes(d.swapBytes)} がスワップに出ました (memory.swap.max ${d.swapMaxBytes === null ? '無制限' : formatBytes(d.swapMaxBytes)})。OOM で強制終了されず、遅くなって動き続けます`;
      return `ホストの RAM がいっぱいです: ${formatBytes(d.swapBytes)} がスワップに出ています (スワップ ${formatBytes(d.swapTotalBytes)} のうち)。OOM キラーはスワップもいっぱいになるまで待ちます`;
    }
    case 'security/compromised': return `${who} が攻撃されました（${e.data.kind === 'kernel' ? 'カーネル' : 'アプリ'}）: 攻撃者が握ったもの: ${list(e.data.targets)}`;
    case 'action/rejected': return `${who} への操作 ${e.data.action.replace('instance/', '')} はできませんでした: ${e.data.reason}`;
    default: return unhandledLogType(e);
  }
}

export function narrateEntry(entry: LogEntry, lang: string): string {
  return lang === 'ja' ? narrateJa(entry) : narrate(entry);
}
