import type { Cited, EstimatedValue, SourcedValue } from './types';

/** What a source states about a number: the quote, its conditions, and any arithmetic. */
export interface Statement {
  quote: string;
  conditions: string;
  /** How the value follows from the quote (unit conversion, a difference, rounding). */
  derivation?: string;
}

/** A number a source measured: `measured(710, 'kata-metrics-qemu', { quote, conditions })`. */
export function measured(value: number, source: string, s: Statement): SourcedValue {
  return { value, source, kind: 'measured', ...s };
}

/** A number a specification, manual or vendor page states (a default, a bound, a promise). */
export function documented(value: number, source: string, s: Statement): SourcedValue {
  return { value, source, kind: 'documented', ...s };
}

/**
 * A number no source states: our value, the range we believe it lies in, and why. `source`
 * names the source that bounds it when there is one, else the generic `estimate` entry.
 */
export function estimate(value: number, range: [number, number], reasoning: string, source = 'estimate'): EstimatedValue {
  if (!(range[0] <= value && value <= range[1])) throw new Error(`estimate ${value} outside its range [${range[0]}, ${range[1]}]`);
  return { value, source, kind: 'estimate', range, reasoning };
}

/** Every cited number anywhere under `node`, with the path that leads to it. */
export function citedValues(node: unknown, path: string, out: Array<[string, Cited]> = []): Array<[string, Cited]> {
  if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.value === 'number' && typeof o.source === 'string') out.push([path, o as unknown as Cited]);
    else for (const [k, v] of Object.entries(o)) if (k !== 'sources') citedValues(v, `${path}.${k}`, out);
  }
  return out;
}

export const KB = 1000;
export const MB = 1000 * 1000;
export const GB = 1000 * 1000 * 1000;
export const KiB = 1024;
export const MiB = 1024 * 1024;
export const GiB = 1024 * 1024 * 1024;
