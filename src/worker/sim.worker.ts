/// <reference lib="webworker" />
/** The simulation's thread: the page sends requests, the worker answers each with a Frame. */
import { SimSession } from './session';
import type { FromWorker, ToWorker } from './protocol';
import { FrameEncoder } from './view-delta';

const session = new SimSession();
const encoder = new FrameEncoder();
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const msg = event.data;
  if (msg.type === 'query') {
    try {
      scope.postMessage({ type: 'answer', id: msg.id, value: session.query(msg.name, msg.args) } satisfies FromWorker);
    } catch (error) {
      scope.postMessage({ type: 'answer', id: msg.id, value: null, error: error instanceof Error ? error.message : String(error) } satisfies FromWorker);
    }
    return;
  }
  let reply: FromWorker;
  try {
    const frame = session.handle(msg);
    reply = frame ? { type: 'frame', frame: encoder.encode(frame) } : { type: 'none' };
  } catch (error) {
    // An exception here is a bug in the engine: report it rather than freeze the page.
    reply = { type: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(reply);
};
