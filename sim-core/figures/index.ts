/**
 * Figures computed once and read everywhere: by the view the page draws, the runner's report
 * and the "see inside" views. The engine builds its view from here and never reads the report.
 */
export { kernelOf, imageBytesOf, reportedMemory } from './instance';
export { hostDisk, USED_BY_NAMES } from './disk';
export type { HostDiskBreakdown, DiskLayer, LayerDiskState } from './disk';
export { runtimeCosts } from './runtime-costs';
export type { RuntimeCosts } from './runtime-costs';
export { hostMemory, swapOf } from './memory';
export { hostCpuBusyCores } from './cpu';
export type { HostMemory } from './memory';
export { instanceOverheads, overheadsMemo, type AppliedOverheads } from './overheads';
