/**
 * Stable names for the parts of the screen that tours highlight (`highlight:` in a
 * scenario's tour), presenter mode points at and exports read. An element carries its name
 * as `data-anchor="timeline-chart"` beside its `data-testid`: test ids are for outside tests
 * and may be many per thing; an anchor is the one name content refers to. A chart that lives
 * on a tab names that tab, so a highlight can bring it forward.
 */
export const ANCHORS = {
  header: {},
  palette: {},
  host: {},
  play: {},
  clock: {},
  scrubber: {},
  charts: {},
  'tab-startup': {},
  'tab-disk': {},
  'tab-inside': {},
  'tab-terminal': {},
  'timeline-chart': { tab: 'tab-startup' },
  'memory-chart': { tab: 'tab-startup' },
  'disk-chart': { tab: 'tab-disk' },
  'comparison-table': { tab: 'tab-disk' },
  inspector: {},
  'event-log': {},
  tour: {},
  exercise: {},
  'presenter-caption': {},
} as const satisfies Record<string, { tab?: string }>;

export type AnchorName = keyof typeof ANCHORS;

export function isAnchor(name: string): name is AnchorName {
  return Object.hasOwn(ANCHORS, name);
}

/** The tab an anchor lives on, if it lives on one. */
export function tabOf(name: AnchorName): AnchorName | null {
  const entry: { tab?: AnchorName } = ANCHORS[name];
  return entry.tab ?? null;
}

/** The element on screen with this anchor, if it is rendered now. */
export function findAnchor(name: string, root: ParentNode | null = typeof document === 'undefined' ? null : document): HTMLElement | null {
  return root?.querySelector<HTMLElement>(`[data-anchor="${name.replace(/["\\]/g, '\\$&')}"]`) ?? null;
}
