import { expect, test } from '@playwright/test';
import { WorkspacePage } from './pages/workspace-page';

const SHOTS = process.env.UTSUWA_SHOTS;

test('"Why these numbers?" quotes a measured default with its conditions and gives an estimate its range, in English and Japanese', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const ws = await new WorkspacePage(page).open('spectrum');
  await ws.instance('kata').locator('.inst-name').click();
  const why = page.getByTestId('inspector').getByTestId('number-sources');
  await why.locator('summary').click();

  const sandbox = why.locator('li[data-what="sandbox"]');
  await expect(sandbox.locator('.sources-kind')).toHaveText('measured');
  await expect(sandbox.getByTestId('number-source-quote')).toContainText('midval = 122832.40');
  await expect(sandbox.getByTestId('number-source-quote')).toContainText('Equinix m3.small.x86');
  const create = why.locator('li[data-what="create"]');
  await expect(create.locator('.sources-kind')).toHaveText('estimate');
  await expect(create.getByTestId('number-source-estimate')).toContainText(/Plausible range: .+ to .+/);
  if (SHOTS) { await sandbox.scrollIntoViewIfNeeded(); await page.screenshot({ path: `${SHOTS}/number-sources-en.png` }); }

  await page.getByTestId('lang-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(sandbox.locator('.sources-kind')).toHaveText('実測値');
  await expect(create.locator('.sources-kind')).toHaveText('推定値');
  await expect(create.getByTestId('number-source-estimate')).toContainText('想定される範囲');
  // The quote stays in the language of its source.
  await expect(sandbox.locator('blockquote')).toHaveAttribute('lang', 'en');
  await expect(sandbox.locator('blockquote')).toContainText('midval = 122832.40');
  if (SHOTS) { await sandbox.scrollIntoViewIfNeeded(); await page.screenshot({ path: `${SHOTS}/number-sources-ja.png` }); }
});
