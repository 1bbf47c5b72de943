import { test, expect, type Page } from '@playwright/test';
import lzString from 'lz-string';
import { WorkspacePage } from './pages/workspace-page';

test('a crowded board shows containers as tiles that follow their state and can be inspected', async ({ page }) => {
  const ws = await new WorkspacePage(page).open('burst-100');
  const tiles = page.locator('.tile[data-testid="instance"][data-kind="container"]');
  await expect(tiles).toHaveCount(100);
  // Paused at 0:00, where c001's start is due: starting, no further.
  await expect(ws.instance('c001')).toHaveAttribute('data-state', 'booting');
  // the VMs are tiles too, so both groups stay in view
  await expect(page.locator('.tile[data-testid="instance"][data-kind="vm"]')).toHaveCount(100);
  await ws.setSpeed(100);
  await ws.startPlaying();
  await ws.expectState('c100', 'running', 30_000);
  await ws.instance('c042').click();
  await expect.poll(() => page.evaluate(() => window.__utsuwa!.getState().selected)).toBe('c042');
});

/** A share link to a host with `count` containers starting over the first minute. */
function crowdLink(count: number): string {
  const instances = Array.from({ length: count }, (_, i) => ({ name: `c${i}`, kind: 'container', image: 'nginx:1.27' }));
  const events = instances.map((c, i) => ({ at: `${(i * 61) % 60_000}ms`, start: c.name }));
  return '#s=' + lzString.compressToEncodedURIComponent(JSON.stringify({ version: 1, name: 'crowd', host: { cpus: 64, memory: '256GiB' }, instances, events }));
}

/** The colour of the canvas pixel at (x, y) CSS px, as #rrggbb. */
async function pixel(page: Page, x: number, y: number): Promise<string> {
  return page.getByTestId('tiles-canvas').locator('canvas').evaluate((c: HTMLCanvasElement, [px, py]) => {
    const scale = c.width / c.clientWidth;
    const d = c.getContext('2d')!.getImageData(Math.floor(px! * scale), Math.floor(py! * scale), 1, 1).data;
    return '#' + [d[0], d[1], d[2]].map((v) => v!.toString(16).padStart(2, '0')).join('');
  }, [x, y]);
}

test('a thousand containers are drawn on a canvas: coloured by state, selected by click or keyboard, listed for tools', async ({ page }) => {
  await page.goto(`./${crowdLink(1000)}`);
  await page.waitForFunction(() => window.__utsuwa?.getState().view?.instances.length === 1000);
  const board = page.getByTestId('tiles-canvas');
  await expect(board).toBeVisible();
  await expect(page.locator('.tile')).toHaveCount(0);
  // Every instance stays in the DOM (hidden) with its state.
  await expect(page.getByTestId('instance')).toHaveCount(1000);
  const ws = new WorkspacePage(page);
  await expect(ws.instance('c0')).toHaveAttribute('data-state', 'booting');
  await expect(ws.instance('c999')).toHaveAttribute('data-state', 'created');
  expect(await pixel(page, 2, 2)).toBe('#c98a0c'); // c0 starting: the booting colour

  // A click on the first tile selects c0; the keyboard moves on to c1 and selects it.
  await board.locator('canvas').click({ position: { x: 2, y: 2 } });
  await expect.poll(() => page.evaluate(() => window.__utsuwa!.getState().selected)).toBe('c0');
  await board.press('ArrowRight');
  await expect(board.locator('[aria-live]')).toHaveText(/^c1: /);
  await board.press('Enter');
  await expect.poll(() => page.evaluate(() => window.__utsuwa!.getState().selected)).toBe('c1');

  // Played on, the tiles and the list follow: c0 is running, drawn green.
  await ws.setSpeed(10);
  await ws.startPlaying();
  await ws.expectState('c0', 'running');
  // The canvas redraws on the next frame; a loaded machine may take seconds to give it one.
  await expect.poll(() => pixel(page, 2, 2), { timeout: 20_000 }).toBe('#25763f');
});

