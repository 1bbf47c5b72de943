import { expect, test, type Page } from '@playwright/test';
import { WorkspacePage } from './pages/workspace-page';

/** Plays at 1000x until playback stops by itself (the scenario's end). */
async function playToEnd(ws: WorkspacePage): Promise<void> {
  await ws.setSpeed(1000);
  await ws.play.click();
  await expect.poll(() => ws.page.evaluate(() => {
    const s = window.__utsuwa!.getState();
    return !s.playing && (s.view?.nowMs ?? 0) > 0;
  }), { timeout: 60_000 }).toBe(true);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `/tmp/shots/${name}.png` });
}

test.describe('charts that read at any scale', () => {
  test('the memory chart shows an 11 MiB container beside a 2 GiB VM, each at its own place on a log axis', async ({ page }) => {
    const ws = await new WorkspacePage(page).open('boot-race');
    await playToEnd(ws);
    const strip = page.getByTestId('memory-per-instance');
    await expect(strip).toBeVisible();
    const vm = strip.locator('circle[data-instance="vagrant-box"]');
    const container = strip.locator('circle[data-instance="docker-nginx"]');
    const vb = (await vm.boundingBox())!;
    const cb = (await container.boundingBox())!;
    const plot = (await strip.locator('[data-testid="memory-per-instance-lane"] > rect').first().boundingBox())!;
    // Both dots are drawn at full size inside the plot, far apart: the container is not squeezed onto the axis.
    expect(cb.width).toBeGreaterThan(5);
    expect(vb.x - cb.x).toBeGreaterThan(plot.width / 2);
    expect(cb.x - plot.x).toBeGreaterThan(10);
    expect(vb.x + vb.width).toBeLessThanOrEqual(plot.x + plot.width + 4);
    await expect(strip.locator('[data-kind="vm"] [data-testid="memory-per-instance-summary"]')).toHaveText(/^2(\.\d)? GiB$/);
    await expect(strip.locator('[data-kind="container"] [data-testid="memory-per-instance-summary"]')).toHaveText(/^1\d(\.\d)? MiB$/);
    await shot(page, 'memory-small-and-large-en');
  });

  for (const preset of ['burst-100', 'density-16g']) {
    test(`${preset}: VMs and containers each have their group, distribution and totals`, async ({ page }) => {
      test.setTimeout(120_000);
      const ws = await new WorkspacePage(page).open(preset);
      await playToEnd(ws);
      const view = await page.evaluate(() => {
        const v = window.__utsuwa!.getState().view!;
        const count = (k: string) => v.instances.filter((i) => i.kind === k).length;
        return { vms: count('vm'), containers: count('container') };
      });
      const timeline = page.getByTestId('timeline-chart');
      for (const [kind, n] of [['vm', view.vms], ['container', view.containers]] as const) {
        const group = timeline.locator(`[data-testid="timeline-group"][data-kind="${kind}"]`);
        await expect(group).toBeVisible();
        await expect(group.getByTestId('timeline-group-heading')).toContainText(`${kind === 'vm' ? 'VMs' : 'Containers'}: ${n}`);
        await expect(group.getByTestId('timeline-group-heading')).toContainText('median');
        // At least one of its rows is on screen.
        await expect(group.locator(`[data-testid="timeline-row"][data-kind="${kind}"]`).first()).toBeInViewport();
        await expect(timeline.locator(`[data-testid="ready-distribution-lane"][data-kind="${kind}"]`)).toBeVisible();
      }
      await expect(page.getByTestId('memory-legend')).toContainText(`VMs: ${view.vms}`);
      await expect(page.getByTestId('memory-legend')).toContainText(`Containers: ${view.containers}`);
      await expect(page.getByTestId('memory-legend')).not.toContainText(/\d+ others/);
      await shot(page, `${preset}-startup-en`);

      await page.getByTestId('tab-disk').click();
      const totals = page.getByTestId('comparison-totals');
      await expect(totals.locator('tr[data-kind="vm"]')).toContainText(`VMs: ${view.vms}`);
      await expect(totals.locator('tr[data-kind="container"]')).toContainText(`Containers: ${view.containers}`);
      await expect(totals.locator('tr[data-kind="vm"] [data-column="startup"]')).toContainText('median');
      await expect(totals.locator('tr[data-kind="vm"] [data-column="memory"]')).toContainText('in all');
      // Rows of both kinds are listed, not 50 containers and no VM.
      const table = page.getByTestId('comparison-rows');
      await expect(table.locator('tr[data-kind="vm"][data-instance]').first()).toBeAttached();
      await expect(table.locator('tr[data-kind="container"][data-instance]').first()).toBeAttached();
      await shot(page, `${preset}-table-en`);
    });
  }
});

test('screenshots of the charts at 1280x720 and 1920x1080, in English and Japanese', async ({ page }) => {
  test.setTimeout(120_000);
  const ws = await new WorkspacePage(page).open('burst-100');
  await playToEnd(ws);
  for (const lang of ['en', 'ja'] as const) {
    if (lang === 'ja') await page.getByTestId('lang-toggle').click();
    for (const [w, h] of [[1280, 720], [1920, 1080]] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.getByTestId('tab-startup').click();
      await expect(page.getByTestId('ready-distribution')).toBeVisible();
      await expect(page.getByTestId('timeline-group-heading').first()).toContainText(lang === 'ja' ? '中央値' : 'median');
      await shot(page, `charts-burst-100-${w}x${h}-${lang}`);
      await page.getByTestId('tab-disk').click();
      await expect(page.getByTestId('comparison-totals')).toBeVisible();
      await shot(page, `table-burst-100-${w}x${h}-${lang}`);
    }
  }
});
