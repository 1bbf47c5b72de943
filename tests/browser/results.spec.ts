import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { WorkspacePage } from './pages/workspace-page';

const MiB = 1024 * 1024;

async function saveResult(page: Page, name: string): Promise<{ file: string; text: string }> {
  await page.getByTestId('learner-name').fill(name);
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-result').click()]);
  return { file: d.suggestedFilename(), text: readFileSync((await d.path())!, 'utf8') };
}

test.describe('results a teacher can collect', () => {
  test('learners save results; the class view reads three files, finds the edited one invalid, and exports CSV', async ({ page }) => {
    test.setTimeout(120_000);
    const ws = await new WorkspacePage(page).open('exercise-limits');
    await expect(page.getByTestId('save-result')).toBeDisabled(); // a name first
    const goalsDone = () => page.getByTestId('exercise-goal').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-done')));
    const playToEnd = async () => {
      await ws.setSpeed(1000);
      await ws.play.click();
      await expect.poll(() => page.evaluate(() => !window.__utsuwa!.getState().playing && window.__utsuwa!.getState().view!.nowMs > 0), { timeout: 30_000 }).toBe(true);
    };
    // One learner hands in without solving it...
    await playToEnd();
    expect(await goalsDone()).toContain('false');
    const ken = await saveResult(page, 'Ken Ito');
    // ...and hands in a copy with the goals ticked by hand.
    const tampered = ken.text.replace(/"met": false/g, '"met": true');
    expect(tampered).not.toBe(ken.text);
    // Another solves it.
    await page.getByTestId('restart').click();
    await ws.instance('web').locator('.inst-name').click();
    await page.getByTestId('inspector').getByTestId('inspector-memory').selectOption(String(256 * MiB));
    await page.getByTestId('inspector').getByLabel('CPU limit').selectOption('0.5');
    await playToEnd();
    const done = await goalsDone();
    expect(done).not.toContain('false');
    const hana = await saveResult(page, '佐藤 花子');
    expect(hana.file).toBe('utsuwa-result-exercise-limits-佐藤-花子.json');
    const saved = JSON.parse(hana.text);
    expect(saved.goals.map((g: { met: boolean }) => String(g.met))).toEqual(done);
    expect(saved.checksum.value).toMatch(/^[0-9a-f]{64}$/);

    const dir = mkdtempSync(join(tmpdir(), 'utsuwa-class-'));
    const files = [['hana.json', hana.text], ['ken.json', ken.text], ['ken-edited.json', tampered]].map(([n, t]) => {
      writeFileSync(join(dir, n!), t!);
      return join(dir, n!);
    });

    await page.getByTestId('class-view-open').click();
    const view = page.getByTestId('class-view');
    await expect(view).toBeVisible();
    await page.getByTestId('class-files').setInputFiles(files);
    const rows = view.getByTestId('class-row');
    await expect(rows).toHaveCount(3);
    await expect(page.getByTestId('class-count')).toHaveText('2 valid, 1 invalid');
    const hanaRow = rows.filter({ hasText: '佐藤 花子' });
    await expect(hanaRow).toHaveAttribute('data-valid', 'true');
    await expect(hanaRow.locator('[data-column="goals"]')).toHaveText(`${done.filter((d) => d === 'true').length} of ${done.length}`);
    const edited = rows.filter({ hasText: 'ken-edited.json' });
    await expect(edited).toHaveAttribute('data-valid', 'false');
    await expect(edited.locator('[data-column="checksum"]')).toContainText('the file was changed after it was saved');
    await expect(edited).toContainText('Ken Ito'); // still says whose it claims to be
    await page.screenshot({ path: '/tmp/shots/class-view-en.png' });

    const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId('class-export-csv').click()]);
    const csv = readFileSync((await d.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('Learner,Exercise,Goals met,Answers,Time,Checksum,File');
    expect(lines).toHaveLength(4);
    expect(lines.find((l) => l.includes('ken-edited.json'))).toContain('invalid');

    // Esc closes it; in Japanese it reads the same files the same way.
    await page.keyboard.press('Escape');
    await expect(view).toBeHidden();
    await page.getByTestId('lang-toggle').click();
    await page.getByTestId('class-view-open').click();
    await expect(page.getByTestId('class-count')).toHaveText('有効 2 件、無効 1 件');
    await expect(edited.locator('[data-column="checksum"]')).toContainText('無効：チェックサムが一致しません');
    await page.screenshot({ path: '/tmp/shots/class-view-ja.png' });
  });

  test('a tour with questions gives a result with the answers', async ({ page }) => {
    await new WorkspacePage(page).open('empty');
    await page.getByTestId('tour-picker').selectOption('nginx-vm-vs-container');
    await page.getByTestId('tour-next').click();
    await page.getByTestId('tour-next').click();
    await page.getByTestId('tour-skip').click();
    await page.getByTestId('tour-choice').nth(1).check();
    await page.getByTestId('tour-check').click();
    const { text } = await saveResult(page, 'Mia');
    const r = JSON.parse(text);
    expect(r.kind).toBe('tour');
    expect(r.answers[0]).toMatchObject({ step: 4, correct: true });
    expect(r.answers[0].answer).toBeTruthy();
  });
});

test.describe('lesson sheet', () => {
  for (const lang of ['en', 'ja'] as const) {
    test(`prints on one page with the scenario, what to notice, the figures and the stack (${lang})`, async ({ page }) => {
      const ws = await new WorkspacePage(page).open('density-16g');
      if (lang === 'ja') await page.getByTestId('lang-toggle').click();
      await page.evaluate(() => { window.print = () => undefined; }); // no dialog in a test
      await page.getByTestId('export-menu').locator('summary').click();
      await page.getByTestId('export-lesson-sheet').click();
      const sheet = page.getByTestId('lesson-sheet');
      await expect(sheet).toBeAttached();
      await expect(sheet).toBeHidden(); // never on screen
      await page.emulateMedia({ media: 'print' });
      await expect(sheet).toBeVisible();
      await expect(page.locator('#root')).toBeHidden();
      await expect(page.getByTestId('sheet-title')).toHaveText(lang === 'ja' ? '集約度: 16 GiB に何個入るか' : 'Density: how many fit in 16 GiB');
      await expect(page.getByTestId('sheet-notice')).toContainText(lang === 'ja' ? 'OOM キラー' : 'OOM killer');
      const figures = page.getByTestId('sheet-figures');
      await expect(figures.locator('tr[data-kind="container"]')).toContainText('200');
      await expect(figures).toContainText(lang === 'ja' ? '中央値' : 'median');
      await expect(page.getByTestId('lesson-stack').locator('[data-layer="hypervisor"]')).toContainText('kvm-qemu');
      await expect(page.getByTestId('lesson-stack').locator('[data-layer="engine"]')).toContainText('runc ×200');
      const pdf = await page.pdf({ format: 'A4', path: `/tmp/shots/lesson-sheet-${lang}.pdf` });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
      expect(pages).toHaveLength(1);
      await ws.page.emulateMedia({ media: 'screen' });
    });
  }
});
