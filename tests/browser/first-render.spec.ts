/**
 * The first load of a preset asked for by name (src/files/boot.ts): the board is drawn from the
 * preset compiled at build time, at the state its run has at 0 s, before the simulation's
 * worker has even downloaded; once the worker answers, the same states stand, and then they
 * follow the run.
 */
import { expect, test, type Page } from '@playwright/test';
import { WorkspacePage } from './pages/workspace-page';

/** Each instance's data-state and state text, and the host's gauges, as drawn. */
async function boardText(page: Page): Promise<string[]> {
  const cards = await page.getByTestId('instance').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-name')}: ${e.getAttribute('data-state')} · ${e.querySelector('[data-testid="instance-state"]')?.textContent}`));
  const gauges = await Promise.all(['host-cpu', 'host-memory', 'host-disk'].map(async (id) => (await page.getByTestId(id).textContent()) ?? ''));
  return [...cards, ...gauges];
}

for (const locale of ['en-US', 'ja-JP']) {
  test.describe(locale, () => {
    test.use({ locale });

    test('a preset is drawn at its 0 s state before the worker answers, which then agrees, and states follow the run', async ({ page }) => {
      // Hold the worker's script: until it is let through, nothing can simulate.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let workerAsked = false;
      await page.route(/sim\.worker-[\w-]+\.js$/, async (route) => {
        workerAsked = true;
        await held;
        await route.continue();
      });
      // The state each instance was first drawn with (a flash of 'created' would show here).
      await page.addInitScript(() => {
        const first: Record<string, string> = {};
        (window as unknown as { firstStates: Record<string, string> }).firstStates = first;
        new MutationObserver(() => {
          for (const el of Array.from(document.querySelectorAll('[data-testid="instance"]'))) {
            const name = el.getAttribute('data-name')!;
            first[name] ??= el.getAttribute('data-state') ?? '';
          }
        }).observe(document, { childList: true, subtree: true, attributes: true });
      });

      await page.goto('./?scenario=nginx-vm-vs-container');
      const ws = new WorkspacePage(page);
      await expect(ws.instances()).toHaveCount(2);
      // At 0 s both have been started: the VM is in its firmware, the container being created.
      await ws.expectState('web-vm', 'booting');
      await ws.expectState('web', 'booting');
      expect(workerAsked).toBe(true);
      const before = await boardText(page);
      expect(await page.evaluate(() => (window as unknown as { firstStates: Record<string, string> }).firstStates)).toEqual({ 'web-vm': 'booting', web: 'booting' });

      release();
      await page.evaluate(() => window.__utsuwa!.getState().settled());
      // The worker's own answer for 0 s is what was drawn.
      expect(await boardText(page)).toEqual(before);
      await expect(ws.clock).toHaveText('0:00.000');

      await ws.setSpeed(10);
      await ws.startPlaying();
      await ws.expectState('web', 'running');
      await expect(ws.instance('web-vm')).not.toHaveAttribute('data-state', 'created');
    });

    test('the board is drawn before the catalogue and drag and drop arrive, with the same words; the rest of the workspace follows them', async ({ page }) => {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/(catalogue|DragKit)-[\w-]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto('./?scenario=nginx-vm-vs-container');
      const ws = new WorkspacePage(page);
      await expect(ws.instances()).toHaveCount(2);
      const board = page.getByTestId('host');
      // The app, hypervisor, runtime and kernel come from the catalogue: here, from the preset's excerpt of it.
      const drawn = await board.innerText();
      expect(drawn).toContain('nginx');
      expect(drawn).toContain('6.8.0-45-generic');
      await expect(page.getByTestId('palette-container')).toHaveCount(0);

      release();
      await expect(page.getByTestId('palette-container')).toBeVisible();
      await expect(page.getByTestId('inspector')).toBeVisible();
      // Drawn again with the catalogue itself and inside drag and drop: the same words.
      expect(await board.innerText()).toBe(drawn);
      // dnd-kit's attributes: the palette's handles can be dragged.
      await expect(page.getByTestId('palette-container')).toHaveAttribute('aria-roledescription', /.+/);
    });
  });
}
