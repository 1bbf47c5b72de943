import { expect, test } from '@playwright/test';
import { WorkspacePage } from './pages/workspace-page';

test('drag a container and a VM onto the host, play: both reach running and the charts show them', async ({ page }) => {
  const ws = await new WorkspacePage(page).open('empty');
  await expect(ws.instances()).toHaveCount(0);
  await expect(ws.play).toHaveAttribute('aria-pressed', 'false'); // opens paused

  await ws.drag(ws.paletteItem('container'), ws.host);
  await expect(ws.instances()).toHaveCount(1);
  await ws.drag(ws.paletteItem('vm'), ws.host);
  await expect(ws.instances()).toHaveCount(2);

  const vm = ws.page.locator('[data-testid="instance"][data-kind="vm"]');
  const container = ws.page.locator('[data-testid="instance"][data-kind="container"]');
  // Paused at 0:00: both were started at 0:00, so both are in their first phase, no further.
  await expect(ws.clock).toHaveText('0:00.000');
  await expect(vm).toHaveAttribute('data-state', 'booting');
  await expect(container).toHaveAttribute('data-state', 'booting');

  await ws.setSpeed(100);
  await ws.startPlaying();
  await expect(container).toHaveAttribute('data-state', 'running', { timeout: 20_000 });
  await expect(vm).toHaveAttribute('data-state', 'running', { timeout: 30_000 });
  await expect(ws.clock).not.toHaveText('0:00.000');

  // The startup timeline has a row per instance with bars for their phases.
  const timeline = page.getByTestId('timeline-chart');
  await expect(timeline.getByTestId('timeline-row')).toHaveCount(2);
  await expect(timeline.locator('[data-testid="timeline-row"][data-kind="vm"] rect').first()).toBeVisible();
  // The memory chart and the host's gauge show memory in use.
  await expect(page.getByTestId('memory-chart')).toBeVisible();
  const used = Number(await page.getByTestId('host-memory').getByRole('meter').getAttribute('aria-valuenow'));
  expect(used).toBeGreaterThan(0);
  const vmName = await vm.getAttribute('data-name');
  await expect(page.getByTestId('memory-chart')).toContainText(vmName!);

  // The comparison table and disk chart list both instances.
  await page.getByTestId('tab-disk').click();
  const table = page.getByTestId('comparison-table');
  await expect(table.locator('tr[data-instance]')).toHaveCount(2);
  await expect(page.getByTestId('disk-chart')).toBeVisible();
  await page.getByTestId('tab-startup').click();

  // The event log narrates, and clicking an entry seeks back to it.
  const firstReady = ws.eventLog.getByTestId('log-entry').filter({ hasText: 'is ready' }).first();
  // Pause, unless playback already stopped by itself at the end (a click would replay from 0).
  if ((await ws.play.getAttribute('aria-pressed')) === 'true') await ws.play.click();
  await expect(ws.play).toHaveAttribute('aria-pressed', 'false');
  const at = Number(await firstReady.getAttribute('data-at'));
  await firstReady.click();
  await expect.poll(() => page.evaluate(() => window.__utsuwa!.getState().view!.nowMs)).toBe(at);
});

test('a VM dropped into a container is refused with a reason, and nothing changes', async ({ page }) => {
  const ws = await new WorkspacePage(page).open('empty');
  await ws.paletteItem('container').press('Enter');
  await expect(ws.instances()).toHaveCount(1);
  const before = await ws.documentInstanceNames();

  await ws.drag(ws.paletteItem('vm'), ws.instance(before[0]!));
  await expect(ws.notice).toContainText('A VM cannot run inside a container');
  expect(await ws.documentInstanceNames()).toEqual(before);
});

test('an existing container is dragged into a VM and drawn inside it', async ({ page }) => {
  const ws = await new WorkspacePage(page).open('empty');
  await ws.paletteItem('vm').press('Enter');
  await page.keyboard.press('Escape');
  await ws.paletteItem('container').press('Enter');
  const vm = page.locator('[data-testid="instance"][data-kind="vm"]');
  const onHost = page.locator('[data-testid="instance"][data-kind="container"]');
  await ws.drag(onHost, vm);
  await expect(vm.locator('[data-testid="instance"][data-kind="container"]')).toHaveCount(1);
});
