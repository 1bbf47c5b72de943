import { expect, test } from '@playwright/test';
import { WorkspacePage } from './pages/workspace-page';

test('a bad file import shows the validation error and keeps the workspace', async ({ page }) => {
  const ws = await new WorkspacePage(page).open('nginx-vm-vs-container');
  const before = await ws.documentInstanceNames();
  expect(before.length).toBeGreaterThan(0);

  await page.getByTestId('import-input').setInputFiles({
    name: 'broken.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from('version: 1\nname: broken\ninstances:\n  - name: web\n    kind: container\n    memory: lots\n'),
  });
  await expect(ws.notice).toHaveAttribute('role', 'alert');
  await expect(ws.notice).toContainText('broken.yaml');
  await expect(page.getByTestId('notice-details')).toContainText('memory');
  expect(await ws.documentInstanceNames()).toEqual(before);
  await expect(ws.instances()).toHaveCount(before.length);
});

test('a good file import replaces the workspace', async ({ page }) => {
  const ws = await new WorkspacePage(page).open('empty');
  await page.getByTestId('import-input').setInputFiles({
    name: 'two.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from('version: 1\nname: two redis\ninstances:\n  - { name: cache-a, kind: container, image: "redis:7" }\n  - { name: cache-b, kind: container, image: "redis:7" }\n'),
  });
  await expect(ws.instances()).toHaveCount(2);
  await expect(ws.instance('cache-b')).toBeVisible();
});

test('reload restores the autosaved workspace', async ({ page }) => {
  const ws = await new WorkspacePage(page).open('empty');
  await ws.paletteItem('container').press('Enter');
  await ws.paletteItem('vm').press('Enter');
  await expect(ws.instances()).toHaveCount(2);
  const names = await ws.documentInstanceNames();
  await page.waitForTimeout(1200); // the autosave writes at most every 500 ms

  await page.reload();
  await ws.open();
  expect(await ws.documentInstanceNames()).toEqual(names);
  await expect(ws.instances()).toHaveCount(2);
});

test('a share link opens the same workspace in a new page', async ({ page, context }) => {
  const ws = await new WorkspacePage(page).open('empty');
  await ws.paletteItem('container').press('Enter');
  await page.getByTestId('share').click();
  await expect(page).toHaveURL(/#s=/);
  const url = page.url();
  const other = await context.newPage();
  await other.goto(url);
  const ws2 = new WorkspacePage(other);
  await other.waitForFunction(() => window.__utsuwa?.getState().loaded === true);
  expect(await ws2.documentInstanceNames()).toEqual(await ws.documentInstanceNames());
});
