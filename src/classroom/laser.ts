/**
 * The laser pointer of presenter mode: a bright spot that follows the mouse, so a teacher can
 * point at the projected screen. On or off (the registry's toggleLaser, key L); the spot
 * itself is ./LaserPointer.tsx.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

export const laserStore = createStore<{ on: boolean }>()(() => ({ on: false }));

export function setLaser(on: boolean): void {
  laserStore.setState({ on });
  if (typeof document !== 'undefined') document.documentElement.classList.toggle('laser', on);
}

export function useLaser(): boolean {
  return useStore(laserStore, (s) => s.on);
}
