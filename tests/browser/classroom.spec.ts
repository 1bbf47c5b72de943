import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { WorkspacePage } from './pages/workspace-page';

/** What a step shows: the clock, each instance's state, who is compromised. */
function signature(page: Page): Promise<string> {
  return page.evaluate(() => {
    const v = window.__utsuwa!.getState().view!;
    return JSON.stringify([v.nowMs, v.host.compromised, v.instances.map((i) => [i.name, i.state, i.compromised, i.exitCode])]);
  });
}

/** Waits until the run stops changing (the step's replay has arrived) and returns what it shows. */
async function settled(page: Page): Promise<string> {
  let last = await signature(page);
  for (let i = 0; i < 50; i++) {
    await page.waitForTimeout(60);
    const now = await signature(page);
    if (now === last) return now;
    last = now;
  }
  return last;
}

async function stepIndex(page: Page): Promise<number> {
  return Number(await page.getByTestId('tour-step').getAttribute('data-index'));
}

/** Next until the end (skipping a step that waits for the learner), then back to the start. */
async function replayTour(page: Page, id: string): Promise<void> {
  await page.getByTestId('tour-picker').selectOption(id);
  const step = page.getByTestId('tour-step');
  await expect(step).toHaveAttribute('data-index', '0');
  // The previous tour's step 0 had index 0 too: wait until the run shows this tour's instances.
  await expect.poll(() => page.evaluate(() => {
    const s = window.__utsuwa!.getState();
    const names = (list: readonly { name: string }[]) => JSON.stringify(list.map((i) => i.name).sort());
    return s.view !== null && names(s.view.instances) === names(s.doc.instances);
  }), { timeout: 20_000 }).toBe(true);
  const forward: string[] = [await settled(page)];
  while (await page.getByTestId('tour-next').isEnabled() || await page.getByTestId('tour-skip').isVisible()) {
    const k = await stepIndex(page);
    if (await page.getByTestId('tour-next').isEnabled()) await page.getByTestId('tour-next').click();
    else await page.getByTestId('tour-skip').click();
    await expect(step).toHaveAttribute('data-index', String(k + 1));
    await expect(page.getByTestId('tour-say')).not.toBeEmpty();
    forward.push(await settled(page));
  }
  expect(forward.length, `${id} has steps`).toBeGreaterThan(2);
  for (let k = forward.length - 2; k >= 0; k--) {
    await page.getByTestId('tour-prev').click();
    await expect(step).toHaveAttribute('data-index', String(k));
    expect(await settled(page), `${id} step ${k} back = forward`).toBe(forward[k]);
  }
  await expect(page.getByTestId('tour-prev')).toBeDisabled();
}

function trackErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

test.describe('guided tours', () => {
  test('every tour replays through all its steps and back to the same states, without errors', async ({ page }) => {
    test.setTimeout(120_000);
    const errors = trackErrors(page);
    await new WorkspacePage(page).open('empty');
    // The tours are listed once the presets are parsed, just after the first load.
    await expect.poll(() => page.getByTestId('tour-picker').locator('option').count()).toBeGreaterThan(6);
    const ids = await page.getByTestId('tour-picker').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(ids.length).toBeGreaterThanOrEqual(6);
    for (const id of ids) await replayTour(page, id);
    expect(errors).toEqual([]);
  });

  test('a step that waits for the learner, a highlight, and a question that is checked', async ({ page }) => {
    const ws = await new WorkspacePage(page).open('empty');
    await page.getByTestId('tour-picker').selectOption('nginx-vm-vs-container');
    await expect(page.getByTestId('tour-highlight')).toHaveAttribute('data-target', 'host');
    await page.getByTestId('tour-next').click();
    await expect(page.getByTestId('tour-highlight')).toHaveAttribute('data-target', 'timeline-chart');
    await page.getByTestId('tour-next').click();
    await expect(page.getByTestId('tour-wait')).toHaveAttribute('data-done', 'false');
    await expect(page.getByTestId('tour-next')).toBeDisabled();
    await ws.setSpeed(100);
    await ws.startPlaying();
    await expect(page.getByTestId('tour-wait')).toHaveAttribute('data-done', 'true', { timeout: 20_000 });
    await page.getByTestId('tour-next').click();
    await expect(page.getByTestId('tour-step')).toHaveAttribute('data-index', '3');
    const choices = page.getByTestId('tour-choice');
    await choices.nth(0).check();
    await page.getByTestId('tour-check').click();
    await expect(page.getByTestId('tour-verdict')).toHaveAttribute('data-correct', 'false');
    await choices.nth(1).check();
    await page.getByTestId('tour-check').click();
    await expect(page.getByTestId('tour-verdict')).toHaveAttribute('data-correct', 'true');
    // Loading another scenario ends the tour.
    await page.getByTestId('scenario-picker').selectOption('spectrum');
    await expect(page.getByTestId('tour-step')).toHaveCount(0);
  });
});

