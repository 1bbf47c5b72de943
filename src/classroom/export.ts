/**
 * Exports for slides and handouts: a chart (every <svg> in its figure) or the comparison table
 * as a standalone SVG, the same as PNG, and the table as CSV. SVG is built with DOM calls and
 * serialised with XMLSerializer: user text (instance names) is only ever a text node, never
 * concatenated into markup.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';
const STYLE_PROPS = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'opacity', 'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline', 'visibility'];

/** Copies the computed presentation of each element, so the SVG looks the same outside the page. */
function inlineStyles(source: Element, target: Element): void {
  const from = [source, ...source.querySelectorAll('*')];
  const to = [target, ...target.querySelectorAll('*')];
  from.forEach((el, i) => {
    const copy = to[i] as SVGElement | undefined;
    if (!copy || !(copy instanceof SVGElement)) return;
    const cs = getComputedStyle(el);
    for (const p of STYLE_PROPS) {
      const v = cs.getPropertyValue(p);
      if (v) copy.style.setProperty(p, v);
    }
  });
}

function rootSvg(width: number, height: number): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('xmlns', SVG_NS);
  svg.setAttribute('width', String(Math.ceil(width)));
  svg.setAttribute('height', String(Math.ceil(height)));
  svg.setAttribute('viewBox', `0 0 ${Math.ceil(width)} ${Math.ceil(height)}`);
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', '#ffffff');
  svg.appendChild(bg);
  return svg;
}

/** Every <svg> in `container`, placed where it is on screen, as one SVG element. */
export function chartToSvg(container: Element): SVGSVGElement | null {
  const parts = [...container.querySelectorAll('svg')].filter((s) => !s.parentElement?.closest('svg'));
  if (parts.length === 0) return null;
  const box = container.getBoundingClientRect();
  const out = rootSvg(box.width, box.height);
  for (const part of parts) {
    const r = part.getBoundingClientRect();
    const clone = part.cloneNode(true) as SVGSVGElement;
    inlineStyles(part, clone);
    clone.setAttribute('x', String(r.left - box.left));
    clone.setAttribute('y', String(r.top - box.top));
    clone.setAttribute('width', String(r.width));
    clone.setAttribute('height', String(r.height));
    clone.removeAttribute('style');
    out.appendChild(clone);
  }
  return out;
}

/** An HTML table drawn as SVG text at each cell's place on screen, with the header in bold. */
export function tableToSvg(table: HTMLTableElement): SVGSVGElement {
  const box = table.getBoundingClientRect();
  const out = rootSvg(box.width, box.height);
  out.setAttribute('font-family', getComputedStyle(table).fontFamily);
  out.setAttribute('font-size', getComputedStyle(table).fontSize);
  for (const row of table.rows) {
    const rr = row.getBoundingClientRect();
    const line = document.createElementNS(SVG_NS, 'line');
    line.setAttribute('x1', '0');
    line.setAttribute('x2', String(box.width));
    line.setAttribute('y1', String(rr.bottom - box.top));
    line.setAttribute('y2', String(rr.bottom - box.top));
    line.setAttribute('stroke', '#dfdbd2');
    out.appendChild(line);
    for (const cell of row.cells) {
      const cr = cell.getBoundingClientRect();
      const text = document.createElementNS(SVG_NS, 'text');
      text.setAttribute('x', String(cr.left - box.left + 4));
      text.setAttribute('y', String(cr.top - box.top + cr.height / 2));
      text.setAttribute('dominant-baseline', 'middle');
      if (cell.tagName === 'TH') text.setAttribute('font-weight', 'bold');
      text.textContent = cellText(cell);
      out.appendChild(text);
    }
  }
  return out;
}

export function serializeSvg(svg: SVGSVGElement): string {
  return new XMLSerializer().serializeToString(svg);
}

function cellText(cell: Element): string {
  return (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A cell that is a number and nothing else (`-12.5`, `+3`, `1e6`): a spreadsheet reads it as data. */
const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled.
 * Per OWASP's CSV injection advice, a cell starting with = + - @ tab, CR or NUL gets a leading
 * apostrophe so a spreadsheet shows it as text, unless it is a plain number (`-1+cmd|...` is not).
 */
export function csvField(value: string): string {
  let v = value;
  if (/^[=+\-@\t\r\0]/.test(v) && !PLAIN_NUMBER.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v;
}

/** UTF-8's byte-order mark: without it Excel on a Japanese Windows reads UTF-8 CSV as Shift_JIS. */
export const CSV_BOM = '\uFEFF';

export function rowsToCsv(rows: string[][]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function tableToCsv(table: HTMLTableElement): string {
  return rowsToCsv([...table.rows].map((row) => [...row.cells].map(cellText)));
}

export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The SVG painted on a canvas (2× for slides) and encoded as PNG. */
export async function svgToPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const url = URL.createObjectURL(new Blob([serializeSvg(svg)], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('the chart could not be drawn as an image'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
