/**
 * A part of the page as a standalone SVG for slides and handouts: every SVG in it (cloned
 * with its computed styles, clipped where it scrolls), every line of HTML text (titles,
 * legends, table cells, notes) as SVG text at the place the page shows it, backgrounds and
 * table rules; above it, a heading (the scenario's name). Text is read line by line as the
 * browser wrapped it, so a table cell that wraps on screen wraps in the export and cells
 * never run into each other. Built with DOM calls and serialised with XMLSerializer: user
 * text (instance names) is only ever a text node, never concatenated into markup.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';
const STYLE_PROPS = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'opacity', 'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline', 'visibility'];
/** Margin around the exported part, and the heading's height. */
const PAD = 12;
const HEADING = 22;
/** Form controls are for the page (a scale toggle, a menu): they are left out of a handout. */
const SKIP = new Set(['BUTTON', 'SELECT', 'INPUT', 'TEXTAREA', 'SCRIPT', 'STYLE', 'TEMPLATE', 'DETAILS']);

interface Box { left: number; top: number; right: number; bottom: number }

function toBox(r: DOMRect): Box {
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

function intersect(a: Box, b: Box): Box | null {
  const box = { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) };
  return box.right - box.left > 0.5 && box.bottom - box.top > 0.5 ? box : null;
}

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

/** Copies the computed presentation of each element, so the SVG looks the same outside the page. */
function inlineStyles(source: Element, target: Element): void {
  const from = [source, ...source.querySelectorAll('*')];
  const to = [target, ...target.querySelectorAll('*')];
  from.forEach((node, i) => {
    const copy = to[i];
    if (!(copy instanceof SVGElement)) return;
    const cs = getComputedStyle(node);
    for (const p of STYLE_PROPS) {
      const v = cs.getPropertyValue(p);
      if (v) copy.style.setProperty(p, v);
    }
  });
}

/** The part of `node` not scrolled or clipped away by its ancestors up to (not including) `root`. */
function visibleBox(node: Element, root: Element): Box | null {
  let box: Box | null = toBox(node.getBoundingClientRect());
  for (let a = node.parentElement; a && a !== root && box; a = a.parentElement) {
    const cs = getComputedStyle(a);
    if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible') box = intersect(box, toBox(a.getBoundingClientRect()));
  }
  return box;
}

function hidden(node: Element): boolean {
  if (SKIP.has(node.tagName) || node.getAttribute('data-export') === 'skip') return true;
  const cs = getComputedStyle(node);
  return cs.display === 'none' || cs.visibility === 'hidden';
}

/** Opacity as seen: the product of the element's and its ancestors' up to `root`. */
function opacityOf(node: Element, root: Element): number {
  let o = 1;
  for (let a: Element | null = node; a && a !== root.parentElement; a = a.parentElement) o *= Number(getComputedStyle(a).opacity || 1);
  return o;
}

/** A colour as SVG paint and opacity: `rgba(0, 0, 0, 0.5)` → `rgb(0, 0, 0)` and 0.5. */
function paint(colour: string): { fill: string; alpha: number } {
  const m = /^rgba\((\d+),\s*(\d+),\s*(\d+),\s*([\d.]+)\)$/.exec(colour);
  return m ? { fill: `rgb(${m[1]}, ${m[2]}, ${m[3]})`, alpha: Number(m[4]) } : { fill: colour, alpha: colour === 'transparent' ? 0 : 1 };
}

interface Line { text: string; box: Box }

/** The lines a text node was laid out in, each with its text and box (read per character, so CJK wraps too). */
export function textLines(node: Text): Line[] {
  const text = node.data;
  const range = document.createRange();
  const lines: Line[] = [];
  let current: { chars: string[]; box: Box } | null = null;
  let offset = 0;
  for (const ch of Array.from(text)) {
    range.setStart(node, offset);
    range.setEnd(node, offset + ch.length);
    offset += ch.length;
    const r = range.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue; // collapsed white space
    const mid = (r.top + r.bottom) / 2;
    if (!current || mid > current.box.bottom || mid < current.box.top || r.left < current.box.left - 1) {
      if (current) lines.push({ text: current.chars.join(''), box: current.box });
      current = { chars: [], box: toBox(r) };
    }
    current.chars.push(ch);
    current.box = { left: Math.min(current.box.left, r.left), top: Math.min(current.box.top, r.top), right: Math.max(current.box.right, r.right), bottom: Math.max(current.box.bottom, r.bottom) };
  }
  if (current) lines.push({ text: current.chars.join(''), box: current.box });
  return lines.map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() })).filter((l) => l.text.length > 0);
}

/** The element's box, grown to hold whatever overflows it (a table wider than its panel). */
function extent(root: Element): Box {
  let box = toBox(root.getBoundingClientRect());
  for (const node of root.querySelectorAll('*')) {
    if (node.closest('svg') && !(node instanceof SVGSVGElement)) continue;
    const vis = visibleBox(node, root);
    if (!vis) continue;
    box = { left: Math.min(box.left, vis.left), top: Math.min(box.top, vis.top), right: Math.max(box.right, vis.right), bottom: Math.max(box.bottom, vis.bottom) };
  }
  return box;
}

class SvgWriter {
  readonly svg: SVGSVGElement;
  private readonly origin: { x: number; y: number };