test('ten thousand containers playing at 100×: the canvas, the list for tools and the timeline follow the run', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(`./${crowdLink(10_000)}`);
  await page.waitForFunction(() => window.__utsuwa?.getState().view?.instances.length === 10_000, null, { timeout: 120_000 });
  const ws = new WorkspacePage(page);
  await ws.setSpeed(100);
  await ws.startPlaying();
  // Well into the boot storm: thousands wait in the container engine's queue, some run.
  await page.waitForFunction(() => (window.__utsuwa!.getState().view?.nowMs ?? 0) > 90_000, null, { timeout: 120_000 });
  await page.getByTestId('play').click(); // pause
  await expect.poll(() => page.evaluate(() => window.__utsuwa!.getState().playing)).toBe(false);
  // The list for tools follows the last view once the page has drawn it (a loaded machine may take a moment).
  await expect.poll(() => page.evaluate(() => {
    const view = window.__utsuwa!.getState().view!;
    const listed = new Map(Array.from(document.querySelectorAll<HTMLElement>('[data-testid="instance"]'), (el) => [el.dataset.name!, el.dataset.state!]));
    return view.instances.filter((v) => listed.get(v.name) !== v.state).length;
  }), { timeout: 20_000 }).toBe(0);
  const seen = await page.evaluate(() => {
    const view = window.__utsuwa!.getState().view!;
    const listed = new Map(Array.from(document.querySelectorAll<HTMLElement>('[data-testid="instance"]'), (el) => [el.dataset.name!, el.dataset.state!]));
    let differ = 0;
    let waiting = 0;
    let stale = 0;
    for (const v of view.instances) {
      if (listed.get(v.name) !== v.state) differ++;
      if (v.phase === 'daemon queue') waiting++;
      // A phase in progress ends now, though the worker sends only what else changed.
      if (v.phase !== null && v.phases.at(-1)!.endMs !== view.nowMs) stale++;
    }
    const running = view.instances.filter((v) => v.state === 'running').length;
    return { differ, waiting, stale, running, first: view.instances[0]!.state };
  });
  expect(seen.waiting).toBeGreaterThan(1000);
  expect(seen.running).toBeGreaterThan(100);
  expect(seen.stale).toBe(0);
  expect(seen.differ).toBe(0);
  // c0 started first and runs: its tile is drawn green.
  expect(seen.first).toBe('running');
  expect(await pixel(page, 2, 2)).toBe('#25763f');
});

test('on a crowded board the VMs are drawn on a canvas too, selected by click or keyboard, listed for tools', async ({ page }) => {
  const vms = Array.from({ length: 20 }, (_, i) => ({ name: `vm${i}`, kind: 'vm', profile: 'kvm-qemu', os: 'ubuntu-22.04', cpus: 1, memory: '1GiB' }));
  const containers = Array.from({ length: 480 }, (_, i) => ({ name: `c${i}`, kind: 'container', image: 'nginx:1.27' }));
  const link = '#s=' + lzString.compressToEncodedURIComponent(JSON.stringify({ version: 1, name: 'mixed crowd', host: { cpus: 64, memory: '256GiB' }, instances: [...vms, ...containers], events: [{ at: '0s', start: 'vm0' }] }));
  await page.goto(`./${link}`);
  await page.waitForFunction(() => window.__utsuwa?.getState().view?.instances.length === 500);
  await expect(page.locator('.tile')).toHaveCount(0);
  const boards = page.getByTestId('tiles-canvas');
  await expect(boards).toHaveCount(2);
  const vmBoard = page.locator('.group-vm').getByTestId('tiles-canvas');
  await expect(page.locator('[data-testid="instance"][data-kind="vm"]')).toHaveCount(20);
  await expect(new WorkspacePage(page).instance('vm0')).toHaveAttribute('data-state', 'booting');
  await vmBoard.locator('canvas').click({ position: { x: 2, y: 2 } });
  await expect.poll(() => page.evaluate(() => window.__utsuwa!.getState().selected)).toBe('vm0');
  await vmBoard.press('ArrowRight');
  await expect(vmBoard.locator('[aria-live]')).toHaveText(/^vm1: /);
  await vmBoard.press('Enter');
  await expect.poll(() => page.evaluate(() => window.__utsuwa!.getState().selected)).toBe('vm1');
});
