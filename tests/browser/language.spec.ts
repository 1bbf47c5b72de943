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

/** Records the import button's text the moment it first appears, before anything could change it. */
async function watchFirstText(page: import('@playwright/test').Page, saved: string | null): Promise<void> {
  await page.addInitScript((lang) => {
    if (lang !== null) localStorage.setItem('utsuwa.lang', lang);
    const w = window as unknown as { __firstImport?: string };
    new MutationObserver((_, obs) => {
      const el = document.querySelector('[data-testid="import"]');
      if (el && w.__firstImport === undefined) {
        w.__firstImport = el.textContent ?? '';
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  }, saved);
}
const firstImportText = (page: import('@playwright/test').Page) => page.evaluate(() => (window as unknown as { __firstImport?: string }).__firstImport);

test.describe('a browser that prefers Japanese', () => {
  test.use({ locale: 'ja-JP' });

  test('the first render is already in Japanese (its texts load before it)', async ({ page }) => {
    await watchFirstText(page, null);
    await new WorkspacePage(page).open('nginx-vm-vs-container');
    expect(await firstImportText(page)).toBe('読み込む');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByTestId('play')).toContainText('再生');
  });

  test('a saved choice of English wins over the browser, from the first render', async ({ page }) => {
    await watchFirstText(page, 'en');
    await new WorkspacePage(page).open('nginx-vm-vs-container');
    expect(await firstImportText(page)).toBe('Import');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test('a saved choice of Japanese in an English browser: Japanese from the first render', async ({ page }) => {
  await watchFirstText(page, 'ja');
  await new WorkspacePage(page).open('nginx-vm-vs-container');
  expect(await firstImportText(page)).toBe('読み込む');
});
