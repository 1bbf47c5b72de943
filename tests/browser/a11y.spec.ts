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

/** The run's end as playing reaches it: the scenario's `until`, else the engine's 24 h bound (nothing is left to happen). */
const END_OF_RUN_MS = 24 * 3600_000;

// The tests share nothing, so both workers take them (this file was 60% of the browser suite's
// time in one worker).
test.describe.configure({ mode: 'parallel' });

// One test per preset, so the runner's workers share them. Each page is run to its end (the
// states, badges, log and charts at their fullest) by the same advance the Play loop sends,
// without waiting for frames, then checked once: the presets alternate between English and
// Japanese (opened in that language, as a saved choice opens it), so both languages are
// checked on every kind of page at half the cost of checking each preset twice. The page
// before playing, every tab and view, is checked below.
PRESETS.forEach((id, i) => {
  const lang = i % 2 === 0 ? 'en' : 'ja';
  test(`zero axe violations at the end of the run (${lang === 'en' ? 'English' : 'Japanese'}): ${id}`, async ({ page }) => {
    test.setTimeout(2 * 60_000);
    await page.addInitScript((l) => localStorage.setItem('utsuwa.lang', l), lang);
    await new WorkspacePage(page).open(id);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const endMs = await page.evaluate((bound) => {
      const s = window.__utsuwa!.getState();
      const end = s.doc.untilMs ?? bound;
      s.advanceTo(end);
      return end;
    }, END_OF_RUN_MS);
    await expect.poll(() => page.evaluate(() => window.__utsuwa!.getState().view!.nowMs), { timeout: 60_000 }).toBe(endMs);
    expect(await violations(page), lang).toEqual([]);
  });
});

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
