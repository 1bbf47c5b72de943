/**
 * Texts of the charts, English and Japanese. Pass one set as `strings` to any chart
 * (`<TimelineChart strings={chartStrings.ja} … />`); the UI picks it from its i18n language.
 * Templates use `{placeholders}` filled by `fill()` in src/viz/format.ts.
 */
export interface ChartStrings {
  timelineTitle: string;
  timelineAria: string; // {count} {ready} {slowest}
  timeAxis: string;
  instanceAxis: string;
  linearScale: string;
  logScale: string;
  switchToLog: string;
  switchToLinear: string;
  now: string;
  ready: string; // {time}
  phaseTooltip: string; // {name} {phase} {duration} {start} {end}
  inProgress: string;
  seekHint: string;
  memoryTitle: string;
  memoryAria: string; // {used} {total} {count}
  memoryAxis: string;
  hostTotal: string; // {total}
  hostOs: string;
  others: string; // {count}
  oomKill: string; // {name} {time}
  diskTitle: string;
  diskAria: string; // {used} {total} {saved}
  hostDisk: string; // {used} {total}
  imageLayers: string;
  writableLayers: string;
  vmDisks: string;
  otherCached: string;
  sharedBy: string; // {names}
  withSharing: string; // {bytes}
  withoutSharing: string; // {bytes}
  more: string; // {count} {bytes}
  comparisonTitle: string;
  comparisonAria: string; // {count}
  colName: string;
  colStartup: string;
  colMemory: string;
  colDisk: string;
  colKernel: string;
  colIsolation: string;
  booting: string;
  notStarted: string;
  diskOwnPlusImage: string; // {own} {image}
  kernelOwn: string;
  kernelSharedHost: string;
  kernelSharedVm: string; // {vm}
  isolation: Record<'hardware-virtualised' | 'namespaces' | 'user-space-kernel' | 'lightweight-vm', string>;
  ratioStartup: string; // {ratio}
  ratioMemory: string; // {ratio}
  ratioDisk: string; // {ratio}
  phases: Record<string, string>;
}

const en: ChartStrings = {
  timelineTitle: 'Startup timeline',
  timelineAria: 'Startup timeline of {count} instances: {ready} ready; slowest {slowest}.',
  timeAxis: 'Simulated time',
  instanceAxis: 'Instance',
  linearScale: 'linear',
  logScale: 'log',
  switchToLog: 'Switch the time axis to a logarithmic scale',
  switchToLinear: 'Switch the time axis to a linear scale',
  now: 'now',
  ready: 'ready {time}',
  phaseTooltip: '{name}: {phase}, {duration} ({start} → {end})',
  inProgress: 'in progress',
  seekHint: 'Click to jump to that time',
  memoryTitle: 'Host memory',
  memoryAria: 'Host memory: {used} used of {total}, by {count} instances and the host OS.',
  memoryAxis: 'Memory',
  hostTotal: 'host RAM {total}',
  hostOs: 'host OS',
  others: '{count} others',
  oomKill: 'OOM kill: {name} at {time}',
  diskTitle: 'Host disk',
  diskAria: 'Host disk: {used} used of {total}; shared image layers save {saved}.',
  hostDisk: '{used} of {total}',
  imageLayers: 'Image layers (stored once, shared)',
  writableLayers: 'Writable layers (one per container)',
  vmDisks: 'VM disks (one per VM)',
  otherCached: 'other cached images',
  sharedBy: 'used by {names}',
  withSharing: 'with shared layers: {bytes}',
  withoutSharing: 'if every container had its own copy: {bytes}',
  more: '+{count} more ({bytes})',
  comparisonTitle: 'VMs and containers compared',
  comparisonAria: 'Comparison of {count} instances: startup, memory, disk, kernel and isolation.',
  colName: 'Instance',
  colStartup: 'Startup',
  colMemory: 'Memory',
  colDisk: 'Disk',
  colKernel: 'Kernel',
  colIsolation: 'Isolation',
  booting: 'booting…',
  notStarted: 'not started',
  diskOwnPlusImage: '{own} + {image} image (shared)',
  kernelOwn: 'its own',
  kernelSharedHost: 'shared with the host',
  kernelSharedVm: 'shared with VM {vm}',
  isolation: {
    'hardware-virtualised': 'hardware-virtualised',
    namespaces: 'namespaces + cgroups',
    'user-space-kernel': 'user-space kernel',
    'lightweight-vm': 'lightweight VM',
  },
  ratioStartup: 'VM {ratio} slower to start',
  ratioMemory: '{ratio} the memory',
  ratioDisk: '{ratio} the disk',
  phases: {
    firmware: 'firmware', bootloader: 'bootloader', kernel: 'kernel', init: 'init', apps: 'apps',
    pull: 'pull', create: 'create', 'runtime start': 'runtime start', 'app init': 'app init',
  },
};

