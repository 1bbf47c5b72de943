import { expect, test, type Page } from '@playwright/test';
import { WorkspacePage } from './pages/workspace-page';
import { badlyWrappedLabels, boxesOf, outside, overlapping, pageScrollsSideways, type Box } from './pages/layout-checks';

/** A school tablet, a small laptop, the common laptop, full HD and a large monitor. */
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 2560, height: 1440 },
];

const REGIONS = {
  header: '[data-anchor="header"]',
  palette: '[data-anchor="palette"]',
  host: '[data-testid="host"]',
  playback: '.playback',
  charts: '[data-anchor="charts"]',
  tour: '[data-anchor="tour"]',
  exercise: '[data-anchor="exercise"]',
  inspector: '[data-testid="inspector"]',
  log: '[data-anchor="event-log"]',
};

const GROUPS: Record<string, { region: string; controls: Record<string, string> }> = {
  header: {
    region: REGIONS.header,
    controls: {
      brand: '.brand', picker: '.picker', undo: '[data-testid="undo"]', redo: '[data-testid="redo"]',
      import: '[data-testid="import"]', export: '[data-testid="export"]', share: '[data-testid="share"]',
      tours: '[data-testid="tour-picker"]', presenter: '[data-testid="presenter-toggle"]', lang: '[data-testid="lang-toggle"]',
    },
  },
  playback: {
    region: '.playback',
    controls: {
      restart: '[data-testid="restart"]', play: '[data-testid="play"]', step: '[data-testid="step"]', clock: '[data-testid="clock"]',
      scrubber: '[data-testid="scrubber"]', end: '.clock-end', speed: '.speed',
    },
  },
  tabs: {
    region: REGIONS.charts,
    controls: {
      startup: '[data-testid="tab-startup"]', disk: '[data-testid="tab-disk"]', inside: '[data-testid="tab-inside"]',
      terminal: '[data-testid="tab-terminal"]', exports: '[data-testid="export-menu"]',
    },
  },
  hardware: {
    region: REGIONS.host,
    controls: { cpu: '[data-testid="host-cpu"]', memory: '[data-testid="host-memory"]', disk: '[data-testid="host-disk"]' },
  },
};

/**
 * Everything the layout promises at this size and language, once the page has settled: a tab
 * or language just switched may still be laying out (a chart's chunk arriving), so the boxes
 * are measured again for a few seconds before a broken layout fails.
 */
async function checkLayout(page: Page, where: string): Promise<void> {
  await expect(async () => checkLayoutNow(page, where)).toPass({ timeout: 5_000 });
}

/** Regions and controls apart, on screen, labels unbroken, measured at one instant. */
async function checkLayoutNow(page: Page, where: string): Promise<void> {
  const viewport = page.viewportSize()!;
  const screen = { x: 0, y: 0, width: viewport.width, height: viewport.height };
  const regions = await boxesOf(page, REGIONS);
  expect(regions.length, `${where}: regions on screen`).toBeGreaterThanOrEqual(7);
  expect(overlapping(regions), `${where}: regions overlap`).toEqual([]);
  expect(outside(regions, screen), `${where}: regions off screen`).toEqual([]);
  for (const [group, { region, controls }] of Object.entries(GROUPS)) {
    const [outer] = await boxesOf(page, { [group]: region });
    const boxes: Box[] = await boxesOf(page, controls);
    expect(boxes.length, `${where}: ${group} controls shown`).toBeGreaterThanOrEqual(Object.keys(controls).length - 1);
    expect(overlapping(boxes), `${where}: ${group} controls overlap`).toEqual([]);
    expect(outside(boxes, outer!), `${where}: ${group} controls outside their region`).toEqual([]);
  }
  expect(await badlyWrappedLabels(page), `${where}: labels broken over lines`).toEqual([]);
  expect(await pageScrollsSideways(page), `${where}: the page scrolls sideways`).toBe(false);
}

async function playToEnd(ws: WorkspacePage): Promise<void> {
  await ws.setSpeed(1000);
  await ws.play.click();
  await expect.poll(() => ws.page.evaluate(() => {
    const s = window.__utsuwa!.getState();
    return !s.playing && (s.view?.nowMs ?? 0) > 0;
  }), { timeout: 30_000 }).toBe(true);
}

// One test per size checks both languages on the same runs (the language button between
// checks), so each run is played once: half the page loads of a test per language.
for (const size of SIZES) {
  test(`layout at ${size.width}x${size.height} in English and Japanese: no overlap, nothing off screen, no label broken one character a line`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(size);
    await page.addInitScript(() => {
      if (!localStorage.getItem('utsuwa.lang')) localStorage.setItem('utsuwa.lang', 'en');
    });
    const ws = await new WorkspacePage(page).open('nginx-vm-vs-container');
    const at = `${size.width}x${size.height}`;
    const switchTo = async (lang: 'en' | 'ja'): Promise<void> => {
      await page.getByTestId('lang-toggle').click();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
    };
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    // A tour running, the run played to its end: the fullest the side column and the board get.
    await page.getByTestId('tour-start').click();
    await playToEnd(ws);
    await checkLayout(page, `${at}-en startup`);
    await page.screenshot({ path: test.info().outputPath(`layout-${at}-en.png`) });
    await page.getByTestId('tab-disk').click();
    await expect(page.getByTestId('comparison-table')).toBeVisible();
    await checkLayout(page, `${at}-en comparison`);
    await switchTo('ja');
    await checkLayout(page, `${at}-ja comparison`);
    await page.getByTestId('tab-startup').click();
    await checkLayout(page, `${at}-ja startup`);
    await page.screenshot({ path: test.info().outputPath(`layout-${at}-ja.png`) });

    // An exercise (its checklist in the side column) with a VM holding containers.
    await ws.open('exercise-memory-budget');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await playToEnd(ws);
    await checkLayout(page, `${at}-ja exercise`);
    await page.screenshot({ path: test.info().outputPath(`layout-${at}-ja-exercise.png`) });
    await switchTo('en');
    await checkLayout(page, `${at}-en exercise`);
    await page.screenshot({ path: test.info().outputPath(`layout-${at}-en-exercise.png`) });
  });
}
