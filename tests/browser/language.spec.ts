import { expect, test } from '@playwright/test';
import { WorkspacePage } from './pages/workspace-page';

test('switching to Japanese changes <html lang> and the texts, the event log included', async ({ page }) => {
  const ws = await new WorkspacePage(page).open('nginx-vm-vs-container');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('import')).toHaveText('Import');

  await page.getByTestId('lang-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByTestId('import')).toHaveText('読み込む');
  await expect(ws.play).toContainText('再生');

  await ws.setSpeed(100);
  await ws.startPlaying();
  await expect(ws.eventLog).toContainText('準備完了', { timeout: 20_000 });

  await page.getByTestId('lang-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(ws.eventLog).toContainText('is ready');
});
