import { expect, test, type Page } from '@playwright/test';
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

/** Reads or writes idb-keyval's default store from the page, as the autosave does. */
function idb(page: Page, op: 'get' | 'set', key: string, value?: unknown): Promise<unknown> {
  return page.evaluate(([op, key, value]) => new Promise((resolve, reject) => {
    const open = indexedDB.open('keyval-store');
    open.onupgradeneeded = () => open.result.createObjectStore('keyval');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('keyval', op === 'get' ? 'readonly' : 'readwrite');
      const store = tx.objectStore('keyval');
      const req = op === 'get' ? store.get(key as string) : store.put(value, key as string);
      req.onsuccess = () => resolve(op === 'get' ? req.result : null);
      req.onerror = () => reject(req.error);
    };
  }), [op, key, value] as const);
}

test('a saved workspace this version refuses is kept aside with the reason, not overwritten', async ({ page }) => {
  const ws = await new WorkspacePage(page).open('empty');
  const yaml = 'version: 1\nname: mine\ninstances:\n  - { name: web, kind: container, image: "nginx:1.27" }\ntour:\n  - { say: hi, start: web2 }\n';
  await idb(page, 'set', 'utsuwa.workspace', { schema: 1, yaml, savedAt: 0 });
  await page.reload();
  await ws.open();
  await expect(ws.notice).toHaveAttribute('role', 'alert');
  await expect(ws.notice).toContainText('autosave.yaml');
  await expect(page.getByTestId('notice-details')).toContainText('tour[0].start: unknown instance "web2"');
  await ws.paletteItem('container').press('Enter'); // an edit: the autosave writes again
  await page.waitForTimeout(1200);
  expect(await idb(page, 'get', 'utsuwa.workspace.unread')).toMatchObject({ yaml });
});
