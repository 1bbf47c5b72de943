/** The simulation session run on the page's own thread: unit tests, and browsers where module workers fail. */
import type { ToWorker } from './protocol';
import { BaseDriver, type Request, type SimDriver } from './driver';
import { SimSession } from './session';

/** Runs the session on this thread, answering synchronously. */
export class InlineDriver extends BaseDriver implements SimDriver {
  private session = new SimSession();

  protected postQuery(msg: Extract<ToWorker, { type: 'query' }>): void {
    // Answer on a microtask, as a worker would answer later, never inside the caller's stack.
    queueMicrotask(() => {
      try {
        this.receive({ type: 'answer', id: msg.id, value: this.session.query(msg.name, msg.args) });
      } catch (error) {
        this.receive({ type: 'answer', id: msg.id, value: null, error: error instanceof Error ? error.message : String(error) });
      }
    });
  }

  protected post(msg: Request): void {
    try {
      const frame = this.session.handle(msg);
      this.receive(frame ? { type: 'frame', frame } : { type: 'none' });
    } catch (error) {
      this.receive({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }
}
