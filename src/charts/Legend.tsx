/** One legend entry: a colour swatch, a label and an optional value ("web 512 MiB"). */
export interface LegendItem {
  key: string;
  label: string;
  colour: string;
  value?: string;
  /** Draw the swatch as a dashed line (a limit) rather than a filled square. */
  dashed?: boolean;
}

/** A horizontal, wrapping legend in HTML (text wraps and translates better than in SVG). */
export function Legend({ items, testId }: { items: readonly LegendItem[]; testId?: string }) {
  return (
    <ul className="chart-legend" data-testid={testId} style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 12px', listStyle: 'none', margin: '4px 0', padding: 0, fontSize: 12 }}>
      {items.map((item) => (
        <li key={item.key} data-legend={item.key} style={{ display: 'flex', alignItems: 'center', gap: 4 }}>
          <svg width={14} height={10} aria-hidden="true">
            {item.dashed
              ? <line x1={0} x2={14} y1={5} y2={5} stroke={item.colour} strokeWidth={2} strokeDasharray="3 2" />
              : <rect width={14} height={10} rx={2} fill={item.colour} />}
          </svg>
          <span>{item.label}</span>
          {item.value !== undefined && <span style={{ fontVariantNumeric: 'tabular-nums', opacity: 0.8 }}>{item.value}</span>}
        </li>
      ))}
    </ul>
  );
}
