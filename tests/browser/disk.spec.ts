import { expect, test, type Page } from '@playwright/test';
import { WorkspacePage } from './pages/workspace-page';

const SIZE = /(\d+(?:\.\d)? (?:B|KiB|MiB|GiB|TiB))/;

async function sizeIn(page: Page, selector: string): Promise<string> {
  const text = (await page.locator(selector).first().textContent()) ?? '';
  const m = SIZE.exec(text);
  expect(m, `${selector}: ${text}`).not.toBeNull();
  return m![1]!;
}

test('cold-pull at 1.5 s: the board, the disk chart and "Layers & disk" show the same host disk figure', async ({ page }) => {
  const ws = await new WorkspacePage(page).open('cold-pull');
  await page.getByTestId('scrubber').fill('1500');
  await expect(ws.clock).toHaveText('0:01.500');
  const disk = await page.evaluate(() => window.__utsuwa!.getState().view!.host.disk);
  // Layers are still arriving: what is on disk is what has been received and unpacked so far.
  expect(disk.pullingBytes).toBeGreaterThan(0);
  expect(disk.totalBytes).toBeGreaterThan(0);

  const board = await sizeIn(page, '[data-testid="host"] [data-testid="host-disk"] .bar-text');

  await page.getByTestId('tab-disk').click();
  const chart = await sizeIn(page, '[data-testid="disk-used"]');
  await expect(page.locator('[data-testid="disk-row"][data-group="pulling"]').first()).toBeVisible();
  await page.screenshot({ path: '/tmp/shots/disk-cold-pull-1500-en.png' });

  await page.getByTestId('tab-inside').click();
  await page.getByTestId('inside-layers').click();
  const layers = await sizeIn(page, '.layers-view [data-testid="host-disk"]');
  await page.screenshot({ path: '/tmp/shots/layers-cold-pull-1500-en.png' });

  expect(chart).toBe(board);
  expect(layers).toBe(board);

  // Later, everything has arrived and all three move together.
  await page.getByTestId('scrubber').fill('12000');
  await expect(ws.clock).toHaveText('0:12.000');
  const after = await sizeIn(page, '.layers-view [data-testid="host-disk"]');
  expect(after).not.toBe(board);
  expect(await sizeIn(page, '[data-testid="host"] [data-testid="host-disk"] .bar-text')).toBe(after);
});

test('the disk chart in Japanese, mid-pull', async ({ page }) => {
  const ws = await new WorkspacePage(page).open('cold-pull');
  await page.getByTestId('lang-toggle').click();
  await page.getByTestId('scrubber').fill('1500');
  await expect(ws.clock).toHaveText('0:01.500');
  await page.getByTestId('tab-disk').click();
  await expect(page.getByTestId('disk-chart')).toContainText('プル中のレイヤー');
  await page.screenshot({ path: '/tmp/shots/disk-cold-pull-1500-ja.png' });
});
