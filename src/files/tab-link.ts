/**
 * What the autosave needs from the browser, behind two small interfaces so its rules can be
 * tested without one: a key-value store (IndexedDB through idb-keyval) and the link between
 * tabs of the same site (a Web Lock around each read-compare-write, so one tab writes at a
 * time, and a BroadcastChannel that tells the other tabs a save happened).
 */
import { get, set } from 'idb-keyval';

export interface KeyValue {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

export type TabMessage = { type: 'saved'; rev: number; tab: string };

export interface TabLink {
  /** Runs `fn` while no other tab runs its own (a Web Lock), where the browser has them. */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  post(message: TabMessage): void;
  listen(handler: (message: TabMessage) => void): () => void;
}

export const idbKeyValue: KeyValue = { get: (key) => get(key), set: (key, value) => set(key, value) };

const CHANNEL = 'utsuwa.workspace';
const LOCK = 'utsuwa.workspace.write';

function isTabMessage(data: unknown): data is TabMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  return m.type === 'saved' && typeof m.rev === 'number' && typeof m.tab === 'string';
}

export function browserTabLink(): TabLink {
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return {
    exclusive: <T>(fn: () => Promise<T>): Promise<T> => (locks ? (locks.request(LOCK, fn) as Promise<T>) : fn()),
    post: (message) => channel?.postMessage(message),
    listen: (handler) => {
      const onMessage = (event: MessageEvent): void => {
        if (isTabMessage(event.data)) handler(event.data);
      };
      channel?.addEventListener('message', onMessage);
      return () => channel?.removeEventListener('message', onMessage);
    },
  };
}

/** An id for this tab, different in each (the record says which tab saved it). */
export function newTabId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : String(Date.now());
}
