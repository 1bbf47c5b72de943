/**
 * The charts' pace (src/components/useChartFrame.ts): every change at once while paused; at most
 * one redraw per CHART_INTERVAL_MS while playing, and no more than CHART_SHARE of the page's time;
 * the latest frame always drawn in the end.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWorkspaceStore } from '../../../src/store/index';
import { InlineDriver } from '../../../src/worker/inline-driver';
import { loadPreset } from '../golden/presets';
import { CHART_INTERVAL_MS, chartFrameSource } from '../../../src/components/useChartFrame';
import { memoText } from '../../../src/charts/chart-text';

function playingWorkspace() {
  const store = createWorkspaceStore(new InlineDriver());
  store.getState().replaceDocument(loadPreset('nginx-vm-vs-container'), { kind: 'preset', id: 'nginx-vm-vs-container' });
  return store;
}

/** A new frame from the run: a new view at a later time, as the worker's answers are. */
function nextFrame(store: ReturnType<typeof playingWorkspace>, nowMs: number): void {
  const view = store.getState().view!;
  store.setState({ view: { ...view, nowMs } });
}

describe('the charts\' frame', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  it('follows every frame while paused', () => {
    const store = playingWorkspace();
    const source = chartFrameSource(store);
    const notify = vi.fn();
    source.subscribe(notify);
    for (let i = 1; i <= 5; i++) nextFrame(store, i * 1000);
    expect(notify).toHaveBeenCalledTimes(5);
    expect(source.get().view?.nowMs).toBe(5000);
  });

  it('redraws at most once per interval while playing, and ends on the latest frame', () => {
    const store = playingWorkspace();
    store.setState({ playing: true });
    const source = chartFrameSource(store);
    const notify = vi.fn();
    source.subscribe(notify);
    nextFrame(store, 100); // the first change after a quiet spell is drawn at once
    expect(notify).toHaveBeenCalledTimes(1);
    for (let i = 2; i <= 6; i++) {
      vi.advanceTimersByTime(16);
      nextFrame(store, i * 100);
    }
    expect(notify).toHaveBeenCalledTimes(1);
    expect(source.get().view?.nowMs).toBe(100);
    vi.advanceTimersByTime(CHART_INTERVAL_MS);
    expect(notify).toHaveBeenCalledTimes(2);
    expect(source.get().view?.nowMs).toBe(600);
  });

  it('gives the page the rest of its time: after a redraw that took 60 ms, the next waits 300 ms while playing', () => {
    const store = playingWorkspace();
    store.setState({ playing: true });
    const source = chartFrameSource(store);
    const notify = vi.fn();
    source.subscribe(notify);
    nextFrame(store, 100);
    expect(notify).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60); // the charts take this long to draw it
    source.drawn();
    nextFrame(store, 200);
    vi.advanceTimersByTime(300 - 60 - 1);
    expect(notify).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(notify).toHaveBeenCalledTimes(2);
    expect(source.get().view?.nowMs).toBe(200);
    // A quick redraw brings back the usual pace; a pause still draws at once.
    vi.advanceTimersByTime(5);
    source.drawn();
    nextFrame(store, 300);
    vi.advanceTimersByTime(CHART_INTERVAL_MS - 5);
    expect(source.get().view?.nowMs).toBe(300);
    nextFrame(store, 400);
    store.setState({ playing: false });
    expect(source.get().view?.nowMs).toBe(400);
  });

  it('draws the last frame at once when the run pauses', () => {
    const store = playingWorkspace();
    store.setState({ playing: true });
    const source = chartFrameSource(store);
    const notify = vi.fn();
    source.subscribe(notify);
    nextFrame(store, 100);
    nextFrame(store, 200); // waits for the interval
    expect(source.get().view?.nowMs).toBe(100);
    store.setState({ playing: false });
    expect(source.get().view?.nowMs).toBe(200);
    nextFrame(store, 300);
    expect(source.get().view?.nowMs).toBe(300);
    expect(notify).toHaveBeenCalledTimes(3);
  });
});

describe('memoised chart texts', () => {
  it('gives the texts of the translate function, asking it once per key and values', () => {
    const translate = vi.fn((key: string, values?: Record<string, string | number>) => `${key}:${values?.count ?? ''}`);
    const text = memoText(translate);
    expect(text('kindVms', { count: 3 })).toBe('kindVms:3');
    expect(text('kindVms', { count: 3 })).toBe('kindVms:3');
    expect(text('kindVms', { count: 4 })).toBe('kindVms:4');
    expect(text('hostOs')).toBe('hostOs:');
    expect(translate).toHaveBeenCalledTimes(3);
  });

  it('forgets past its limit and still answers', () => {
    const translate = vi.fn((key: string) => key.toUpperCase());
    const text = memoText(translate, 2);
    expect([text('a'), text('b'), text('c'), text('a')]).toEqual(['A', 'B', 'C', 'A']);
    expect(translate).toHaveBeenCalledTimes(4);
  });
});
