import { expect, test, type Page } from '@playwright/test';
import lzString from 'lz-string';

/** Where the list is scrolled, and whether its newest entry is inside its box. */
function logPosition(page: Page) {
  return page.evaluate(() => {
    const list = document.querySelector<HTMLElement>('ol[data-testid="event-log"]');
    // Not drawn yet (the side column follows the board), or still empty: nothing listed.
    if (!list) return { overflows: false, scrollTop: 0, entries: 0, newestInView: false, newestAt: -1 };
    const scroller = list.parentElement!;
    const rows = list.querySelectorAll<HTMLElement>('[data-testid="log-entry"]');
    const last = rows[rows.length - 1]!.getBoundingClientRect();
    const box = scroller.getBoundingClientRect();
    return { overflows: scroller.scrollHeight > scroller.clientHeight + 10, scrollTop: scroller.scrollTop, entries: rows.length, newestInView: last.bottom <= box.bottom + 1 && last.top >= box.top - 1, newestAt: Number(rows[rows.length - 1]!.dataset.at) };
  });
}

/**
 * 200 containers, one started every 3 s: at 10× new entries keep coming for a minute of wall
 * time, however slowly a loaded machine runs the test's steps (a crowd started within the
 * first minute had logged its last entry at 29.6 s before the test scrolled).
 */
function steadyStarts(): string {
  const instances = Array.from({ length: 200 }, (_, i) => ({ name: `c${i}`, kind: 'container', image: 'nginx:1.27' }));
  const events = instances.map((c, i) => ({ at: `${i * 3}s`, start: c.name }));
  const scenario = { version: 1, name: 'steady starts', host: { cpus: 64, memory: '1TiB', disk: '16TiB' }, instances, events, until: '15m' };
  return '#s=' + lzString.compressToEncodedURIComponent(JSON.stringify(scenario));
}

test('the event log follows the newest entry while playing, and stays where a reader scrolled up to', async ({ page }) => {
  await page.goto(`./${steadyStarts()}`);
  await page.waitForFunction(() => window.__utsuwa?.getState().view?.instances.length === 200);
  await page.getByTestId('speed').selectOption('10');
  await page.getByTestId('play').click();
  await expect.poll(async () => (await logPosition(page)).entries, { timeout: 20_000 }).toBeGreaterThan(60);
  let at = await logPosition(page);
  expect(at.overflows, 'more entries than fit').toBe(true);
  expect(at.newestInView).toBe(true);
  // Later, still following: a newer entry, in view.
  await expect.poll(async () => { const p = await logPosition(page); return p.newestAt > at.newestAt && p.newestInView; }, { timeout: 20_000 }).toBe(true);

  // The reader scrolls up to read: new entries no longer move the list.
  await page.locator('ol[data-testid="event-log"]').evaluate((el) => el.parentElement!.scrollBy(0, -el.scrollHeight));
  at = await logPosition(page);
  const firstText = await page.locator('ol[data-testid="event-log"] [data-testid="log-entry"]').first().textContent();
  await expect.poll(async () => (await logPosition(page)).newestAt, { timeout: 20_000 }).toBeGreaterThan(at.newestAt);
  const now = await logPosition(page);
  expect(now.newestInView).toBe(false);
  // The oldest rendered entry is still the one at the top of the view.
  const top = await page.locator('ol[data-testid="event-log"] [data-testid="log-entry"]').first().evaluate((el) => el.getBoundingClientRect().top - el.closest('.log-scroll')!.getBoundingClientRect().top);
  expect(Math.abs(top)).toBeLessThan(2);
  expect(await page.locator('ol[data-testid="event-log"] [data-testid="log-entry"]').first().textContent()).toBe(firstText);
});