test.describe('presenter mode', () => {
  test('keys move through the tour; large captions in English and Japanese at 1280x720; Esc leaves', async ({ page }) => {
    const errors = trackErrors(page);
    await new WorkspacePage(page).open('empty');
    await page.getByTestId('tour-picker').selectOption('boot-race');
    await page.getByTestId('presenter-toggle').click();
    await expect(page.locator('html')).toHaveClass(/presenter/);
    await expect(page.locator('.palette')).toBeHidden();
    await expect(page.getByTestId('inspector')).toBeHidden();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('tour-step')).toHaveAttribute('data-index', '3');
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('tour-step')).toHaveAttribute('data-index', '2');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('presenter-caption')).toContainText('40 seconds');
    await page.keyboard.press('f'); // full screen may be refused headless: nothing breaks
    await settled(page);
    await page.screenshot({ path: '/tmp/shots/presenter-en.png' });
    await page.getByTestId('lang-toggle').click();
    await expect(page.getByTestId('presenter-caption')).toContainText('40 秒');
    await settled(page);
    await page.screenshot({ path: '/tmp/shots/presenter-ja.png' });
    await page.getByTestId('lang-toggle').click();
    await page.keyboard.press('Escape');
    await expect(page.locator('html')).not.toHaveClass(/presenter/);
    await expect(page.locator('.palette')).toBeVisible();
    expect(errors).toEqual([]);
  });
});

/** Plays at 1000x to the scenario's end. */
async function playToEnd(ws: WorkspacePage): Promise<void> {
  await ws.setSpeed(1000);
  await ws.play.click();
  // At 1000x a short exercise can end within a frame or two, so wait for the clock to have
  // moved and playback to have stopped, not for the button to be seen pressed first.
  await expect.poll(() => ws.page.evaluate(() => {
    const s = window.__utsuwa!.getState();
    return !s.playing && (s.view?.nowMs ?? 0) > 0;
  }), { timeout: 30_000 }).toBe(true);
  await expect(ws.play).toHaveAttribute('aria-pressed', 'false');
}

const MiB = 1024 * 1024;

async function setInspector(ws: WorkspacePage, name: string, field: 'memory' | 'cpu', value: number): Promise<void> {
  await ws.instance(name).locator('.inst-name').click();
  const inspector = ws.page.getByTestId('inspector');
  const select = field === 'memory' ? inspector.getByTestId('inspector-memory') : inspector.getByLabel('CPU limit');
  await select.selectOption(String(value));
}

const EXERCISES: { id: string; solve: (ws: WorkspacePage) => Promise<void> }[] = [
  {
    id: 'exercise-limits',
    solve: async (ws) => {
      await setInspector(ws, 'web', 'memory', 256 * MiB);
      await setInspector(ws, 'web', 'cpu', 0.5);
    },
  },
  { id: 'exercise-load-spike', solve: (ws) => setInspector(ws, 'web', 'memory', 512 * MiB) },
  {
    id: 'exercise-ten-nginx',
    solve: async (ws) => {
      await ws.instance('web-vm').locator('.inst-name').click();
      await ws.page.keyboard.press('Delete');
      await expect(ws.instance('web-vm')).toHaveCount(0);
      await ws.page.getByTestId('palette-container-image').selectOption('nginx:1.27');
      for (let i = 0; i < 8; i++) {
        await ws.paletteItem('container').focus();
        await ws.page.keyboard.press('Enter');
      }
      await expect(ws.instances()).toHaveCount(10);
    },
  },
  {
    id: 'exercise-contain-exploit',
    solve: async (ws) => {
      await ws.drag(ws.instance('tenant-a-web'), ws.instance('tenant-a-vm'));
      await expect.poll(() => ws.page.evaluate(() => window.__utsuwa!.getState().doc.instances.find((i) => i.name === 'tenant-a-web')!)).toMatchObject({ in: 'tenant-a-vm' });
    },
  },
  {
    id: 'exercise-memory-budget',
    solve: async (ws) => {
      for (const vm of ['vm-a', 'vm-b', 'vm-c']) await setInspector(ws, vm, 'memory', 1024 * MiB);
    },
  },
];

