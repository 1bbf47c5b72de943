import { expect, test } from '@playwright/test';
import { WorkspacePage } from './pages/workspace-page';

test('keyboard: Enter adds to the host, then into the selected VM; Delete removes the selection; Ctrl+Z brings it back', async ({ page }) => {
  const ws = await new WorkspacePage(page).open('empty');

  await ws.paletteItem('vm').focus();
  await page.keyboard.press('Enter');
  const vm = page.locator('[data-testid="instance"][data-kind="vm"]');
  await expect(vm).toHaveCount(1);
  await expect(vm).toHaveAttribute('aria-selected', 'true');

  await ws.paletteItem('container').focus();
  await page.keyboard.press('Enter');
  // The new container went into the selected VM.
  await expect(vm.locator('[data-testid="instance"][data-kind="container"]')).toHaveCount(1);

  // Select the VM and delete it: its container goes with it.
  await vm.locator('.inst-name').first().click();
  await page.keyboard.press('Delete');
  await expect(ws.instances()).toHaveCount(0);

  await page.keyboard.press('Control+z');
  await expect(ws.instances()).toHaveCount(2);
  await page.keyboard.press('Control+Shift+z');
  await expect(ws.instances()).toHaveCount(0);
});
