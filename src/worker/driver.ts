/**
 * The page's handle on the simulation: send requests, receive frames. Two implementations:
 * a Web Worker (the app) and the same session run in-thread (unit tests, or where workers fail).
 */
import type { Frame, FromWorker, ToWorker } from './protocol';
import { SimSession } from './session';

export interface SimDriver {
  send(msg: ToWorker): void;
  /** Requests sent whose frame has not arrived yet (the run loop waits for zero). */
  readonly pending: number;
  onFrame(listener: (frame: Frame) => void): void;
  onError(listener: (message: string) => void): void;
}

class BaseDriver {
  pending = 0;
  protected frameListeners: Array<(frame: Frame) => void> = [];
  protected errorListeners: Array<(message: string) => void> = [];
  onFrame(listener: (frame: Frame) => void): void {
    this.frameListeners.push(listener);
  }
  onError(listener: (message: string) => void): void {
    this.errorListeners.push(listener);
  }
  protected receive(msg: FromWorker): void {
    this.pending = Math.max(0, this.pending - 1);
    if (msg.type === 'frame') for (const l of this.frameListeners) l(msg.frame);
    else if (msg.type === 'error') for (const l of this.errorListeners) l(msg.message);
  }
}

export class WorkerDriver extends BaseDriver implements SimDriver {
  private worker: Worker;
  constructor() {
    super();
    this.worker = new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (e: MessageEvent<FromWorker>) => this.receive(e.data);
    this.worker.onerror = (e) => this.receive({ type: 'error', message: e.message });
  }
  send(msg: ToWorker): void {
    this.pending++;
    this.worker.postMessage(msg);
  }
}

/** Runs the session on this thread, answering synchronously. */
export class InlineDriver extends BaseDriver implements SimDriver {
  private session = new SimSession();
  send(msg: ToWorker): void {
    this.pending++;
    try {
      const frame = this.session.handle(msg);
      this.receive(frame ? { type: 'frame', frame } : { type: 'none' });
    } catch (error) {
      this.receive({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }
}