test.describe('exercises', () => {
  for (const { id, solve } of EXERCISES) {
    test(`${id}: done, every goal ticks itself`, async ({ page }) => {
      const ws = await new WorkspacePage(page).open(id);
      const goals = page.getByTestId('exercise-goal');
      await expect(goals.first()).toBeVisible(); // the goals panel loads when first needed
      await solve(ws);
      await playToEnd(ws);
      for (const goal of await goals.all()) await expect(goal).toHaveAttribute('data-done', 'true');
    });

    test(`${id}: not done, its goals stay open`, async ({ page }) => {
      const ws = await new WorkspacePage(page).open(id);
      await playToEnd(ws);
      const done = await page.getByTestId('exercise-goal').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-done')));
      expect(done[0]).toBe('false');
      expect(done).toContain('false');
    });
  }
});

test.describe('handouts', () => {
  test('charts export as SVG and PNG, the comparison table as SVG and CSV', async ({ page }) => {
    const ws = await new WorkspacePage(page).open('boot-race');
    await playToEnd(ws);
    const download = async (testId: string): Promise<{ name: string; body: Buffer }> => {
      await page.getByTestId('export-menu').locator('summary').click();
      const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
      return { name: d.suggestedFilename(), body: readFileSync((await d.path())!) };
    };
    const svg = await download('export-timeline-svg');
    expect(svg.name).toBe('utsuwa-timeline.svg');
    expect(svg.body.toString()).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg.body.toString()).toContain('vagrant-box');
    const png = await download('export-memory-png');
    expect(png.body.subarray(1, 4).toString()).toBe('PNG');
    expect(png.body.length).toBeGreaterThan(2000);

    await page.getByTestId('tab-disk').click();
    const csv = (await download('export-comparison-csv')).body.toString();
    expect(csv.charCodeAt(0), 'a byte-order mark, so Excel reads UTF-8').toBe(0xfeff);
    const lines = csv.trim().split('\r\n');
    expect(lines.length).toBe(3); // header + two instances
    expect(lines[1]).toContain('vagrant-box');
    const tableSvg = (await download('export-comparison-svg')).body.toString();
    expect(tableSvg).toContain('docker-nginx');
  });

  test('the build runs from any folder with no network (presets bundled)', async ({ page, context }) => {
    const dist = join(process.cwd(), 'dist');
    const base = 'http://school.example/some/usb/folder/';
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (!url.startsWith(base)) return route.abort(); // no network beyond the folder
      const path = join(dist, decodeURIComponent(new URL(url).pathname.slice(new URL(base).pathname.length)) || 'index.html');
      if (!existsSync(path) || statSync(path).isDirectory()) return route.fulfill({ status: 404 });
      const type = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' }[extname(path)] ?? 'application/octet-stream';
      return route.fulfill({ body: readFileSync(path), contentType: type });
    });
    await page.goto(`${base}index.html?scenario=layers-shared`);
    await page.waitForFunction(() => window.__utsuwa?.getState().view !== null && window.__utsuwa?.getState().loaded === true);
    await expect(page.getByTestId('instance')).toHaveCount(10);
    const ws = new WorkspacePage(page);
    await ws.setSpeed(100);
    // At 100x the 10 s scenario can end within a frame: wait for the state, not for the button.
    await ws.play.click();
    await ws.expectState('web-1', 'running');
  });
});

test('the single-file build opened from file:// simulates (on the page) and runs a tour', async ({ page }) => {
  const single = join(process.cwd(), 'dist-single', 'index.html');
  test.skip(!existsSync(single), 'run `npm run build:single` first');
  const errors = trackErrors(page);
  await page.route(/^https?:/, (route) => route.abort()); // nothing from the network
  await page.goto(`file://${single}?scenario=boot-race`);
  await page.waitForFunction(() => window.__utsuwa?.getState().view !== null && window.__utsuwa?.getState().loaded === true);
  const ws = new WorkspacePage(page);
  await ws.setSpeed(100);
  await ws.startPlaying();
  await ws.expectState('docker-nginx', 'running');
  await page.getByTestId('tour-picker').selectOption('limits-classic');
  await page.getByTestId('tour-next').click();
  await expect(page.getByTestId('tour-step')).toHaveAttribute('data-index', '1');
  expect(errors).toEqual([]);
});
