/**
 * The event log in plain words. English comes from sim-core's narrate(); Japanese has its own
 * templates keyed by the entry's `type`, filled from `entry.data`.
 */
import { narrate, type LogEntry } from '@utsuwa/sim-core';
import { formatBytes, formatDuration } from '../format';
import { ja } from './ja';

const PHASES_JA = ja.phase as Record<string, string>;
const phaseJa = (p: unknown): string => PHASES_JA[String(p)] ?? String(p);
const bytes = (v: unknown): string => formatBytes(Number(v));
const ms = (v: unknown): string => formatDuration(Number(v));
const list = (v: unknown): string => (Array.isArray(v) ? v.join('、') : String(v));

function narrateJa(e: LogEntry): string {
  const d = e.data;
  const who = e.subject;
  switch (e.type) {
    case 'instance/added': return `${who}（${d.kind === 'vm' ? 'VM' : 'コンテナ'}）を追加しました`;
    case 'instance/starting': return `${who} の起動開始: ${(Array.isArray(d.phases) ? d.phases : []).map(phaseJa).join(' → ')}`;
    case 'instance/phase-started': return `${who}: ${phaseJa(d.phase)} を開始`;
    case 'instance/phase-ended': return `${who}: ${phaseJa(d.phase)} 完了（${ms(d.ms)}）`;
    case 'instance/ready': return `${who} が ${ms(d.readyMs)} で準備完了`;
    case 'instance/stopped': return `${who} が停止しました（終了コード ${d.exitCode}）${d.reason ? `: ${d.reason}` : ''}`;
    case 'instance/killed': return `${who} は ${d.signal} で強制終了されました（終了コード ${d.exitCode}）`;
    case 'instance/removed': return `${who} を削除しました`;
    case 'instance/start-failed': return `${who} は起動に失敗しました: ${d.reason}`;
    case 'instance/load-changed': {
      const parts = [];
      if (d.memoryBytes !== null && d.memoryBytes !== undefined) parts.push(`メモリ ${bytes(d.memoryBytes)} を保持`);
      if (d.cpu !== null && d.cpu !== undefined) parts.push(`${d.cpu} コアを使用`);
      return `${who} の負荷が変わりました${parts.length ? `: ${parts.join('、')}` : ''}`;
    }
    case 'container/waiting-for-vm': return `${who} は VM ${d.vm} の起動完了を待っています`;
    case 'oom/killed':
      if (d.scope === 'cgroup') return `OOM キラー: ${who} は ${bytes(d.wantedBytes)} を求めましたが、cgroup の memory.max は ${bytes(d.limitBytes)} です`;
      if (d.scope === 'guest') return `VM ${d.vm} のゲスト OOM キラーが ${who} を終了させました`;
      return `ホストのメモリが尽き、OOM キラーが ${who}（${bytes(d.rssBytes)}）を選びました`;
    case 'cgroup/throttled': return `${who} はスロットリングされています: ${d.wants} コアを求め、上限は ${d.quota}`;
    case 'cgroup/unthrottled': return `${who} のスロットリングが解除されました`;
    case 'cgroup/limits-changed': return `${who} の制限が変更されました`;
    case 'image/layer-download-started': return `${who}: レイヤー ${d.layer}（${bytes(d.bytes)}）をプル中`;
    case 'image/layer-downloaded': return `レイヤー ${d.layer} のダウンロード完了`;
    case 'image/layer-extracted': return `レイヤー ${d.layer} をディスクに展開しました`;
    case 'fs/copied-up': return `${who}: ${d.path}（${bytes(d.bytes)}）を書き込み可能レイヤーへコピーアップ`;
    case 'fs/written': return `${who} が ${d.path}（${bytes(d.bytes)}）を書き込みました`;
    case 'fs/whiteout': return `${who} が ${d.path} を削除: ホワイトアウトがイメージ側のファイルを隠します`;
    case 'fs/deleted': return `${who} が ${d.path} を削除しました`;
    case 'disk/written': return `${who} が ${d.path} を書き込み、ディスクは ${bytes(d.diskBytes)} に`;
    case 'disk/deleted': return `${who} が ${d.path} を削除しました`;
    case 'security/compromised': return `${who} が攻撃されました（${d.kind === 'kernel' ? 'カーネル' : 'アプリ'}）: 攻撃者が握ったもの: ${list(d.targets)}`;
    case 'action/rejected': return `${who} への操作 ${String(d.action).replace('instance/', '')} はできませんでした: ${d.reason}`;
    default: return `${who}: ${e.type}`;
  }
}

export function narrateEntry(entry: LogEntry, lang: string): string {
  return lang === 'ja' ? narrateJa(entry) : narrate(entry);
}
