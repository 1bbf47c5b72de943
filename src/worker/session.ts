/**
 * The simulation side of the worker, kept free of worker APIs so tests can drive it in Node:
 * it holds one rewindable Run, built from the description the page sends (scenario and
 * recorded actions), and answers each request with a Frame of what changed.
 */
import { CATALOGUE } from '@utsuwa/sim-core/catalogue';
import { createRun, createViewCache, getLog, getMemoryHistory, runAdvance, runApply, runSeek, runUntil, runView, MAX_SIMULATED_MS } from '@utsuwa/sim-core';
import type { Catalogue, RecordedAction, Run, RunUntilResult } from '@utsuwa/sim-core';
import type { Frame, ToWorker } from './protocol';
import { answerQuery, isQueryName } from './queries';

export class SimSession {
  private run: Run | null = null;
  private sentLog = 0;
  private sentHistory = 0;
  /** Each frame rebuilds only the views of instances that changed (the rest are last frame's objects). */
  private views = createViewCache();

  constructor(private readonly catalogue: Catalogue = CATALOGUE) {}

  /** Answers a read-only query about the current state (null before the first load). */
  query(name: string, args: unknown): unknown {
    if (!isQueryName(name)) throw new Error(`unknown query "${name}"`);
    return this.run ? answerQuery(this.run.sim, name, args) : null;
  }

  handle(msg: Exclude<ToWorker, { type: 'query' }>): Frame | null {
    let rejected: string | undefined;
    let rejections: Array<string | null> | undefined;
    let until: RunUntilResult | undefined;
    switch (msg.type) {
      case 'load': {
        // A private copy: the page's description is frozen by immer, and the engine owns its state.
        const { scenario, actions } = structuredClone({ scenario: msg.scenario, actions: msg.actions });
        this.run = createRun(scenario, this.catalogue, {}, actions);
        this.sentLog = 0;
        this.sentHistory = 0;
        this.views = createViewCache();
        runAdvance(this.run, clampTime(msg.atMs));
        break;
      }
      case 'advance':
        if (!this.run) return null;
        runAdvance(this.run, clampTime(msg.toMs));
        break;
      case 'seek':
        if (!this.run) return null;
        runSeek(this.run, clampTime(msg.toMs));
        break;
      case 'apply': {
        if (!this.run) return null;
        const reason = this.apply(msg.recorded);
        if (reason !== null) rejected = reason;
        break;
      }
      case 'apply-batch': {
        if (!this.run) return null;
        rejections = msg.recorded.map((r) => this.apply(r));
        for (const r of rejections) if (r !== null) rejected = r;
        break;
      }
      case 'run-until':
        if (!this.run) return null;
        until = runUntil(this.run, msg.condition, clampTime(msg.limitMs));
        break;
    }
    const frame = this.frame(rejected, until);
    if (rejections) frame.rejections = rejections;
    return frame;
  }

  /** One live action at its time (the run moves there first if a frame had moved it on); the refusal or null. */
  private apply(recorded: RecordedAction): string | null {
    const run = this.run!;
    const at = clampTime(recorded.atMs);
    if (run.sim.state.nowMs !== at) runSeek(run, at);
    const result = runApply(run, structuredClone(recorded.action));
    return result.ok ? null : result.reason;
  }

  private frame(rejected?: string, until?: RunUntilResult): Frame {
    const run = this.run!;
    const sim = run.sim;
    const log = getLog(sim);
    const history = getMemoryHistory(sim);
    const logFrom = Math.min(this.sentLog, log.length);
    const historyFrom = Math.min(this.sentHistory, history.length);
    this.sentLog = log.length;
    this.sentHistory = history.length;
    const frame: Frame = {
      view: runView(run, this.views),
      logFrom,
      logEntries: log.slice(logFrom),
      historyFrom,
      historyEntries: history.slice(historyFrom),
    };
    if (rejected !== undefined) frame.rejected = rejected;
    if (until !== undefined) frame.until = until;
    return frame;
  }
}

function clampTime(ms: number): number {
  return Math.max(0, Math.min(MAX_SIMULATED_MS, Math.round(ms)));
}
