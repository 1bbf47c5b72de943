import { expect, test, type Page } from '@playwright/test';
import { WorkspacePage } from './pages/workspace-page';

/** Next (or Skip, on a step that waits for the learner) until step `index`. */
async function goTo(page: Page, index: number): Promise<void> {
  const step = page.getByTestId('tour-step');
  while (Number(await step.getAttribute('data-index')) < index) {
    const k = Number(await step.getAttribute('data-index'));
    if (await page.getByTestId('tour-next').isEnabled()) await page.getByTestId('tour-next').click();
    else await page.getByTestId('tour-skip').click();
    await expect(step).toHaveAttribute('data-index', String(k + 1));
  }
}

const shots = process.env.UTSUWA_SHOTS;

test.describe('a tour step opens the tab or view it talks about', () => {
  test('the step about a VM\'s own kernel opens "See inside" on web-vm; the step about memory shows the memory chart', async ({ page }) => {
    await new WorkspacePage(page).open('empty');
    await page.getByTestId('tour-picker').selectOption('nginx-vm-vs-container');
    // The learner has wandered off to the disk tab.
    await page.getByTestId('tab-disk').click();
    await expect(page.locator('[data-anchor="memory-chart"]')).toHaveCount(0);
    await goTo(page, 3);
    await expect(page.getByTestId('tour-say')).toContainText('web-vm');
    await expect(page.getByTestId('tab-inside')).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('inside-explorer')).toHaveAttribute('aria-selected', 'true');
    // The explorer shows the VM itself beside the host: its own kernel, not the host's.
    const sides = page.getByTestId('seen-by');
    await expect(sides.first()).toHaveAttribute('data-name', 'web-vm');
    await expect(sides.nth(1)).toHaveAttribute('data-name', 'host');
    // Each side's answer comes from the worker: wait for both (allTextContents does not).
    await expect(page.getByTestId('seen-uname')).toHaveCount(2);
    const unames = await page.getByTestId('seen-uname').allTextContents();
    expect(unames).toHaveLength(2);
    expect(unames[0]).not.toBe(unames[1]);
    expect(await page.evaluate(() => window.__utsuwa!.getState().panels.tab)).toBe('inside');
    if (shots) await page.screenshot({ path: `${shots}/inside-1280-en.png` });

    await goTo(page, 4);
    await expect(page.getByTestId('tab-startup')).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('[data-anchor="memory-chart"]')).toBeVisible();
    // Back goes to the step's own view again.
    await page.getByTestId('tour-prev').click();
    await expect(page.getByTestId('tab-inside')).toHaveAttribute('aria-selected', 'true');
  });

  test('a step about a copy-up opens the layers view of the container that wrote', async ({ page }) => {
    await new WorkspacePage(page).open('empty');
    await page.getByTestId('tour-picker').selectOption('layers-shared');
    await goTo(page, 2);
    await expect(page.getByTestId('inside-layers')).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('inspector')).toContainText('web-1');
    await goTo(page, 4);
    await expect(page.locator('[data-anchor="comparison-table"]')).toBeVisible();
  });

  test('screenshots: the inside step at 1024×768 and 1280×720, in English and Japanese', async ({ page }) => {
    test.skip(!shots, 'set UTSUWA_SHOTS to a folder to take them');
    for (const lang of ['en', 'ja'] as const) {
      for (const [w, h] of [[1280, 720], [1024, 768]] as const) {
        await page.setViewportSize({ width: w, height: h });
        await new WorkspacePage(page).open('empty');
        // The language is remembered between loads: toggle only when it is not the one wanted.
        if (await page.locator('html').getAttribute('lang') !== lang) await page.getByTestId('lang-toggle').click();
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await page.getByTestId('tour-picker').selectOption('tour-namespaces');
        await goTo(page, 1);
        await expect(page.getByTestId('seen-by').first()).toHaveAttribute('data-name', 'web');
        await page.screenshot({ path: `${shots}/ns-${w}-${lang}.png` });
      }
    }
  });
});
