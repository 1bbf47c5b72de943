import { describe, expect, it } from 'vitest';
import { createQueue, peekTime, pop, popItem, push } from '../../../sim-core/engine/queue';

describe('the future event list', () => {
  it('gives back every time exactly as scheduled (whole, fractional, past 2^31 ms), earliest first, ties in scheduling order', () => {
    const q = createQueue<string>();
    const times = [5, 0.25, 2 ** 31 + 7, 5, 1e12 + 0.5, 3.0000001, 0, 2 ** 31 - 1];
    times.forEach((t, i) => push(q, t, i, `e${i}`));
    const out: Array<[number, string]> = [];
    for (;;) {
      const t = peekTime(q);
      if (t === undefined) break;
      out.push([t, popItem(q)!]);
    }
    expect(out).toEqual([[0, 'e6'], [0.25, 'e1'], [3.0000001, 'e5'], [5, 'e0'], [5, 'e3'], [2 ** 31 - 1, 'e7'], [2 ** 31 + 7, 'e2'], [1e12 + 0.5, 'e4']]);
    expect(pop(q)).toBeUndefined();
  });
});
