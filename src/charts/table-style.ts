/** Cell styles of the comparison table (inline, so an export of the table keeps them). */
export const cellStyle = { padding: '2px 8px', textAlign: 'left' as const, verticalAlign: 'top' as const };
export const numStyle = { ...cellStyle, textAlign: 'right' as const, fontVariantNumeric: 'tabular-nums' as const };
