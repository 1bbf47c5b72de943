/**
 * The worker's read-only questions as one typed map: name → arguments → answer. The store's
 * `query` and the worker's table (queries.ts) are both checked against it, so a wrong name
 * or wrong arguments fail to compile. Every answer is null before the first load.
 */
import type { ExploitKind, IsolationCell, NamespaceKind, ProcessView, Report } from '@utsuwa/sim-core';
import type { BlastExplanation, HostDiskView, KernelSurface, LayerStackView, VmDiskView } from '@utsuwa/sim-core/views';
import type { CommandResult, ShellVars, Where } from '@utsuwa/sim-core/terminal';
import type { KindsFigures } from '@utsuwa/sim-core/stats';

export interface QueryMap {
  /** What a process in that instance (or `host`) sees; null for a name not on the board. */
  inspect: { args: { name: string }; answer: ProcessView | null };
  /** Which kernel and namespaces every pair on the board shares. */
  isolation: { args: null; answer: { names: string[]; kinds: readonly NamespaceKind[]; cells: IsolationCell[]; surfaces: Record<string, KernelSurface> } };
  /** A container's layer stack (null for a VM). */
  layers: { args: { name: string }; answer: LayerStackView | null };
  /** A VM's disk image and its growth. */
  vmDisk: { args: { name: string }; answer: VmDiskView | null };
  /** The host's disk, image layers counted once. */
  hostDisk: { args: null; answer: HostDiskView };
  /** What an exploit from there would reach now, and why. */
  blast: { args: { name: string; kind: ExploitKind }; answer: BlastExplanation | null };
  /** A terminal command's output and the effects the page applies (sim-core/terminal). */
  terminal: { args: { line: string; where: Where; cwd?: string | null; status?: number; hostFiles?: Record<string, string>; vars?: ShellVars; tty?: boolean; fileTexts?: Record<string, Record<string, string>> }; answer: CommandResult };
  /** The runner's report of the run as it stands (the same as `npm run sim -- FILE --json` at this time). */
  report: { args: null; answer: Report };
  /** The lesson sheet's figures: the scenario (without live actions) run to its end on a copy. */
  lessonFigures: { args: null; answer: { kinds: KindsFigures; nowMs: number; seed: number } };
}

export type QueryName = keyof QueryMap;
export type QueryArgs<K extends QueryName> = QueryMap[K]['args'];
export type QueryAnswer<K extends QueryName> = QueryMap[K]['answer'];
