import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { TimeAxis } from '../../../src/charts/TimeAxis';
import { makeTimeScale } from '../../../src/viz/time-scale';

/** Each tick label's text and anchor, in order. */
function labels(html: string): Array<{ text: string; anchor: string }> {
  return [...html.matchAll(/<text y="14" text-anchor="(\w+)">([^<]+)<\/text>/g)].map((m) => ({ anchor: m[1]!, text: m[2]! }));
}

describe('TimeAxis labels stay inside the chart', () => {
  it('ends the last label at its tick when the tick is at the axis end, as "1 min 20 s" at 80 s', () => {
    // The memory chart at 1920×1080: its axis ends 16 px before the SVG's edge.
    const scale = makeTimeScale('linear', 80_000, [64, 1800 - 16]);
    const found = labels(renderToString(<svg><TimeAxis scale={scale} y={100} tickCount={18} /></svg>));
    expect(found.at(-1)).toEqual({ text: '1 min 20 s', anchor: 'end' });
    // The others are centred under their ticks.
    expect(found.slice(0, -1).every((l) => l.anchor === 'middle')).toBe(true);
  });

  it('centres a short last label that fits in the margin', () => {
    const scale = makeTimeScale('linear', 10_000, [64, 700 - 16]);
    const found = labels(renderToString(<svg><TimeAxis scale={scale} y={100} tickCount={5} /></svg>));
    expect(found.at(-1)).toEqual({ text: '10 s', anchor: 'middle' });
  });
});
