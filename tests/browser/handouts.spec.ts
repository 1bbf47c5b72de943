import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { WorkspacePage } from './pages/workspace-page';

async function playToEnd(ws: WorkspacePage): Promise<void> {
  await ws.setSpeed(1000);
  await ws.play.click();
  await expect.poll(() => ws.page.evaluate(() => {
    const s = window.__utsuwa!.getState();
    return !s.playing && (s.view?.nowMs ?? 0) > 0;
  }), { timeout: 60_000 }).toBe(true);
}

async function download(page: Page, testId: string): Promise<{ name: string; body: Buffer }> {
  await page.getByTestId('export-menu').locator('summary').click();
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { name: d.suggestedFilename(), body: readFileSync((await d.path())!) };
}

interface TextBox { text: string; x: number; y: number; w: number; h: number }

/** Opens an exported SVG on a blank page and measures every text in it as drawn. */
async function textBoxes(page: Page, svg: string): Promise<{ boxes: TextBox[]; width: number; height: number }> {
  const viewer = await page.context().newPage();
  await viewer.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
  const result = await viewer.evaluate(() => {
    const root = document.querySelector('svg')!;
    const r0 = root.getBoundingClientRect();
    const boxes = Array.from(root.querySelectorAll('text')).filter((t) => !t.closest('svg svg')).map((t) => {
      const r = t.getBoundingClientRect();
      return { text: t.textContent ?? '', x: r.left - r0.left, y: r.top - r0.top, w: r.width, h: r.height };
    });
    return { boxes, width: r0.width, height: r0.height };
  });
  await viewer.close();
  return result;
}

/** Pairs of texts whose boxes overlap by more than a pixel each way. */
function overlaps(boxes: TextBox[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const dx = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
      const dy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
      if (dx > 1 && dy > 1) found.push(`"${a.text}" × "${b.text}"`);
    }
  }
  return found;
}

/** PNG width and height from its IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test.describe('handouts', () => {
  test('chart exports keep the title, axes, legend and the scenario name; PNG at twice the size', async ({ page }) => {
    const ws = await new WorkspacePage(page).open('boot-race');
    await playToEnd(ws);
    const timeline = (await download(page, 'export-timeline-svg')).body.toString();
    for (const text of ['Boot race', 'Startup timeline', 'firmware', 'runtime start', 'Simulated time', 'vagrant-box', 'docker-nginx']) {
      expect(timeline, text).toContain(`>${text}`);
    }
    expect(timeline).not.toContain('>linear<'); // the page's toggle is not part of the handout
    const memory = (await download(page, 'export-memory-svg')).body.toString();
    for (const text of ['Boot race', 'Host memory', 'host OS', 'vagrant-box', 'Memory per instance, now', 'Memory (log scale']) {
      expect(memory, text).toContain(`>${text}`);
    }
    const { boxes, width, height } = await textBoxes(page, memory);
    expect(boxes.every((b) => b.x >= 0 && b.y >= 0 && b.x + b.w <= width + 1 && b.y + b.h <= height + 1), 'every text inside the picture').toBe(true);
    const png = (await download(page, 'export-memory-png')).body;
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    writeFileSync('/tmp/shots/export-memory-boot-race-en.png', png);
    writeFileSync('/tmp/shots/export-timeline-boot-race-en.svg', timeline);
    expect(pngSize(png).width).toBe(Math.round(width) * 2);
  });

  for (const [preset, lang] of [['nginx-vm-vs-container', 'en'], ['density-16g', 'en'], ['density-16g', 'ja']] as const) {
    test(`${preset} (${lang}): the table exports as a table whose cells do not overlap`, async ({ page }) => {
      test.setTimeout(120_000);
      const ws = await new WorkspacePage(page).open(preset);
      if (lang === 'ja') await page.getByTestId('lang-toggle').click();
      await playToEnd(ws);
      await page.getByTestId('tab-disk').click();
      const cells = await page.getByTestId('comparison-table').locator('th, td').evaluateAll((cs) => cs.map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean));
      const svg = (await download(page, 'export-comparison-svg')).body.toString();
      const { boxes } = await textBoxes(page, svg);
      expect(overlaps(boxes)).toEqual([]);
      // Every cell's text is there (its wrapped lines joined back), and the scenario's name heads it.
      const all = boxes.map((b) => b.text).join('').replace(/\s/g, '');
      for (const cell of cells) expect(all, cell).toContain(cell.replace(/\s/g, ''));
      expect(boxes[0]!.text).toMatch(lang === 'ja' ? /集約度|nginx/ : /Density|nginx in a VM/);
      if (preset === 'density-16g') await page.screenshot({ path: `/tmp/shots/table-${preset}-${lang}.png` });
      const png = (await download(page, 'export-comparison-png')).body;
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      writeFileSync(`/tmp/shots/export-table-${preset}-${lang}.png`, png);
    });
  }

  test('the CSV keeps its byte-order mark, the per-kind rows and each instance', async ({ page }) => {
    const ws = await new WorkspacePage(page).open('density-16g');
    await playToEnd(ws);
    await page.getByTestId('tab-disk').click();
    const csv = (await download(page, 'export-comparison-csv')).body.toString();
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('Instance,Startup,Memory,Disk,Kernel,Isolation,Overheads');
    expect(lines.some((l) => l.startsWith('VMs: '))).toBe(true);
    expect(lines.some((l) => l.startsWith('Containers: 200'))).toBe(true);
    expect(lines.some((l) => l.startsWith('c001 '))).toBe(true);
  });
});
