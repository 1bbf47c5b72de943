import { expect, test, type Page } from '@playwright/test';
import lzString from 'lz-string';

/** A board of `count` instances: a VM holding a third of the containers, the rest on the host. */
function boardLink(count: number): string {
  const inVm = Math.floor((count - 1) / 3);
  const images = ['nginx:1.27', 'redis:7', 'alpine:3.20', 'python:3.12-slim'];
  const instances: unknown[] = [{ name: 'app-vm', kind: 'vm', profile: 'kvm-qemu', os: 'ubuntu-22.04', cpus: 2, memory: '2GiB', apps: [] }];
  for (let i = 0; i < count - 1; i++) {
    instances.push({ name: `web-${i + 1}`, kind: 'container', image: images[i % images.length], ...(i < inVm ? { in: 'app-vm' } : {}) });
  }
  const doc = { version: 1, name: `${count} instances`, host: { cpus: 8, memory: '32GiB', disk: '512GiB' }, instances };
  return './#s=' + lzString.compressToEncodedURIComponent(JSON.stringify(doc));
}

async function openBoard(page: Page, count: number): Promise<void> {
  await page.addInitScript(() => localStorage.setItem('utsuwa.lang', 'en'));
  await page.goto(boardLink(count));
  await page.waitForFunction((n) => window.__utsuwa?.getState().view?.instances.length === n, count);
  await expect(page.getByTestId('instance')).toHaveCount(count);
}

/** What sticks out sideways: scrolled boxes inside the host, cards outside it. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-testid="host"], [data-testid="host"] *'))) {
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible') out.push(`${el.className} "${el.textContent}": ${el.scrollWidth} > ${el.clientWidth}`);
    }
    const host = document.querySelector('[data-testid="host"]')!.getBoundingClientRect();
    for (const card of Array.from(document.querySelectorAll<HTMLElement>('[data-testid="instance"]'))) {
      const r = card.getBoundingClientRect();
      if (r.left < host.left - 1 || r.right > host.right + 1) out.push(`${card.dataset.name} outside the host (${Math.round(r.left)}–${Math.round(r.right)} of ${Math.round(host.left)}–${Math.round(host.right)})`);
    }
    return out;
  });
}

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

// One test per size: each board is checked in both languages (the language button between).
for (const size of SIZES) {
  test(`instance cards wrap into rows inside the host and inside a VM, never scrolling sideways (${size.width}×${size.height}, English and Japanese)`, async ({ page }) => {
    await page.setViewportSize(size);
    for (const count of [3, 6, 12]) {
      await openBoard(page, count);
      // A new board through the link's hash keeps the page (and its language): check the one
      // it has, then the other.
      const first = (await page.locator('html').getAttribute('lang')) === 'ja' ? 'ja' : 'en';
      for (const lang of first === 'en' ? (['en', 'ja'] as const) : (['ja', 'en'] as const)) {
        if (lang !== first) {
          await page.getByTestId('lang-toggle').click();
          await expect(page.locator('html')).toHaveAttribute('lang', lang);
        }
        if (process.env.UTSUWA_SHOTS) await page.screenshot({ path: `${process.env.UTSUWA_SHOTS}/board-${size.width}-${lang}-${count}.png` });
        expect(await overflowing(page), `${count} instances, ${lang}`).toEqual([]);
      }
    }
  });
}
