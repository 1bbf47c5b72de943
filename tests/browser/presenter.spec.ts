import { expect, test, type Page } from '@playwright/test';
import { WorkspacePage } from './pages/workspace-page';
import { boxesOf, overlapping } from './pages/layout-checks';

/**
 * The rendered size of every visible piece of text on the page (the zoom of the chart area
 * included), split into the page's own text and the charts' SVG text.
 */
function textSizes(page: Page): Promise<{ html: Array<{ text: string; px: number }>; svg: Array<{ text: string; px: number }> }> {
  return page.evaluate(() => {
    const html: Array<{ text: string; px: number }> = [];
    const svg: Array<{ text: string; px: number }> = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const text = (node.textContent ?? '').trim();
      if (!el || text === '' || el.closest('[aria-hidden="true"], .visually-hidden, [id^="DndLiveRegion"], [id^="DndDescribedBy"], title, option, .xterm')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || r.bottom < 0 || r.top > innerHeight) continue;
      const zoom = (el as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
      const px = parseFloat(getComputedStyle(el).fontSize) * zoom;
      (el.closest('svg') ? svg : html).push({ text: text.slice(0, 30), px: Math.round(px * 10) / 10 });
    }
    return { html, svg };
  });
}

async function presentTour(page: Page, size: { width: number; height: number }, lang: 'en' | 'ja'): Promise<WorkspacePage> {
  await page.setViewportSize(size);
  await page.addInitScript((l) => localStorage.setItem('utsuwa.lang', l), lang);
  const ws = await new WorkspacePage(page).open('nginx-vm-vs-container');
  await page.getByTestId('tour-start').click();
  await ws.setSpeed(1000);
  await ws.play.click();
  await expect.poll(() => page.evaluate(() => !window.__utsuwa!.getState().playing && window.__utsuwa!.getState().view!.nowMs > 0), { timeout: 30_000 }).toBe(true);
  await page.getByTestId('presenter-toggle').click();
  await expect(page.locator('html')).toHaveClass(/presenter/);
  await page.waitForTimeout(300);
  return ws;
}

for (const { size, minPx } of [
  { size: { width: 1280, height: 720 }, minPx: 24 },
  { size: { width: 1920, height: 1080 }, minPx: 36 },
]) {
  for (const lang of ['en', 'ja'] as const) {
    test(`presenter mode at ${size.width}x${size.height} (${lang}): text ≥ ${minPx} px, charts fill their half, the caption covers nothing`, async ({ page }) => {
      await presentTour(page, size, lang);
      const sizes = await textSizes(page);
      expect(sizes.html.length).toBeGreaterThan(20);
      const small = sizes.html.filter((t) => t.px < minPx - 0.5);
      expect(small, 'page text below the projector minimum').toEqual([]);
      // Chart text: the legend at the page's size, tick labels at five sixths of it.
      const smallSvg = sizes.svg.filter((t) => t.px < minPx * (10 / 12) - 0.5);
      expect(smallSvg, 'chart text below five sixths of the minimum').toEqual([]);
      // Key figures are larger than the text around them.
      const clock = await page.getByTestId('clock').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(clock).toBeGreaterThanOrEqual(minPx * 1.4);

      // The charts fill the right half of the stage (not ~380 px wide).
      const [charts] = await boxesOf(page, { charts: '[data-anchor="charts"]' });
      const [timeline] = await boxesOf(page, { timeline: '[data-testid="timeline-chart"] svg[role="img"]' });
      expect(charts!.width).toBeGreaterThan(size.width * 0.5);
      expect(timeline!.width).toBeGreaterThan(charts!.width * 0.9);

      // The caption is a row of its own: it covers no region, no legend, no chart.
      await page.getByTestId('memory-chart').scrollIntoViewIfNeeded();
      const boxes = await boxesOf(page, {
        caption: '[data-testid="presenter-caption"]', host: '[data-testid="host"]', playback: '.playback', charts: '[data-anchor="charts"]',
        header: '[data-anchor="header"]',
      });
      expect(boxes).toHaveLength(5);
      expect(overlapping(boxes)).toEqual([]);
      const [caption] = await boxesOf(page, { caption: '[data-testid="presenter-caption"]' });
      const legend = await boxesOf(page, { legend: '[data-testid="memory-legend"]', timeline: '[data-testid="timeline-chart"]', memory: '[data-testid="memory-chart"] svg[role="img"]' });
      expect(overlapping([caption!, ...legend].filter((b) => b.y < caption!.y + caption!.height && b.y + b.height > caption!.y - 400))).toEqual([]);
      await page.screenshot({ path: test.info().outputPath(`presenter-${size.width}x${size.height}-${lang}.png`) });
    });
  }
}

test('presenter mode: L turns on a laser pointer that follows the mouse, the caption steps the tour, Esc leaves and turns it off', async ({ page }) => {
  await presentTour(page, { width: 1280, height: 720 }, 'en');
  await expect(page.getByTestId('laser-pointer')).toHaveCount(0);
  await page.keyboard.press('l');
  const spot = page.getByTestId('laser-pointer');
  await expect(spot).toHaveCount(1);
  await page.mouse.move(400, 300);
  await page.mouse.move(640, 360, { steps: 3 });
  const box = await spot.boundingBox();
  expect(Math.abs(box!.x + box!.width / 2 - 640)).toBeLessThan(3);
  expect(Math.abs(box!.y + box!.height / 2 - 360)).toBeLessThan(3);
  await expect(page.locator('html')).toHaveClass(/laser/);
  await page.keyboard.press('l');
  await expect(spot).toHaveCount(0);

  // The caption carries the step and its own Back and Next.
  const caption = page.getByTestId('presenter-caption');
  await expect(caption).toContainText('Step 1 of 5');
  await caption.getByRole('button', { name: 'Next' }).click();
  await expect(caption).toContainText('Step 2 of 5');
  await expect(page.getByTestId('tour-step')).toHaveAttribute('data-index', '1');

  await page.keyboard.press('l');
  await page.keyboard.press('Escape');
  await expect(page.locator('html')).not.toHaveClass(/presenter|laser/);
  await expect(page.getByTestId('laser-pointer')).toHaveCount(0);
});