const ja: ChartStrings = {
  timelineTitle: '起動タイムライン',
  timelineAria: '{count} 個のインスタンスの起動タイムライン：{ready} 個が準備完了、最も遅いもの {slowest}。',
  timeAxis: 'シミュレーション時間',
  instanceAxis: 'インスタンス',
  linearScale: '線形',
  logScale: '対数',
  switchToLog: '時間軸を対数目盛りに切り替える',
  switchToLinear: '時間軸を線形目盛りに切り替える',
  now: '現在',
  ready: '準備完了 {time}',
  phaseTooltip: '{name}：{phase}、{duration}（{start} → {end}）',
  inProgress: '進行中',
  seekHint: 'クリックするとその時刻に移動します',
  memoryTitle: 'ホストのメモリ',
  memoryAria: 'ホストのメモリ：{total} のうち {used} 使用中（{count} 個のインスタンスとホスト OS）。',
  memoryAxis: 'メモリ',
  hostTotal: 'ホスト RAM {total}',
  hostOs: 'ホスト OS',
  others: 'その他 {count} 個',
  oomKill: 'OOM キル：{name}（{time}）',
  diskTitle: 'ホストのディスク',
  diskAria: 'ホストのディスク：{total} のうち {used} 使用中。共有イメージレイヤーで {saved} 節約。',
  hostDisk: '{total} のうち {used}',
  imageLayers: 'イメージレイヤー（一度だけ保存され共有）',
  writableLayers: '書き込み可能レイヤー（コンテナごと）',
  vmDisks: 'VM ディスク（VM ごと）',
  otherCached: 'その他のキャッシュ済みイメージ',
  sharedBy: '使用：{names}',
  withSharing: 'レイヤー共有あり：{bytes}',
  withoutSharing: 'コンテナごとにコピーした場合：{bytes}',
  more: 'ほか {count} 個（{bytes}）',
  comparisonTitle: 'VM とコンテナの比較',
  comparisonAria: '{count} 個のインスタンスの比較：起動時間、メモリ、ディスク、カーネル、分離方式。',
  colName: 'インスタンス',
  colStartup: '起動時間',
  colMemory: 'メモリ',
  colDisk: 'ディスク',
  colKernel: 'カーネル',
  colIsolation: '分離方式',
  booting: '起動中…',
  notStarted: '未起動',
  diskOwnPlusImage: '{own} + イメージ {image}（共有）',
  kernelOwn: '専用',
  kernelSharedHost: 'ホストと共有',
  kernelSharedVm: 'VM {vm} と共有',
  isolation: {
    'hardware-virtualised': 'ハードウェア仮想化',
    namespaces: '名前空間 + cgroup',
    'user-space-kernel': 'ユーザー空間カーネル',
    'lightweight-vm': '軽量 VM',
  },
  ratioStartup: 'VM は起動に {ratio} の時間',
  ratioMemory: 'メモリは {ratio}',
  ratioDisk: 'ディスクは {ratio}',
  phases: {
    firmware: 'ファームウェア', bootloader: 'ブートローダー', kernel: 'カーネル', init: 'init', apps: 'アプリ',
    pull: 'プル', create: '作成', 'runtime start': 'ランタイム起動', 'app init': 'アプリ初期化',
  },
};

export const chartStrings = { en, ja } as const;

/** A phase's label in the chosen language; an unknown phase shows its engine name. */
export function phaseLabel(strings: ChartStrings, phase: string): string {
  return strings.phases[phase] ?? phase;
}
