/**
 * The simulation side of the worker, kept free of worker APIs so tests can drive it in Node:
 * it holds one rewindable Run and answers each request with a Frame of what changed.
 */
import { CATALOGUE } from '@utsuwa/sim-core/catalogue';
import { createRun, getLog, getMemoryHistory, getView, runAdvance, runApply, runSeek, MAX_SIMULATED_MS } from '@utsuwa/sim-core';
import type { Catalogue, Run } from '@utsuwa/sim-core';
import type { Frame, ToWorker } from './protocol';
import { QUERIES } from './queries';

export class SimSession {
  private run: Run | null = null;
  private sentLog = 0;
  private sentHistory = 0;

  constructor(private readonly catalogue: Catalogue = CATALOGUE) {}

  /** Answers a read-only query about the current state (null before the first load). */
  query(name: string, args: unknown): unknown {
    const fn = QUERIES[name];
    if (!fn) throw new Error(`unknown query "${name}"`);
    return this.run ? fn(this.run.sim, args) : null;
  }

  handle(msg: Exclude<ToWorker, { type: 'query' }>): Frame | null {
    let rejected: string | undefined;
    switch (msg.type) {
      case 'load': {
        const old = this.run;
        // A private copy: the page's document is frozen by immer, and the engine owns its state.
        const run = createRun(structuredClone(msg.scenario), this.catalogue);
        // Live actions (limits changed, stops, exploits) survive an edit of the scenario;
        // runAdvance replays them at their times. Actions on removed instances are refused by the engine.
        if (msg.keepActions && old) run.actions = old.actions.slice(0, old.applied);
        this.run = run;
        this.sentLog = 0;
        this.sentHistory = 0;
        runAdvance(run, clampTime(msg.atMs));
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
        const result = runApply(this.run, msg.action);
        if (!result.ok) rejected = result.reason;
        break;
      }
    }
    return this.frame(rejected);
  }

  private frame(rejected?: string): Frame {
    const sim = this.run!.sim;
    const log = getLog(sim);
    const history = getMemoryHistory(sim);
    const logFrom = Math.min(this.sentLog, log.length);
    const historyFrom = Math.min(this.sentHistory, history.length);
    this.sentLog = log.length;
    this.sentHistory = history.length;
    const frame: Frame = {
      view: getView(sim),
      logFrom,
      logEntries: log.slice(logFrom),
      historyFrom,
      historyEntries: history.slice(historyFrom),
    };
    if (rejected !== undefined) frame.rejected = rejected;
    return frame;
  }
}

function clampTime(ms: number): number {
  return Math.max(0, Math.min(MAX_SIMULATED_MS, Math.round(ms)));
}
