import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { WorkspacePage } from './pages/workspace-page';

const MiB = 1024 * 1024;

async function typeInTerminal(page: Page, line: string): Promise<void> {
  await page.getByTestId('terminal').locator('.xterm-helper-textarea').focus();
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}

async function exportedText(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
  return readFileSync((await download.path())!, 'utf8');
}

test('docker rm -f takes the container off the board, out of the exported file and out of the autosave', async ({ page }) => {
  const ws = await new WorkspacePage(page).open('empty');
  await page.getByTestId('tab-terminal').click();
  await expect(page.getByTestId('terminal').locator('.xterm-rows')).toContainText('root@utsuwa-host:~#');
  await typeInTerminal(page, 'docker run -d --name web nginx:1.27');
  await expect(ws.instance('web')).toBeVisible();
  await typeInTerminal(page, 'docker run -d --name db redis:7');
  await expect(ws.instance('db')).toBeVisible();
  expect(await exportedText(page)).toContain('name: web');

  await typeInTerminal(page, 'docker rm -f web');
  await expect(ws.instance('web')).toHaveCount(0);
  await expect(ws.instance('db')).toBeVisible();
  expect(await ws.documentInstanceNames()).toEqual(['db']);
  const exported = await exportedText(page);
  expect(exported).toContain('name: db');
  expect(exported).not.toMatch(/\bweb\b/);

  await page.waitForTimeout(1200); // the autosave writes at most every 500 ms
  await page.reload();
  await ws.open();
  expect(await ws.documentInstanceNames()).toEqual(['db']);
  await expect(ws.instance('web')).toHaveCount(0);
});

test('a share link carries the live actions: the page it opens replays them at their times', async ({ page, context }) => {
  test.setTimeout(120_000); // two pages, each loaded and played
  const ws = await new WorkspacePage(page).open('empty');
  await ws.paletteItem('container').press('Enter');
  await ws.setSpeed(10);
  await ws.play.click(); // it stops by itself once nothing is left to happen
  await ws.expectState('nginx', 'running');
  await expect(ws.play).toHaveAttribute('aria-pressed', 'false');
  await ws.instance('nginx').locator('.inst-name').click();
  await page.getByTestId('inspector').getByTestId('inspector-memory').selectOption(String(64 * MiB));
  const actions = await page.evaluate(() => window.__utsuwa!.getState().actions);
  expect(actions).toHaveLength(1);
  expect(actions[0]!.atMs).toBeGreaterThan(0);

  await page.getByTestId('share').click();
  // The link's encoder loads with its first use: on a loaded machine that can take seconds.
  await expect(page).toHaveURL(/#s=/, { timeout: 20_000 });
  const other = await context.newPage();
  // The second tab shares the first one's autosave: until that has saved the action, the saved
  // work differs from the link and the page asks before replacing it (a confirm, which
  // Playwright would dismiss, so the autosave would open instead).
  other.on('dialog', (dialog) => void dialog.accept());
  await other.goto(page.url());
  const ws2 = new WorkspacePage(other);
  await other.waitForFunction(() => window.__utsuwa?.getState().loaded === true && window.__utsuwa.getState().view !== null);
  expect(await other.evaluate(() => window.__utsuwa!.getState().actions)).toEqual(actions);
  // It opens at 0:00, before the action; playing past its time applies it.
  const limit = () => other.evaluate(() => window.__utsuwa!.getState().view!.instances.find((i) => i.name === 'nginx')!.memoryLimitBytes);
  expect(await limit()).toBe(null); // docker run's default: no limit, until the action
  // The recorded action is something left to happen: playing goes on until it has applied.
  expect(await other.evaluate(() => window.__utsuwa!.getState().view!.nextEventMs)).toBeGreaterThan(0);
  await ws2.setSpeed(10);
  await ws2.play.click();
  await expect.poll(limit, { timeout: 20_000 }).toBe(64 * MiB);
  await expect(ws2.eventLog).toContainText("nginx's limits changed");
});