  constructor(private readonly root: Element, heading: string | null) {
    const box = extent(root);
    const top = PAD + (heading ? HEADING : 0);
    this.origin = { x: box.left - PAD, y: box.top - top };
    const width = Math.ceil(box.right - box.left + 2 * PAD);
    const height = Math.ceil(box.bottom - box.top + top + PAD);
    this.svg = el('svg', { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}` });
    this.svg.appendChild(el('rect', { width: '100%', height: '100%', fill: '#ffffff' }));
    const font = getComputedStyle(root);
    this.svg.setAttribute('font-family', font.fontFamily);
    if (heading) {
      const h = el('text', { x: PAD, y: PAD + 8, 'dominant-baseline': 'central', 'font-size': 12, fill: '#555555', 'data-export': 'heading' });
      h.textContent = heading;
      this.svg.appendChild(h);
    }
  }

  private x(v: number): number { return Math.round((v - this.origin.x) * 10) / 10; }
  private y(v: number): number { return Math.round((v - this.origin.y) * 10) / 10; }

  /** Walks the part: SVGs cloned whole, text nodes as lines, backgrounds and table rules as shapes. */
  walk(node: Element): void {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) this.text(child as Text);
      else if (child instanceof SVGSVGElement) this.svgPart(child);
      else if (child instanceof HTMLElement && !hidden(child)) {
        this.background(child);
        if (child instanceof HTMLTableRowElement) this.rule(child);
        this.walk(child);
      }
    }
  }

  private background(node: HTMLElement): void {
    const { fill, alpha } = paint(getComputedStyle(node).backgroundColor);
    if (alpha === 0 || node === this.root) return;
    const box = visibleBox(node, this.root);
    if (!box) return;
    this.svg.appendChild(el('rect', { x: this.x(box.left), y: this.y(box.top), width: box.right - box.left, height: box.bottom - box.top, fill, 'fill-opacity': alpha }));
  }

  private rule(row: HTMLTableRowElement): void {
    const box = visibleBox(row, this.root);
    if (!box) return;
    this.svg.appendChild(el('line', { x1: this.x(box.left), x2: this.x(box.right), y1: this.y(box.bottom), y2: this.y(box.bottom), stroke: '#dfdbd2' }));
  }

  private text(node: Text): void {
    const parent = node.parentElement;
    if (!parent || !node.data.trim()) return;
    const clip = visibleBox(parent, this.root);
    if (!clip) return;
    const cs = getComputedStyle(parent);
    const { fill, alpha } = paint(cs.color);
    const opacity = alpha * opacityOf(parent, this.root);
    for (const line of textLines(node)) {
      if (!intersect(line.box, clip)) continue;
      const t = el('text', {
        x: this.x(line.box.left), y: this.y((line.box.top + line.box.bottom) / 2), 'dominant-baseline': 'central',
        'font-size': cs.fontSize, 'font-weight': cs.fontWeight, 'font-family': cs.fontFamily, fill,
      });
      if (opacity < 1) t.setAttribute('fill-opacity', String(Math.round(opacity * 100) / 100));
      if (cs.fontStyle === 'italic') t.setAttribute('font-style', 'italic');
      t.textContent = line.text;
      this.svg.appendChild(t);
    }
  }

  private svgPart(part: SVGSVGElement): void {
    if (hidden(part)) return;
    const r = part.getBoundingClientRect();
    const vis = visibleBox(part, this.root);
    if (!vis || r.width === 0) return;
    const clone = part.cloneNode(true) as SVGSVGElement;
    inlineStyles(part, clone);
    clone.removeAttribute('style');
    clone.setAttribute('x', String(Math.round((r.left - vis.left) * 10) / 10));
    clone.setAttribute('y', String(Math.round((r.top - vis.top) * 10) / 10));
    clone.setAttribute('width', String(r.width));
    clone.setAttribute('height', String(r.height));
    const color = getComputedStyle(part).color;
    if (color) clone.setAttribute('color', color); // currentColor inside keeps the page's ink
    const frame = el('svg', { x: this.x(vis.left), y: this.y(vis.top), width: vis.right - vis.left, height: vis.bottom - vis.top, overflow: 'hidden' });
    frame.appendChild(clone);
    this.svg.appendChild(frame);
  }
}

export interface ExportOptions {
  /** The scenario's name and the moment, drawn above. */
  heading?: string | null;
  /**
   * Lay the element out at its natural width first (a copy, off screen), rather than as
   * squeezed into its panel: a table whose cells wrap in a narrow column exports with each
   * cell on one line where it fits.
   */
  naturalWidth?: boolean;
}

/**
 * The element as one standalone SVG, with a heading (the scenario's name, the time) above it.
 * It exports the whole element even where the page scrolls it out of view; parts it scrolls
 * inside itself (a long timeline's rows) are clipped as on screen.
 */
export function elementToSvg(root: Element, { heading = null, naturalWidth = false }: ExportOptions = {}): SVGSVGElement {
  if (!naturalWidth) return write(root, heading);
  const stage = document.createElement('div');
  stage.setAttribute('aria-hidden', 'true');
  stage.style.cssText = 'position:fixed;left:-100000px;top:0;width:max-content;max-width:1400px;';
  const copy = root.cloneNode(true) as Element;
  stage.appendChild(copy);
  (root.parentElement ?? document.body).appendChild(stage); // beside the original, so the same style rules apply
  try {
    return write(copy, heading);
  } finally {
    stage.remove();
  }
}

function write(root: Element, heading: string | null): SVGSVGElement {
  const writer = new SvgWriter(root, heading);
  writer.walk(root);
  return writer.svg;
}
