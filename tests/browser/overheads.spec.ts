import { expect, test } from '@playwright/test';
import { WorkspacePage } from './pages/workspace-page';

const shots = process.env.UTSUWA_SHOTS;

test.describe('overheads and the textbook\'s figures in the page', () => {
  test('the comparison table and the inspector show the report\'s overheads; the textbook note puts its VM figures beside the model\'s', async ({ page }) => {
    const ws = await new WorkspacePage(page).open('nginx-vm-vs-container');
    await ws.setSpeed(100);
    await ws.startPlaying();
    await ws.expectState('web-vm', 'running', 30_000);
    await page.getByTestId('tab-disk').click();
    const table = page.getByTestId('comparison-table');
    // KVM's virtual NIC adds 30 µs a round trip; Docker's NAT on the default bridge 37.5 µs (Felter et al. 2015).
    await expect(table.locator('tr[data-instance="web-vm"] td[data-column="overheads"]')).toHaveText('CPU +2% · I/O +100% · network +30 µs a round trip');
    await expect(table.locator('tr[data-instance="web"] td[data-column="overheads"]')).toHaveText('CPU +0% · I/O +0% · network +37.5 µs a round trip');
    const note = page.getByTestId('textbook-note');
    await expect(note).toContainText('1 min');
    await expect(note).toContainText('5 min');
    // The model's figure in the note is the table's.
    const ready = await table.locator('tr[data-instance="web-vm"] td[data-column="startup"]').textContent();
    await expect(page.getByTestId('textbook-figures')).toContainText(`ready in ${ready!.trim()}`);
    await expect(note.locator('code')).toHaveText('vagrant up');
    await ws.instance('web').click();
    await expect(page.getByTestId('inspector-overheads')).toHaveText('CPU +0% · I/O +0% · network +37.5 µs a round trip');
    if (shots) await page.screenshot({ path: `${shots}/overheads-1280-en.png` });
  });

  test('screenshots in Japanese and at 1024×768', async ({ page }) => {
    test.skip(!shots, 'set UTSUWA_SHOTS to a folder to take them');
    for (const [w, h] of [[1280, 720], [1024, 768]] as const) {
      await page.setViewportSize({ width: w, height: h });
      const ws = await new WorkspacePage(page).open('nginx-vm-vs-container');
      if (await page.locator('html').getAttribute('lang') !== 'ja') await page.getByTestId('lang-toggle').click();
      await ws.setSpeed(100);
      await ws.startPlaying();
      await ws.expectState('web-vm', 'running', 30_000);
      await page.getByTestId('tab-disk').click();
      await expect(page.getByTestId('textbook-note')).toBeVisible();
      await page.getByTestId('textbook-note').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}/overheads-${w}-ja.png` });
    }
  });
});
