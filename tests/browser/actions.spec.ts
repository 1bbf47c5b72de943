import { expect, test, type Page } from '@playwright/test';
import { WorkspacePage } from './pages/workspace-page';

/** Every anchor in src/anchors.ts, as the page shows it (the disk tab's charts after a tab switch). */
const ANCHORS_ON_STARTUP = ['header', 'palette', 'host', 'play', 'clock', 'scrubber', 'charts', 'tab-startup', 'tab-disk', 'tab-inside', 'tab-terminal', 'timeline-chart', 'memory-chart', 'inspector', 'event-log'];

const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/shots/${name}.png` });

test.describe('one action registry behind buttons, keys and menus', () => {
  test('Undo: the header button and Ctrl+Z are one action, enabled and disabled together', async ({ page }) => {
    const ws = await new WorkspacePage(page).open('empty');
    const undo = page.getByTestId('undo');
    await expect(undo).toBeDisabled();
    await expect(undo).toHaveAttribute('title', 'Undo (Ctrl+Z)');
    await expect(page.getByTestId('redo')).toHaveAttribute('title', 'Redo (Ctrl+Shift+Z)');
    await page.keyboard.press('Control+z'); // nothing to undo: nothing happens
    await ws.paletteItem('container').click();
    await expect(ws.instances()).toHaveCount(1);
    await expect(undo).toBeEnabled();
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect(ws.instances()).toHaveCount(0);
    await expect(undo).toBeDisabled();
    await page.getByTestId('redo').click();
    await expect(ws.instances()).toHaveCount(1);
  });

  test('Remove: the inspector button and Delete are one action; nothing selected disables both', async ({ page }) => {
    const ws = await new WorkspacePage(page).open('boot-race');
    const before = await ws.instances().count();
    await page.keyboard.press('Delete'); // nothing selected
    await expect(ws.instances()).toHaveCount(before);
    await expect(page.getByTestId('remove')).toHaveCount(0); // the host inspector has no Remove

    await ws.instance('docker-nginx').locator('.inst-name').click();
    await expect(page.getByTestId('remove')).toHaveAttribute('title', 'Remove (Del)');
    await page.keyboard.press('Delete');
    await expect(ws.instance('docker-nginx')).toHaveCount(0);
    await page.getByTestId('undo').click();
    await ws.instance('docker-nginx').locator('.inst-name').click();
    await page.getByTestId('remove').click();
    await expect(ws.instance('docker-nginx')).toHaveCount(0);
  });

  test('the inspector buttons follow the instance (start/stop, the exploits), in English and Japanese', async ({ page }) => {
    const ws = await new WorkspacePage(page).open('boot-race');
    await ws.instance('docker-nginx').locator('.inst-name').click();
    const actions = page.getByTestId('inspector').locator('.inspector-actions button');
    // Paused at 0:00, where its start is due: it is starting, so it can be stopped and attacked.
    await ws.expectState('docker-nginx', 'booting');
    await expect(actions).toHaveText(['Stop', 'Exploit the app', 'Kernel exploit', 'Remove']);
    await ws.setSpeed(100);
    await ws.startPlaying();
    await ws.expectState('docker-nginx', 'running');
    await expect(actions).toHaveText(['Stop', 'Exploit the app', 'Kernel exploit', 'Remove']);
    await expect(actions.nth(1)).toBeEnabled();
    await shot(page, 'inspector-en');
    await page.getByTestId('lang-toggle').click();
    await expect(actions).toHaveText(['停止', 'アプリを攻撃', 'カーネルを攻撃', '削除']);
    await shot(page, 'inspector-ja');
    await actions.nth(0).click();
    // docker stop takes the app's shutdown time: paused, Step runs on to its end.
    await page.getByTestId('step').click();
    await ws.expectState('docker-nginx', 'exited');
    // Stopped: it can be started again, and there is nothing to attack.
    await expect(actions).toHaveText(['起動', 'アプリを攻撃', 'カーネルを攻撃', '削除']);
    await expect(actions.nth(1)).toBeDisabled();
  });

  test('presenter keys: Space never clicks the focused button; the help lists the registry\'s keys', async ({ page }) => {
    await new WorkspacePage(page).open('empty');
    const toggle = page.getByTestId('presenter-toggle');
    await expect(toggle).toHaveAttribute('title', 'Space/→/PgDn Next · ←/PgUp Back · F Full screen · L Laser pointer · Esc Leave presenter mode');
    await toggle.click(); // focus stays on the toggle
    await expect(page.locator('html')).toHaveClass(/presenter/);
    await expect(page.getByTestId('presenter-caption')).toContainText('Space/→/PgDn Next');
    await page.keyboard.press('Space'); // no tour: nothing to do, and the toggle is not clicked
    await expect(page.locator('html')).toHaveClass(/presenter/);
    await page.keyboard.press('Escape');
    await expect(page.locator('html')).not.toHaveClass(/presenter/);
  });

  test('the export menu: a chart not on screen cannot be exported until its tab opens', async ({ page }) => {
    await new WorkspacePage(page).open('boot-race');
    await page.getByTestId('export-menu').locator('summary').click();
    await expect(page.getByTestId('export-timeline-svg')).toBeEnabled();
    await expect(page.getByTestId('export-disk-png')).toBeDisabled();
    await shot(page, 'export-menu-en');
    await page.getByTestId('export-menu').locator('summary').click();
    await page.getByTestId('tab-disk').click();
    await page.getByTestId('export-menu').locator('summary').click();
    await expect(page.getByTestId('export-disk-png')).toBeEnabled();
    await expect(page.getByTestId('export-comparison-csv')).toBeEnabled();
    await expect(page.getByTestId('export-timeline-svg')).toBeDisabled();
  });
});

test.describe('anchors', () => {
  test('every anchor is on the page, and a tour highlight outlines the anchored element (bringing its tab forward)', async ({ page }) => {
    await new WorkspacePage(page).open('containers-in-cloud-vm');
    for (const name of ANCHORS_ON_STARTUP) await expect(page.locator(`[data-anchor="${name}"]`).first(), name).toBeVisible();
    await page.getByTestId('tab-disk').click();
    for (const name of ['disk-chart', 'comparison-table']) await expect(page.locator(`[data-anchor="${name}"]`), name).toBeVisible();
    await page.getByTestId('tab-startup').click();

    await page.getByTestId('tour-picker').selectOption('containers-in-cloud-vm');
    await expect(page.locator('[data-anchor="tour"]')).toBeVisible();
    const highlight = page.getByTestId('tour-highlight');
    // Step on until the tour points at the comparison table, which lives on the other tab.
    for (let i = 0; i < 8 && (await highlight.getAttribute('data-target')) !== 'comparison-table'; i++) {
      if (await page.getByTestId('tour-next').isEnabled()) await page.getByTestId('tour-next').click();
      else await page.getByTestId('tour-skip').click();
    }
    await expect(highlight).toHaveAttribute('data-target', 'comparison-table');
    const table = page.locator('[data-anchor="comparison-table"]');
    await expect(table).toBeVisible();
    await expect.poll(async () => {
      const [h, t] = [await highlight.boundingBox(), await table.boundingBox()];
      return h && t ? Math.round(Math.abs(h.x + 4 - t.x) + Math.abs(h.y + 4 - t.y)) : -1;
    }).toBe(0);
  });
});

test('screenshots: the header, its menus and the tour panel in English and Japanese', async ({ page }) => {
  await new WorkspacePage(page).open('nginx-vm-vs-container');
  await page.getByTestId('tour-start').click();
  await shot(page, 'workspace-en');
  await page.getByTestId('lang-toggle').click();
  await expect(page.getByTestId('lang-toggle')).toHaveText('English');
  await expect(page.getByTestId('import')).toHaveText('読み込む');
  await expect(page.getByTestId('tour-next')).toContainText('次へ');
  await shot(page, 'workspace-ja');
  await page.getByTestId('export-menu').locator('summary').click();
  await expect(page.getByTestId('export-menu')).toContainText('タイムライン');
  await shot(page, 'export-menu-ja');
});
