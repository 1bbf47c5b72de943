import { expect, test, type Page } from '@playwright/test';
import lzString from 'lz-string';
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

test('a saved workspace this version refuses is kept aside with the reason, offered as a download, not overwritten', async ({ page }) => {
  const ws = await new WorkspacePage(page).open('empty');
  const yaml = 'version: 1\nname: mine\ninstances:\n  - { name: web, kind: container, image: "nginx:1.27" }\ntour:\n  - { say: hi, start: web2 }\n';
  await idb(page, 'set', 'utsuwa.workspace', { schema: 1, yaml, savedAt: 0 });
  await page.goto('./');
  await page.waitForFunction(() => window.__utsuwa?.getState().loaded === true);
  const kept = page.getByTestId('storage-unread');
  await expect(kept).toHaveAttribute('role', 'alert');
  await expect(kept).toContainText('could not be read');
  await expect(page.getByTestId('storage-unread-details')).toContainText('tour[0].start: unknown instance "web2"');
  const download = page.waitForEvent('download');
  await kept.getByRole('button', { name: 'Download the saved workspace' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^utsuwa-unread-.*\.yaml$/);
  expect(await streamText(await file.createReadStream())).toBe(yaml);

  await ws.paletteItem('container').press('Enter'); // an edit: the autosave writes again
  await page.waitForTimeout(1200);
  expect(await idb(page, 'get', 'utsuwa.workspace.unread')).toMatchObject([{ record: { yaml } }]);
  // The kept record survives a second reload and a second save.
  await page.reload();
  await page.waitForFunction(() => window.__utsuwa?.getState().loaded === true);
  expect(await idb(page, 'get', 'utsuwa.workspace.unread')).toMatchObject([{ record: { yaml } }]);
});

test('a workspace saved by a newer Utsuwa is never overwritten, and the user is told in both languages', async ({ page }) => {
  const ws = await new WorkspacePage(page).open('empty');
  const newer = { schema: 2, yaml: 'version: 2\nname: from the future\n', savedAt: 0, rev: 3 };
  await idb(page, 'set', 'utsuwa.workspace', newer);
  await page.goto('./');
  await page.waitForFunction(() => window.__utsuwa?.getState().loaded === true);
  await expect(page.getByTestId('storage-newer')).toContainText('newer version of Utsuwa');
  await ws.paletteItem('container').press('Enter');
  await page.waitForTimeout(1200);
  expect(await idb(page, 'get', 'utsuwa.workspace')).toEqual(newer);
  await page.getByTestId('lang-toggle').click();
  await expect(page.getByTestId('storage-newer')).toContainText('新しいバージョンの Utsuwa');
});

test('two tabs: one writes, the other is told and offered to reload, and nothing is lost', async ({ page, context }) => {
  const a = await new WorkspacePage(page).open('empty');
  await a.paletteItem('container').press('Enter');
  await page.waitForTimeout(1200);
  const other = await context.newPage();
  const b = new WorkspacePage(other);
  await b.open(); // restores what tab A saved
  expect(await b.documentInstanceNames()).toEqual(await a.documentInstanceNames());

  await a.paletteItem('vm').press('Enter'); // A saves again: B is told at once
  await expect(other.getByTestId('storage-otherTab')).toContainText('another tab');
  const aNames = await a.documentInstanceNames();
  await page.waitForTimeout(1200);

  await b.paletteItem('container').press('Enter'); // B's edit does not overwrite A's work
  await other.waitForTimeout(1200);
  const record = await idb(other, 'get', 'utsuwa.workspace') as { yaml: string };
  for (const name of aNames) expect(record.yaml).toContain(`name: ${name}`);
  expect(record.yaml).not.toContain('container-2');

  await other.getByTestId('storage-otherTab').getByRole('button', { name: 'Reload' }).click();
  await other.waitForFunction(() => window.__utsuwa?.getState().loaded === true && window.__utsuwa.getState().view !== null);
  expect(await b.documentInstanceNames()).toEqual(aNames);
  await expect(other.getByTestId('storage-otherTab')).toHaveCount(0);
});

test('opening a share link over saved work asks first; declining keeps the work', async ({ page, context }) => {
  const ws = await new WorkspacePage(page).open('empty');
  await ws.paletteItem('vm').press('Enter');
  await page.waitForTimeout(1200);
  const mine = await ws.documentInstanceNames();
  const link = new URL(page.url());
  link.search = '';
  link.hash = '#s=' + lzString.compressToEncodedURIComponent('version: 1\nname: theirs\ninstances:\n  - { name: cache, kind: container, image: "redis:7" }\n');
  const other = await context.newPage();
  const asked: string[] = [];
  other.on('dialog', (d) => {
    asked.push(d.message());
    void d.dismiss();
  });
  await other.goto(link.toString());
  await other.waitForFunction(() => window.__utsuwa?.getState().loaded === true);
  await expect(other.getByTestId('notice')).toContainText('The link was not opened');
  expect(asked).toEqual(['Opening this link will replace your saved workspace. Open it anyway?']);
  expect(await new WorkspacePage(other).documentInstanceNames()).toEqual(mine);
});

test('a refused link says why even when the saved workspace is restored', async ({ page, context }) => {
  const ws = await new WorkspacePage(page).open('empty');
  await ws.paletteItem('vm').press('Enter');
  await page.waitForTimeout(1200);
  const other = await context.newPage(); // the link opened in a new tab
  await other.goto('./#s=' + lzString.compressToEncodedURIComponent('version: 1\nname: theirs\ninstances:\n  - { name: cache, kind: container, memory: lots }\n'));
  await other.waitForFunction(() => window.__utsuwa?.getState().loaded === true);
  const notice = other.getByTestId('notice');
  await expect(notice).toHaveAttribute('role', 'alert');
  await expect(notice).toContainText('The shared link could not be read');
  await expect(notice).toContainText('Your last workspace was restored instead');
  expect(await new WorkspacePage(other).documentInstanceNames()).toEqual(await ws.documentInstanceNames());
});

test('a link pasted into the same tab opens there, asking first over the user\'s work', async ({ page }) => {
  const ws = await new WorkspacePage(page).open('empty');
  await ws.paletteItem('vm').press('Enter');
  const asked: string[] = [];
  page.on('dialog', (d) => {
    asked.push(d.message());
    void d.accept();
  });
  await page.goto('./#s=' + lzString.compressToEncodedURIComponent('version: 1\nname: theirs\ninstances:\n  - { name: cache, kind: container, image: "redis:7" }\n'));
  await expect.poll(() => ws.documentInstanceNames()).toEqual(['cache']);
  expect(asked).toHaveLength(1);
});

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

test('opening a file over changed work asks first; declining keeps the work, accepting opens it', async ({ page }) => {
  const ws = await new WorkspacePage(page).open('empty');
  await ws.paletteItem('vm').press('Enter');
  const mine = await ws.documentInstanceNames();
  const answers = [false, true];
  const asked: string[] = [];
  page.on('dialog', (d) => {
    asked.push(d.message());
    void (answers.shift() ? d.accept() : d.dismiss());
  });
  const file = { name: 'two.yaml', mimeType: 'application/yaml', buffer: Buffer.from('version: 1\nname: two\ninstances:\n  - { name: cache-a, kind: container, image: "redis:7" }\n') };
  await page.getByTestId('import-input').setInputFiles(file);
  await expect(ws.notice).toContainText('Nothing was opened');
  expect(await ws.documentInstanceNames()).toEqual(mine);
  await page.getByTestId('import-input').setInputFiles([]);
  await page.getByTestId('import-input').setInputFiles(file);
  await expect.poll(() => ws.documentInstanceNames()).toEqual(['cache-a']);
  expect(asked).toEqual(['Opening two.yaml will replace your current workspace. Open it anyway?', 'Opening two.yaml will replace your current workspace. Open it anyway?']);
});
