import { expect, test } from '@playwright/test';
import { WorkspacePage } from './pages/workspace-page';

test('lowering a running container\'s memory limit in the inspector applies now, shows docker update, and undoes', async ({ page }) => {
  const ws = await new WorkspacePage(page).open('nginx-vm-vs-container');
  // Paused 30 s in (web running, the VM still booting), as the playback loop advances: not
  // Play then Pause, which under load could reach the run's end (120 s) first and start again.
  await page.evaluate(() => window.__utsuwa!.getState().advanceTo(30_000));
  await expect.poll(() => page.evaluate(() => window.__utsuwa!.getState().view!.nowMs)).toBe(30_000);
  await ws.expectState('web', 'running');
  await expect(ws.play).toHaveAttribute('aria-pressed', 'false');
  const docBefore = await page.evaluate(() => JSON.stringify(window.__utsuwa!.getState().doc));

  await ws.instance('web').locator('.inst-name').click();
  await page.getByTestId('inspector').getByTestId('inspector-memory').selectOption({ label: '64 MiB' });
  await expect(page.getByTestId('command')).toContainText('docker update --memory=64m web');
  await expect(ws.eventLog).toContainText("web's limits changed: memory 64 MiB");
  // A live action: the scenario is untouched; the action is recorded with its time.
  expect(await page.evaluate(() => JSON.stringify(window.__utsuwa!.getState().doc))).toBe(docBefore);
  const actions = await page.evaluate(() => window.__utsuwa!.getState().actions);
  expect(actions).toHaveLength(1);
  expect(actions[0]).toMatchObject({ action: { type: 'instance/set-limits', name: 'web', memoryBytes: 64 * 1024 * 1024 } });
  const at = await page.evaluate(() => window.__utsuwa!.getState().view!.nowMs);
  expect(actions[0]!.atMs).toBe(at);

  // Undo takes it out and rebuilds the run at the same time: the limit is back, the log forgets.
  await page.keyboard.press('Control+z');
  await expect.poll(() => page.evaluate(() => window.__utsuwa!.getState().actions.length)).toBe(0);
  await expect(page.getByTestId('inspector').getByTestId('inspector-memory')).not.toHaveValue(String(64 * 1024 * 1024));
  await expect(ws.eventLog).not.toContainText("web's limits changed");
  expect(await page.evaluate(() => window.__utsuwa!.getState().view!.nowMs)).toBe(at);
  await page.keyboard.press('Control+Shift+z');
  await expect(ws.eventLog).toContainText("web's limits changed");
});

test('a KVM VM\'s balloon option in the inspector: off by default, on writes it into the scenario and the virt-install line', async ({ page }) => {
  const ws = await new WorkspacePage(page).open('nginx-vm-vs-container');
  await ws.instance('web-vm').locator('.inst-name').click();
  const balloon = page.getByTestId('inspector').getByTestId('inspector-balloon');
  await expect(balloon).not.toBeChecked();
  await balloon.check();
  await expect.poll(() => page.evaluate(() => window.__utsuwa!.getState().doc.instances.find((i) => i.name === 'web-vm'))).toMatchObject({ balloon: 'free-page-reporting' });
  await expect(page.getByTestId('command')).toContainText('--memballoon virtio,freePageReporting=on');
  await page.screenshot({ path: 'test-results/inspector-balloon-en.png' });
  await page.getByTestId('lang-toggle').click();
  await expect(page.getByTestId('inspector')).toContainText('空きページ報告');
  await page.screenshot({ path: 'test-results/inspector-balloon-ja.png' });
  await balloon.uncheck();
  await expect.poll(() => page.evaluate(() => window.__utsuwa!.getState().doc.instances.find((i) => i.name === 'web-vm'))).not.toHaveProperty('balloon');
});

test('the host\'s swap in the inspector: none by default; set, it is saved in the scenario', async ({ page }) => {
  await new WorkspacePage(page).open('nginx-vm-vs-container');
  const swap = page.getByTestId('inspector').getByTestId('inspector-swap');
  await expect(swap).toHaveValue('0');
  await swap.selectOption({ label: '2 GiB' });
  await expect.poll(() => page.evaluate(() => window.__utsuwa!.getState().doc.host.swapBytes)).toBe(2 * 1024 ** 3);
  await page.screenshot({ path: 'test-results/host-swap-en.png' });
});
