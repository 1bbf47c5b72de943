import { expect, test } from '@playwright/test';
import { WorkspacePage } from './pages/workspace-page';

test('lowering a running container\'s memory limit in the inspector applies now and shows docker update', async ({ page }) => {
  const ws = await new WorkspacePage(page).open('nginx-vm-vs-container');
  await ws.setSpeed(100);
  await ws.startPlaying();
  await ws.expectState('web', 'running');
  await ws.play.click(); // pause
  const docBefore = await page.evaluate(() => JSON.stringify(window.__utsuwa!.getState().doc));

  await ws.instance('web').locator('.inst-name').click();
  await page.getByTestId('inspector').getByTestId('inspector-memory').selectOption({ label: '64.0 MiB' });
  await expect(page.getByTestId('command')).toContainText('docker update --memory=64m web');
  await expect(ws.eventLog).toContainText("web's limits changed");
  // A live action: the scenario (and so undo) is untouched.
  expect(await page.evaluate(() => JSON.stringify(window.__utsuwa!.getState().doc))).toBe(docBefore);
});
