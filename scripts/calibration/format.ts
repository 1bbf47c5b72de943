/** Plain-text formatting for docs/calibration.md: values with units, statements, table cells. */
import type { Cited } from '@utsuwa/sim-core';

export type Unit = 'ms' | 'bytes' | 'ratio' | 'percent' | 'µs' | 'ns' | 'per-second' | 'count' | 'factor';

/** Decimal units, as registries and `docker images` print sizes. */
export function bytesText(n: number): string {
  if (n < 1000) return `${n} B`;
  if (n < 1e6) return `${(n / 1e3).toFixed(1)} kB`;
  if (n < 1e9) return `${(n / 1e6).toFixed(1)} MB`;
  return `${(n / 1e9).toFixed(2)} GB`;
}

export function valueText(n: number, unit: Unit): string {
  switch (unit) {
    case 'ms': return n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${n} ms`;
    case 'bytes': return bytesText(n);
    case 'percent': return `${Math.round(n * 100)}%`;
    case 'factor': return `x${n}`;
    case 'µs': return `${n} µs`;
    case 'ns': return `${n} ns`;
    case 'per-second': return `${n >= 1e5 ? bytesText(n) : n}/s`;
    case 'ratio': return `${n}`;
    case 'count': return `${n}`;
  }
}

/** A table cell: no pipes or newlines. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** "measured", "documented" or "estimate (low–high)". */
export function kindText(c: Cited, unit: Unit): string {
  if (c.kind === 'estimate' && c.range) return `estimate (${valueText(c.range[0], unit)} – ${valueText(c.range[1], unit)})`;
  return c.kind ?? 'unclassified';
}

/** The quote and its conditions, or an estimate's reasoning. */
export function statementText(c: Cited): string {
  if (c.kind === 'estimate') return c.reasoning ?? '';
  const parts = [`"${c.quote ?? ''}"`, c.conditions ? `Conditions: ${c.conditions}.` : '', c.derivation ? `Derivation: ${c.derivation}.` : ''];
  return parts.filter(Boolean).join(' ');
}

export function sourceLink(id: string): string {
  return `[${id}](#src-${id})`;
}

/** One table row: what, value, kind, statement, source. */
export function citedRow(what: string, c: Cited, unit: Unit): string {
  return `| ${cell(what)} | ${valueText(c.value, unit)} | ${kindText(c, unit)} | ${cell(statementText(c))} | ${sourceLink(c.source)} |`;
}

export const CITED_HEADER = '| What | Value | Kind | What the source states, or why this estimate | Source |\n|---|---|---|---|---|';
