/**
 * Pause stops the run where the clock showed when it was pressed, even when the worker was
 * still answering an advance the playback loop had asked for (at 1000× one frame's advance is
 * ~16 simulated seconds; under load the answer can land after the click).
 */
import { describe, expect, it } from 'vitest';
import { createWorkspaceStore } from '../../../src/store/index';
import { InlineDriver } from '../../../src/worker/inline-driver';
import type { Request } from '../../../src/worker/driver';
import { parseScenario } from '../../../sim-core/scenario/index';
import { CATALOGUE, catalogueNames } from '../../../sim-core/catalogue/index';
import { readFileSync } from 'node:fs';

/** A worker whose answers wait until released, as a busy worker's would. */
class SlowDriver extends InlineDriver {
  private held: Request[] = [];
  holding = false;
  protected override post(msg: Request): void {
    if (this.holding) this.held.push(msg);
    else super.post(msg);
  }
  release(): void {
    this.holding = false;
    for (const m of this.held.splice(0)) super.post(m);
  }
}

function loaded() {
  const driver = new SlowDriver();
  const store = createWorkspaceStore(driver);
  const parsed = parseScenario(readFileSync('scenarios/nginx-vm-vs-container.yaml', 'utf8'), 'nginx-vm-vs-container.yaml', catalogueNames(CATALOGUE));
  if (!parsed.ok) throw new Error('preset does not parse');
  store.getState().replaceDocument(parsed.scenario, { kind: 'empty' });
  return { driver, store };
}

describe('Pause with an advance in flight', () => {
  it('the clock goes back to where it stood when Pause was pressed', async () => {
    const { driver, store } = loaded();
    await store.getState().settled();
    store.getState().setPlaying(true);
    store.getState().advanceTo(10_000);
    await store.getState().settled();
    expect(store.getState().view!.nowMs).toBe(10_000);
    // The loop asks for 26 more seconds; Pause is pressed before the worker answers.
    driver.holding = true;
    store.getState().advanceTo(36_000);
    store.getState().setPlaying(false);
    driver.release();
    await store.getState().settled();
    await store.getState().settled();
    expect(store.getState().playing).toBe(false);
    expect(store.getState().view!.nowMs).toBe(10_000);
  });

  it('a seek made after the pause wins over it', async () => {
    const { driver, store } = loaded();
    await store.getState().settled();
    store.getState().setPlaying(true);
    driver.holding = true;
    store.getState().advanceTo(20_000);
    store.getState().setPlaying(false);
    store.getState().seek(30_000);
    driver.release();
    await store.getState().settled();
    await store.getState().settled();
    expect(store.getState().view!.nowMs).toBe(30_000);
  });
});
