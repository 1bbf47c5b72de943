/**
 * Colours of the charts. Phases use the Okabe–Ito palette, which stays distinguishable with
 * the common colour-vision deficiencies; VM phases are warm, container phases cool, so a
 * glance at the timeline tells the two apart.
 */

/** Startup phases in the order they happen, VM first, then container. */
export const PHASE_ORDER = [
  'firmware', 'bootloader', 'kernel', 'init', 'apps',
  'wait for VM', 'engine start', 'daemon queue', 'pull', 'create', 'runtime start', 'app init',
] as const;

const PHASE_COLOURS: Record<string, string> = {
  firmware: '#7f4f24',
  bootloader: '#D55E00',
  kernel: '#E69F00',
  init: '#CC79A7',
  apps: '#F0E442',
  'wait for VM': '#d9d9d9',
  'engine start': '#bdbdbd',
  'daemon queue': '#c7c7c7',
  pull: '#999999',
  create: '#56B4E9',
  'runtime start': '#0072B2',
  'app init': '#009E73',
};

/** The colour of a startup phase; an unknown phase (a future engine's) gets a neutral grey. */
export function phaseColour(phase: string): string {
  return PHASE_COLOURS[phase] ?? '#6b6b6b';
}

/** Phases that occur in a set of instances, in the canonical order, unknown ones last. */
export function phasesPresent(phaseNames: Iterable<string>): string[] {
  const seen = new Set(phaseNames);
  const known = PHASE_ORDER.filter((p) => seen.has(p));
  const unknown = [...seen].filter((p) => !(PHASE_ORDER as readonly string[]).includes(p)).sort();
  return [...known, ...unknown];
}

const SERIES_COLOURS = [
  '#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f',
  '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#8cd17d', '#86bcb6', '#d37295',
];

/** Colour of the i-th instance series (memory, disk); cycles after twelve. */
export function seriesColour(index: number): string {
  return SERIES_COLOURS[((index % SERIES_COLOURS.length) + SERIES_COLOURS.length) % SERIES_COLOURS.length]!;
}

/** The host's own OS and grouped remainders are drawn in greys, apart from the instances. */
export const HOST_OS_COLOUR = '#bab0ac';
export const OTHERS_COLOUR = '#79706e';

/** One colour per kind where a chart groups by kind: VMs warm, containers cool, as their phases. */
export const KIND_COLOURS: Record<'vm' | 'container', string> = { vm: '#D55E00', container: '#0072B2' };

/** Instances grouped beyond a chart's own series: a pale tint of their kind's colour. */
export const OTHERS_KIND_COLOURS: Record<'vm' | 'container', string> = { vm: '#f0b48f', container: '#8fbfe0' };
