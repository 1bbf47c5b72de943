/**
 * The catalogue's runtimes and hypervisors by their names in the page's language (strings
 * `catalogue.runtimes.<id>`, `catalogue.profiles.<id>`); an entry the strings do not know
 * yet shows the catalogue's own label (on the first board, the preset's excerpt of it).
 */
import type { TFunction } from 'i18next';
import { boardCatalogue } from '../document/catalogue';

export function runtimeLabel(t: TFunction, id: string): string {
  return t(`catalogue.runtimes.${id}`, { defaultValue: boardCatalogue().runtimes[id]?.label ?? id });
}

export function profileLabel(t: TFunction, id: string): string {
  return t(`catalogue.profiles.${id}`, { defaultValue: boardCatalogue().vmProfiles[id]?.label ?? id });
}
