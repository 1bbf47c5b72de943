import { readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { WorkspacePage } from './pages/workspace-page';

/** Every preset in scenarios/ (the file name without extension), as `?scenario=` opens it. */
const PRESETS = readdirSync('scenarios').filter((f) => /\.ya?ml$/.test(f)).map((f) => f.replace(/\.ya?ml$/, '')).sort();

/** axe's findings as one line each: rule, how many nodes, and the first node's selector. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .options({ resultTypes: ['violations'] })
    .analyze();
  return result.violations.map((v) => `${v.id} ×${v.nodes.length}: ${v.nodes[0]?.target.join(' ')} (${v.nodes[0]?.failureSummary?.split('\n')[1]?.trim() ?? ''})`);
}

// One test per page, so the runner's workers share them; each page played to its end (the
// states, badges, log and charts at their fullest). The page before playing is checked below.
for (const lang of ['en', 'ja'] as const) {
  test.describe(`axe in ${lang}`, () => {
    for (const id of PRESETS) {
      test(`zero axe violations: ${id} (${lang})`, async ({ page }) => {
        test.setTimeout(3 * 60_000);
        await page.addInitScript((l) => localStorage.setItem('utsuwa.lang', l), lang);
        const ws = await new WorkspacePage(page).open(id);
        await ws.setSpeed(1000);
        await ws.play.click();
        await expect.poll(() => page.evaluate(() => !window.__utsuwa!.getState().playing), { timeout: 30_000 }).toBe(true);
        expect(await violations(page)).toEqual([]);
      });
    }
  });
}

test('zero axe violations before playing, on the other tabs and views, a selected instance, a tour step and presenter mode', async ({ page }) => {
  test.setTimeout(6 * 60_000);
  const ws = await new WorkspacePage(page).open('nginx-vm-vs-container');
  const found: Record<string, string[]> = {};
  const check = async (what: string): Promise<void> => {
    const v = await violations(page);
    if (v.length > 0) found[what] = v;
  };
  await check('before playing');
  await ws.setSpeed(1000);
  await ws.play.click();
  await expect.poll(() => page.evaluate(() => !window.__utsuwa!.getState().playing), { timeout: 30_000 }).toBe(true);
  await ws.instance('web').click();
  await page.getByTestId('number-sources').locator('summary').click();
  await check('inspector with sources');
  await page.getByTestId('tab-disk').click();
  await check('disk and comparison');
  await page.getByTestId('tab-inside').click();
  for (const view of ['explorer', 'matrix', 'layers', 'cgroup']) {
    await page.getByTestId(`inside-${view}`).click();
    await page.waitForTimeout(300);
    await check(`inside ${view}`);
  }
  await page.getByTestId('tab-terminal').click();
  await expect(page.getByTestId('terminal')).toBeVisible();
  await page.waitForTimeout(500);
  await check('terminal');
  await page.getByTestId('tour-picker').selectOption('nginx-vm-vs-container');
  await check('tour step');
  await page.getByTestId('presenter-toggle').click();
  await check('presenter mode');
  expect(found).toEqual({});
});
