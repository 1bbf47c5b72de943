import type { Page } from '@playwright/test';

/** An element's box on screen, by the name the test gave it. */
export interface Box {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The visible boxes of the named selectors (the first match of each; absent or hidden ones are left out). */
export function boxesOf(page: Page, selectors: Record<string, string>): Promise<Box[]> {
  return page.evaluate((sels) => {
    const out: Box[] = [];
    for (const [name, sel] of Object.entries(sels)) {
      const el = document.querySelector(sel);
      if (!el) continue;
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || style.visibility === 'hidden' || style.display === 'none') continue;
      out.push({ name, x: r.x, y: r.y, width: r.width, height: r.height });
    }
    return out;
  }, selectors);
}

/** Pairs whose boxes overlap by more than a pixel each way. */
export function overlapping(boxes: readonly Box[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (w > 1 && h > 1) out.push(`${a.name} × ${b.name} (${Math.round(w)}×${Math.round(h)} px)`);
    }
  }
  return out;
}

/** Boxes not wholly inside `outer` (the viewport or a region), with how far out they reach. */
export function outside(boxes: readonly Box[], outer: { x: number; y: number; width: number; height: number }): string[] {
  return boxes.filter((b) => b.x < outer.x - 1 || b.y < outer.y - 1 || b.x + b.width > outer.x + outer.width + 1 || b.y + b.height > outer.y + outer.height + 1)
    .map((b) => `${b.name} at ${Math.round(b.x)},${Math.round(b.y)} ${Math.round(b.width)}×${Math.round(b.height)}`);
}

/**
 * Labels that wrap badly: a short word (up to 12 characters, no space: "シナリオ", "カーネル",
 * "Speed") broken over lines, or any label laid out about one character a line. Looks at
 * the text of buttons, tabs, labels, headings, table headers and cells, badges and layer names.
 */
export function badlyWrappedLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'button, [role="tab"], label, summary, legend, h1, h2, h3, th, td, .badge, .layer-kind, .panel-sub, .clock, .speed, .picker-label, .palette-name, .inst-name';
    const bad: string[] = [];
    const seen = new Set<Text>();
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      if (el.getClientRects().length === 0) continue;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (seen.has(node)) continue;
        seen.add(node);
        const text = (node.textContent ?? '').trim();
        if (text.length < 2) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
        if (rects.length === 0) continue;
        const lines = new Map<number, number>();
        for (const r of rects) lines.set(Math.round(r.top / 4), (lines.get(Math.round(r.top / 4)) ?? 0) + r.width);
        const fontPx = parseFloat(getComputedStyle(node.parentElement!).fontSize);
        const widths = [...lines.values()];
        const shortWord = text.length <= 12 && !/\s/.test(text);
        const oneCharALine = widths.length >= 3 && widths.filter((w) => w < fontPx * 1.5).length >= widths.length - 1;
        if ((shortWord && widths.length > 1) || oneCharALine) bad.push(`"${text}" on ${widths.length} lines`);
      }
    }
    return bad;
  });
}

/** Whether the page scrolls sideways (it never should: each region scrolls inside itself). */
export function pageScrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1 || document.body.scrollWidth > window.innerWidth + 1);
}
