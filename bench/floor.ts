/**
 * The floor: the same workload as bench/workload.ts in a bare discrete-event loop over plain
 * arrays (a binary heap of times, one array per field, no log, no model): every instance
 * starts at its time, goes through as many timed phases as the engine's plan gives it, and
 * adds its memory once ready. What the engine costs above this is what its model and its
 * record keeping cost.
 */
import type { Scenario } from '@utsuwa/sim-core';

/** Phases per start: a container's create, runtime start and app init; a VM's four or five. */
const CONTAINER_PHASES = 3;
const VM_PHASES = 5;

export function bareLoop(scenario: Scenario): { events: number } {
  const n = scenario.instances.length;
  const phasesLeft = new Int32Array(n);
  const memory = new Float64Array(n);
  const index = new Map<string, number>();
  scenario.instances.forEach((spec, i) => index.set(spec.name, i));
  // Heap of (time, instance) in two parallel arrays.
  const times: number[] = [];
  const who: number[] = [];
  const push = (t: number, i: number) => {
    times.push(t);
    who.push(i);
    let c = times.length - 1;
    while (c > 0) {
      const p = (c - 1) >> 1;
      if (times[p]! <= times[c]!) break;
      [times[p], times[c]] = [times[c]!, times[p]!];
      [who[p], who[c]] = [who[c]!, who[p]!];
      c = p;
    }
  };
  const pop = (): [number, number] => {
    const top: [number, number] = [times[0]!, who[0]!];
    const t = times.pop()!;
    const w = who.pop()!;
    if (times.length > 0) {
      times[0] = t;
      who[0] = w;
      let c = 0;
      for (;;) {
        const l = 2 * c + 1, r = l + 1;
        let m = c;
        if (l < times.length && times[l]! < times[m]!) m = l;
        if (r < times.length && times[r]! < times[m]!) m = r;
        if (m === c) break;
        [times[m], times[c]] = [times[c]!, times[m]!];
        [who[m], who[c]] = [who[c]!, who[m]!];
        c = m;
      }
    }
    return top;
  };
  for (const ev of scenario.events) {
    const target = ev.action.type === 'load' ? ev.action.load.target : ev.action.target;
    push(ev.atMs, index.get(target)!);
  }
  const until = scenario.untilMs ?? Infinity;
  let events = 0;
  let used = 0;
  while (times.length > 0 && times[0]! <= until) {
    const [t, i] = pop();
    events++;
    if (phasesLeft[i] === 0 && memory[i] === 0) phasesLeft[i] = scenario.instances[i]!.kind === 'vm' ? VM_PHASES : CONTAINER_PHASES;
    if (--phasesLeft[i]! > 0) push(t + 100 + (i % 900), i);
    else {
      memory[i] = scenario.instances[i]!.kind === 'vm' ? 600 : 10;
      used += memory[i]!;
    }
  }
  return { events: used > 0 ? events : 0 };
}
