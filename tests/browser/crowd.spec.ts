import { test, expect } from '@playwright/test';
import { WorkspacePage } from './pages/workspace-page';

test('a crowded board shows containers as tiles that follow their state and can be inspected', async ({ page }) => {
  const ws = await new WorkspacePage(page).open('burst-100');
  const tiles = page.locator('.tile[data-testid="instance"][data-kind="container"]');
  await expect(tiles).toHaveCount(100);
  // Paused at 0:00, where c001's start is due: starting, no further.
  await expect(ws.instance('c001')).toHaveAttribute('data-state', 'booting');
  // the VMs are tiles too, so both groups stay in view
  await expect(page.locator('.tile[data-testid="instance"][data-kind="vm"]')).toHaveCount(100);
  await ws.setSpeed(100);
  await ws.startPlaying();
  await ws.expectState('c100', 'running', 30_000);
  await ws.instance('c042').click();
  await expect.poll(() => page.evaluate(() => window.__utsuwa!.getState().selected)).toBe('c042');
});
