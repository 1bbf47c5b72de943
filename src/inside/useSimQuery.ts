/**
 * Asks the worker a read-only question and asks again whenever the simulation moved (a new
 * frame). One request in flight: frames that arrive meanwhile fold into the next request.
 */
import { useEffect, useRef, useState } from 'react';
import { useWorkspace, useWorkspaceStore } from '../store/context';
import { selectView } from '../store/selectors';
import type { QueryAnswer, QueryArgs, QueryName } from '../store/types';

export function useSimQuery<K extends QueryName>(name: K, args: QueryArgs<K>, enabled = true): QueryAnswer<K> | null {
  type T = QueryAnswer<K>;
  const store = useWorkspaceStore();
  const view = useWorkspace(selectView);
  const [value, setValue] = useState<T | null>(null);
  const key = JSON.stringify(args);
  const inFlight = useRef(false);
  /** The newest request that waited for the one in flight. */
  const next = useRef<(() => void) | null>(null);

  useEffect(() => {
    if (!enabled || !view) return;
    let live = true;
    const ask = (): void => {
      if (inFlight.current) {
        next.current = ask;
        return;
      }
      inFlight.current = true;
      store.getState().query(name, JSON.parse(key) as QueryArgs<K>)
        .then((v) => { if (live) setValue(v); })
        .catch(() => { if (live) setValue(null); })
        .finally(() => {
          inFlight.current = false;
          const pending = next.current;
          next.current = null;
          pending?.();
        });
    };
    ask();
    return () => {
      live = false;
      if (next.current === ask) next.current = null;
    };
  }, [store, view, name, key, enabled]);

  return value;
}
