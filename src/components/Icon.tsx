/** Small inline icons (no icon font: they must render on any projector PC). */
const PATHS = {
  play: 'M6 4l14 8-14 8z',
  pause: 'M6 4h4v16H6zM14 4h4v16h-4z',
  step: 'M5 4l10 8-10 8zM17 4h3v16h-3z',
  restart: 'M4 4h3v16H4zM20 4L9 12l11 8z',
  undo: 'M9 7H4V2M4.5 7A8 8 0 1 1 4 14',
  redo: 'M15 7h5V2M19.5 7A8 8 0 1 0 20 14',
  vm: 'M3 4h18v13H3zM8 20h8M12 17v3',
  container: 'M3 7l9-4 9 4v10l-9 4-9-4zM3 7l9 4 9-4M12 11v10',
} as const;

const STROKED = new Set(['undo', 'redo', 'vm', 'container']);

export function Icon({ name, size = '1em' }: { name: keyof typeof PATHS; size?: string }) {
  const stroked = STROKED.has(name);
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="icon"
      fill={stroked ? 'none' : 'currentColor'} stroke={stroked ? 'currentColor' : 'none'} strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
      <path d={PATHS[name]} />
    </svg>
  );
}
