import { expect, test } from '@playwright/test';
import { WorkspacePage } from './pages/workspace-page';

// The actions of a task go out as one change and one worker request (src/store/live-queue.ts),
// each still checked by the engine; frames of a burst commit once.
test('10,000 rapid live actions keep the page responsive (no frame gap over 100 ms) and all are kept', async ({ page }) => {
  const ws = await new WorkspacePage(page).open('empty');
  await ws.paletteItem('container').press('Enter');
  await expect(ws.instances()).toHaveCount(1);
  const result = await page.evaluate(async () => {
    const s = window.__utsuwa!.getState();
    const name = s.doc.instances[0]!.name;
    const gaps: number[] = [];
    let last = performance.now();
    let running = true;
    const tick = (t: number): void => {
      gaps.push(t - last);
      last = t;
      if (running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    // Fired in bursts of 500 a task, as a script or a held key would.
    const done: Promise<unknown>[] = [];
    for (let burst = 0; burst < 20; burst++) {
      for (let i = 0; i < 500; i++) done.push(window.__utsuwa!.getState().applyLive({ type: 'instance/load', name, cpu: ((burst * 500 + i) % 4) / 4 }));
      await new Promise((r) => setTimeout(r, 0));
    }
    await Promise.all(done);
    await window.__utsuwa!.getState().settled();
    await new Promise((r) => requestAnimationFrame(r));
    running = false;
    return { maxGap: Math.max(...gaps.slice(1)), actions: window.__utsuwa!.getState().actions.length };
  });
  expect(result.actions).toBeGreaterThanOrEqual(10_000);
  expect(result.maxGap).toBeLessThan(100);
});
