/**
 * The laser pointer's spot: a red glow centred on the mouse while presenter mode and the
 * laser are on (the mouse cursor is hidden then). It moves by style, not by React state, so
 * following the mouse costs no render.
 */
import { useEffect, useRef } from 'react';
import { useWorkspace } from '../store/context';
import { selectPresenter } from '../store/selectors';
import { useLaser } from './laser';

export function LaserPointer() {
  const presenter = useWorkspace(selectPresenter);
  const on = useLaser() && presenter;
  const spot = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!on) return;
    const move = (e: MouseEvent): void => {
      const el = spot.current;
      if (!el) return;
      el.style.transform = `translate(${e.clientX}px, ${e.clientY}px)`;
      el.style.visibility = 'visible';
    };
    window.addEventListener('mousemove', move);
    return () => window.removeEventListener('mousemove', move);
  }, [on]);
  if (!on) return null;
  return <div ref={spot} className="laser-spot" data-testid="laser-pointer" aria-hidden="true" />;
}
