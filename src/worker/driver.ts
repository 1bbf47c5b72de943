/**
 * The page's handle on the simulation: send requests, receive frames. Two implementations:
 * a Web Worker (the app) and the same session run in-thread (inline-driver.ts: unit tests, or
 * where workers fail; a module of its own, so the engine is not in the page's first download).
 * The worker answers requests in the order they were sent, so each request's promise is
 * resolved by the next reply.
 */
import type { Frame, FromWorker, ToWorker } from './protocol';
import type { QueryAnswer, QueryArgs, QueryName } from './query-map';
import { FrameDecoder } from './view-delta';

export type Request = Exclude<ToWorker, { type: 'query' }>;

export interface SimDriver {
  /** Sends a request; resolves with its frame (null: nothing to report, or the engine failed). */
  send(msg: Request): Promise<Frame | null>;
  /** Asks a read-only question of the current state (see query-map.ts); null before the first load. */
  query<K extends QueryName>(name: K, args: QueryArgs<K>): Promise<QueryAnswer<K> | null>;
  /** Requests sent whose frame has not arrived yet (the run loop waits for zero). */
  readonly pending: number;
  /** Resolves once every request sent so far has been answered. */
  idle(): Promise<void>;
  onFrame(listener: (frame: Frame) => void): void;
  onError(listener: (message: string) => void): void;
}

export abstract class BaseDriver {
  private nextQueryId = 0;
  private waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  /** One resolver per request in flight, oldest first. */
  private inFlight: Array<(frame: Frame | null) => void> = [];
  private idleWaiters: Array<() => void> = [];
  protected frameListeners: Array<(frame: Frame) => void> = [];
  protected errorListeners: Array<(message: string) => void> = [];

  get pending(): number {
    return this.inFlight.length;
  }

  query<K extends QueryName>(name: K, args: QueryArgs<K>): Promise<QueryAnswer<K> | null> {
    const id = this.nextQueryId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.postQuery({ type: 'query', id, name, args });
    });
  }

  send(msg: Request): Promise<Frame | null> {
    const answered = new Promise<Frame | null>((resolve) => this.inFlight.push(resolve));
    this.post(msg);
    return answered;
  }

  idle(): Promise<void> {
    if (this.inFlight.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  protected abstract post(msg: Request): void;
  protected abstract postQuery(msg: Extract<ToWorker, { type: 'query' }>): void;

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
    const resolve = this.inFlight.shift();
    if (msg.type === 'frame') for (const l of this.frameListeners) l(msg.frame);
    else if (msg.type === 'error') for (const l of this.errorListeners) l(msg.message);
    resolve?.(msg.type === 'frame' ? msg.frame : null);
    if (this.inFlight.length === 0) for (const w of this.idleWaiters.splice(0)) w();
  }
}

/** The one place the simulation's worker is made (vite.single.config.ts rewrites this constructor). */
function createSimWorker(): Worker {
  return new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' });
}

let early: Worker | null = null;

/**
 * Starts the worker as the page's code starts (src/first-downloads.ts), so its download and
 * compile run while the rest of the page's code evaluates; the WorkerDriver takes it over.
 * Where module workers cannot start this does nothing, and the WorkerDriver's own start throws.
 */
export function startSimWorker(): void {
  try {
    early ??= createSimWorker();
  } catch {
    // The driver tries again and falls back to the page (main.tsx).
  }
}

export class WorkerDriver extends BaseDriver implements SimDriver {
  private worker: Worker;
  /** The worker sends only the instances that changed; this puts whole views back together. */
  private decoder = new FrameDecoder();
  constructor() {
    super();
    this.worker = early ?? createSimWorker();
    early = null;
    this.worker.onmessage = (e: MessageEvent<FromWorker>) => {
      const msg = e.data;
      this.receive(msg.type === 'frame' ? { type: 'frame', frame: this.decoder.decode(msg.frame) } : msg);
    };
    this.worker.onerror = (e) => this.receive({ type: 'error', message: e.message });
  }

  protected post(msg: Request): void {
    this.worker.postMessage(msg);
  }

  protected postQuery(msg: Extract<ToWorker, { type: 'query' }>): void {
    this.worker.postMessage(msg);
  }
}
