/**
 * The page's handle on the simulation: send requests, receive frames. Two implementations:
 * a Web Worker (the app) and the same session run in-thread (unit tests, or where workers fail).
 */
import type { Frame, FromWorker, ToWorker } from './protocol';
import { SimSession } from './session';

export interface SimDriver {
  send(msg: Exclude<ToWorker, { type: 'query' }>): void;
  /** Asks a read-only question of the current state (see queries.ts). */
  query<T = unknown>(name: string, args?: unknown): Promise<T>;
  /** Requests sent whose frame has not arrived yet (the run loop waits for zero). */
  readonly pending: number;
  onFrame(listener: (frame: Frame) => void): void;
  onError(listener: (message: string) => void): void;
}

class BaseDriver {
  pending = 0;
  private nextQueryId = 0;
  private waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  query<T = unknown>(name: string, args: unknown = null): Promise<T> {
    const id = this.nextQueryId++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.postQuery({ type: 'query', id, name, args });
    });
  }

  protected postQuery(_msg: Extract<ToWorker, { type: 'query' }>): void {
    throw new Error('postQuery not implemented');
  }

  protected frameListeners: Array<(frame: Frame) => void> = [];
  protected errorListeners: Array<(message: string) => void> = [];
  onFrame(listener: (frame: Frame) => void): void {
    this.frameListeners.push(listener);
  }
  onError(listener: (message: string) => void): void {
    this.errorListeners.push(listener);
  }
  protected receive(msg: FromWorker): void {
    if (msg.type === 'answer') {
      const w = this.waiting.get(msg.id);
      this.waiting.delete(msg.id);
      if (msg.error !== undefined) w?.reject(new Error(msg.error));
      else w?.resolve(msg.value);
      return;
    }
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
  send(msg: Exclude<ToWorker, { type: 'query' }>): void {
    this.pending++;
    this.worker.postMessage(msg);
  }

  protected override postQuery(msg: Extract<ToWorker, { type: 'query' }>): void {
    this.worker.postMessage(msg);
  }
}

/** Runs the session on this thread, answering synchronously. */
export class InlineDriver extends BaseDriver implements SimDriver {
  private session = new SimSession();
  protected override postQuery(msg: Extract<ToWorker, { type: 'query' }>): void {
    // Answer on a microtask, as a worker would answer later, never inside the caller's stack.
    queueMicrotask(() => {
      try {
        this.receive({ type: 'answer', id: msg.id, value: this.session.query(msg.name, msg.args) });
      } catch (error) {
        this.receive({ type: 'answer', id: msg.id, value: null, error: error instanceof Error ? error.message : String(error) });
      }
    });
  }

  send(msg: Exclude<ToWorker, { type: 'query' }>): void {
    this.pending++;
    try {
      const frame = this.session.handle(msg);
      this.receive(frame ? { type: 'frame', frame } : { type: 'none' });
    } catch (error) {
      this.receive({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }
}
