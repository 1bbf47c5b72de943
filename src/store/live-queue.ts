/**
 * Live actions in bursts (a held key, a script, a class hammering a slider): the actions taken
 * in one task go to the description as one change and to the worker as one request, each still
 * checked by the engine on its own, so 10,000 of them cost a few dozen requests and renders,
 * not 10,000 (issue 15). A lone click is a batch of one, sent at the end of its task.
 */
import type { RecordedAction } from '@utsuwa/sim-core';

export interface LiveQueue {
  /** Queues an action; resolves with the engine's refusal, or null once applied. */
  add(recorded: RecordedAction): Promise<string | null>;
  /** Sends what is queued now (before another request, so the worker sees them in order). */
  flush(): void;
}

/**
 * `commit` takes a batch (in the order taken) and resolves with each action's refusal or
 * null; `schedule` runs the flush at the end of the current task.
 */
export function liveQueue(commit: (batch: RecordedAction[]) => Promise<Array<string | null>>, schedule: (run: () => void) => void = queueMicrotask): LiveQueue {
  let batch: RecordedAction[] = [];
  let answers: Array<(reason: string | null) => void> = [];
  let scheduled = false;
  const flush = (): void => {
    scheduled = false;
    if (batch.length === 0) return;
    const sent = batch;
    const waiting = answers;
    batch = [];
    answers = [];
    void commit(sent).then((reasons) => waiting.forEach((resolve, i) => resolve(reasons[i] ?? null)));
  };
  return {
    add(recorded) {
      batch.push(recorded);
      if (!scheduled) {
        scheduled = true;
        schedule(flush);
      }
      return new Promise((resolve) => answers.push(resolve));
    },
    flush,
  };
}
