import { expect, test, type Page } from '@playwright/test';
import { WorkspacePage } from './pages/workspace-page';

test('keyboard: Enter adds to the host, then into the selected VM; Delete removes the selection; Ctrl+Z brings it back', async ({ page }) => {
  const ws = await new WorkspacePage(page).open('empty');

  await ws.paletteItem('vm').focus();
  await page.keyboard.press('Enter');
  const vm = page.locator('[data-testid="instance"][data-kind="vm"]');
  await expect(vm).toHaveCount(1);
  await expect(vm).toHaveAttribute('aria-current', 'true');

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

/** Presses Tab until the element with this test id has focus (the way a keyboard user gets there). */
async function tabTo(page: Page, testId: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((id) => document.activeElement?.getAttribute('data-testid') === id, testId)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${testId}`);
}

const inVm = (page: Page, name: string) => page.evaluate((n) => {
  const c = window.__utsuwa!.getState().doc.instances.find((i) => i.name === n);
  return c?.kind === 'container' ? c.in : undefined;
}, name);

test('keyboard only: add a VM and a container, move the container into the VM, play, open a tab', async ({ page }) => {
  const ws = await new WorkspacePage(page).open('empty');
  await tabTo(page, 'palette-vm');
  await page.keyboard.press('Enter');
  await expect(ws.instances()).toHaveCount(1);
  await page.keyboard.press('Escape'); // deselect: the next container goes onto the host
  await tabTo(page, 'palette-container');
  await page.keyboard.press('Enter');
  await expect(ws.notice).toContainText('nginx added to the host.');
  expect(await inVm(page, 'nginx')).toBeNull();

  // The inspector offers the move a drag would make.
  await tabTo(page, 'move-target');
  await expect(page.getByTestId('move-target')).toHaveValue('ubuntu-vm');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('move')).toBeFocused();
  await page.keyboard.press('Enter');
  expect(await inVm(page, 'nginx')).toBe('ubuntu-vm');
  await expect(ws.notice).toContainText('Moved nginx into ubuntu-vm.');
  await expect(ws.instance('ubuntu-vm').locator('[data-testid="instance"][data-name="nginx"]')).toHaveCount(1);

  await tabTo(page, 'play');
  await page.keyboard.press('Enter');
  await expect(ws.play).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Enter');
  await expect(ws.play).toHaveAttribute('aria-pressed', 'false');

  // The charts' tabs: the WAI-ARIA pattern, one tab in the Tab order, arrows move and select.
  await tabTo(page, 'tab-startup');
  await expect(page.getByTestId('tab-disk')).toHaveAttribute('tabindex', '-1');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('tab-disk')).toBeFocused();
  await expect(page.getByTestId('tab-disk')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('comparison-table')).toBeVisible();
  await page.keyboard.press('End');
  await expect(page.getByTestId('tab-terminal')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight'); // wraps round
  await expect(page.getByTestId('tab-startup')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Home');
  await expect(page.getByTestId('tab-startup')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('tab-startup')).toHaveAttribute('aria-controls', /.+/);
  await page.keyboard.press('Tab'); // the export menu beside the tabs, then the tab's panel
  await expect(page.getByTestId('export-menu').locator('summary')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('[role="tabpanel"]').first()).toBeFocused();

  // The inside views are a vertical tab list.
  await page.getByTestId('tab-inside').click();
  await page.getByTestId('inside-explorer').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('inside-matrix')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('inside-matrix')).toBeFocused();
});

test('Space plays and pauses outside presenter mode, but not in a field, on a button or in the terminal', async ({ page }) => {
  const ws = await new WorkspacePage(page).open('nginx-vm-vs-container');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Space');
  await expect(ws.play).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Space');
  await expect(ws.play).toHaveAttribute('aria-pressed', 'false');

  // A focused select keeps its Space; a focused button does its own thing, once.
  await page.getByTestId('speed').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Escape');
  await expect(ws.play).toHaveAttribute('aria-pressed', 'false');
  await ws.play.focus();
  await page.keyboard.press('Space');
  await expect(ws.play).toHaveAttribute('aria-pressed', 'true'); // pressed once, not toggled twice
  await page.keyboard.press('Space');
  await expect(ws.play).toHaveAttribute('aria-pressed', 'false');

  // Typing a space in the terminal types a space.
  await page.getByTestId('tab-terminal').click();
  await expect(page.getByTestId('terminal')).toBeVisible();
  await page.locator('.xterm-helper-textarea').focus();
  await page.keyboard.type('echo a b');
  await expect(ws.play).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('.xterm-rows')).toContainText('echo a b');
});

test('the step button steps from 0:00 to the next events', async ({ page }) => {
  const ws = await new WorkspacePage(page).open('nginx-vm-vs-container');
  await expect(ws.clock).toHaveText('0:00.000');
  // Paused at 0:00, what is due at 0:00 has begun: both instances are starting.
  await expect(ws.instance('web')).not.toHaveAttribute('data-state', 'created');
  const entries = await page.getByTestId('log-entry').count();
  expect(entries).toBeGreaterThan(0);
  await page.getByTestId('step').click();
  await expect(ws.clock).not.toHaveText('0:00.000');
  // Each step runs the next event; not every event is logged (a queue served), so a few steps may be needed.
  for (let i = 0; i < 10 && (await page.getByTestId('log-entry').count()) <= entries; i++) {
    await page.getByTestId('step').click();
    await page.waitForTimeout(100);
  }
  await expect.poll(() => page.getByTestId('log-entry').count()).toBeGreaterThan(entries);
  await expect(ws.play).toHaveAttribute('aria-pressed', 'false');
});
