import type { Source } from './types';
import { IMAGE_SOURCES } from './sources-images';
import { SYSTEM_SOURCES } from './sources-systems';

/** Every source by id; `Cited.source` is a key into this. */
export const SOURCES: Record<string, Source> = Object.fromEntries(
  [...IMAGE_SOURCES, ...SYSTEM_SOURCES].map((s) => [s.id, s]),
);
