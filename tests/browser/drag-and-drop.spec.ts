import { expect, test, type Page } from '@playwright/test';
import { WorkspacePage } from './pages/workspace-page';

/** What dnd-kit's live region says (the text a screen reader hears during a drag). */
const liveRegion = (page: Page) => page.locator('[id^="DndLiveRegion"]');

async function placeOf(page: Page, name: string): Promise<string | null | undefined> {
  return page.evaluate((n) => {
    const c = window.__utsuwa!.getState().doc.instances.find((i) => i.name === n);
    return c?.kind === 'container' ? c.in : undefined;
  }, name);
}

for (const lang of ['en', 'ja'] as const) {
  test(`drag and drop is announced in plain words (${lang}); a container dropped on a container card goes beside it`, async ({ page }) => {
    await page.addInitScript((l) => localStorage.setItem('utsuwa.lang', l), lang);
    const ws = await new WorkspacePage(page).open('containers-in-cloud-vm');
    const names = await ws.documentInstanceNames();
    const vm = await page.evaluate(() => window.__utsuwa!.getState().doc.instances.find((i) => i.kind === 'vm')!.name);
    const inner = await page.evaluate((v) => window.__utsuwa!.getState().doc.instances.find((i) => i.kind === 'container' && i.in === v)!.name, vm);

    // A new container dropped on a container inside the VM: it joins that VM, beside the card.
    await ws.drag(ws.paletteItem('container'), ws.instance(inner));
    const added = (await ws.documentInstanceNames()).find((n) => !names.includes(n))!;
    expect(added).toBeTruthy();
    expect(await placeOf(page, added)).toBe(vm);
    await expect(ws.notice.locator('.notice-text')).toHaveText(lang === 'en' ? `${added} added to ${vm}.` : `${added} を ${vm} に追加しました。`);
    await expect(ws.notice).toHaveAttribute('role', 'status');
    const said = await liveRegion(page).allInnerTexts();
    expect(said.join(' ')).toContain(lang === 'en' ? `is over ${inner}` : `${inner} の上です`);
    expect(said.join(' ')).not.toMatch(/Draggable|droppable|palette:|drop:/);

    // That container dragged onto the host's own area moves out of the VM.
    await ws.drag(ws.instance(added), page.locator('.layer-hostos'));
    expect(await placeOf(page, added)).toBeNull();
    await expect(ws.notice.locator('.notice-text')).toHaveText(lang === 'en' ? `Moved ${added} onto the host.` : `${added} をホストに移しました。`);
  });
}
