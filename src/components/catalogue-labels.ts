/**
 * The catalogue's runtimes and hypervisors by their names in the page's language (strings
 * `catalogue.runtimes.<id>`, `catalogue.profiles.<id>`); an entry the strings do not know
 * yet shows the catalogue's own label.
 */
import type { TFunction } from 'i18next';
import type { RuntimeId } from '@utsuwa/sim-core';
import { catalogue } from '../document/catalogue';

export function runtimeLabel(t: TFunction, id: string): string {
  return t(`catalogue.runtimes.${id}`, { defaultValue: catalogue().runtimes[id as RuntimeId]?.label ?? id });
}

export function profileLabel(t: TFunction, id: string): string {
  return t(`catalogue.profiles.${id}`, { defaultValue: catalogue().vmProfiles[id]?.label ?? id });
}
