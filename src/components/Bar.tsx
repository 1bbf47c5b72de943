/** A labelled horizontal gauge: value against a maximum, with the numbers in words beside it. */
export function Bar({ label, value, max, text, tone = 'default', testId }: {
  label: string;
  value: number;
  max: number;
  text: string;
  tone?: 'default' | 'memory' | 'cpu' | 'disk' | 'alert';
  testId?: string;
}) {
  const ratio = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  return (
    <div className={`bar bar-${tone}`} data-testid={testId}>
      <span className="bar-label">{label}</span>
      <span className="bar-track" role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={max} aria-valuenow={value} aria-valuetext={text}>
        <span className="bar-fill" style={{ transform: `scaleX(${ratio})` }} />
      </span>
      <span className="bar-text">{text}</span>
    </div>
  );
}
