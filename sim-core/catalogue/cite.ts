import type { Cited } from './types';

/** Shorthand for a cited number: `c(117_000_000, 'dockerhub-debian')`. */
export function c(value: number, source: string): Cited {
  return { value, source };
}

export const KB = 1000;
export const MB = 1000 * 1000;
export const GB = 1000 * 1000 * 1000;
export const MiB = 1024 * 1024;
export const GiB = 1024 * 1024 * 1024;
