/**
 * What the inspector does to the selected instance: start, stop, exploit, change its
 * settings, remove it. Live actions apply at the current simulated time; before an instance
 * runs, a change edits the scenario (the store decides, see editInstance).
 */
import type { InstanceSpec } from '@utsuwa/sim-core';
import type { ContainerPatch, VmPatch } from '../document/operations';
import { specByName, viewByName } from '../store/selectors';
import type { WorkspaceState } from '../store/index';
import { defineAction, type ActionState } from './types';

/** The instance an action is about: the one named, else the selection. */
export interface Target {
  name?: string;
}

function subject(s: ActionState, arg: Target | undefined): InstanceSpec | undefined {
  const name = arg?.name ?? s.ws.selected;
  return name ? specByName(s.ws, name) : undefined;
}

/** Booting or running: it can be stopped, and attacked. */
export function isActive(ws: WorkspaceState, name: string): boolean {
  const state = viewByName(ws, name)?.state;
  return state === 'running' || state === 'booting';
}

export const startInstance = defineAction<Target | undefined>({
  name: 'startInstance',
  label: 'start',
  when: (s, arg) => {
    const spec = subject(s, arg);
    return spec !== undefined && !isActive(s.ws, spec.name);
  },
  perform: ({ store }, arg, s) => store.getState().applyLive({ type: 'instance/start', name: subject(s, arg)!.name }),
});

export const stopInstance = defineAction<Target | undefined>({
  name: 'stopInstance',
  label: 'stop',
  when: (s, arg) => {
    const spec = subject(s, arg);
    return spec !== undefined && isActive(s.ws, spec.name);
  },
  perform: ({ store }, arg, s) => store.getState().applyLive({ type: 'instance/stop', name: subject(s, arg)!.name }),
});

export const exploitApp = defineAction<Target | undefined>({
  name: 'exploitApp',
  label: 'exploitApp',
  when: (s, arg) => {
    const spec = subject(s, arg);
    return spec !== undefined && isActive(s.ws, spec.name);
  },
  perform: ({ store }, arg, s) => store.getState().applyLive({ type: 'instance/exploit', name: subject(s, arg)!.name, kind: 'app' }),
});

export const exploitKernel = defineAction<Target | undefined>({
  name: 'exploitKernel',
  label: 'exploitKernel',
  when: (s, arg) => {
    const spec = subject(s, arg);
    return spec !== undefined && isActive(s.ws, spec.name);
  },
  perform: ({ store }, arg, s) => store.getState().applyLive({ type: 'instance/exploit', name: subject(s, arg)!.name, kind: 'kernel' }),
});

/** Removes the instance (a VM's containers go with it) from the scenario: undoable. */
export const removeInstance = defineAction<Target | undefined>({
  name: 'removeInstance',
  label: 'remove',
  shortcuts: ['Delete', 'Backspace'],
  when: (s, arg) => subject(s, arg) !== undefined,
  perform: ({ store }, arg, s) => store.getState().removeInstance(subject(s, arg)!.name),
});

/** A setting of the selected instance: its limits live while it runs, else the scenario. */
export const editInstance = defineAction<VmPatch | ContainerPatch>({
  name: 'editInstance',
  label: 'edit',
  when: (s) => subject(s, undefined) !== undefined,
  perform: ({ store }, patch, s) => store.getState().editInstance(subject(s, undefined)!.name, patch),
});

/** Where a container can go: the VMs on the board, or the host (null); not where it is. */
export function moveTargets(ws: WorkspaceState, name: string): Array<string | null> {
  const spec = specByName(ws, name);
  if (spec?.kind !== 'container') return [];
  const places: Array<string | null> = [null, ...ws.doc.instances.filter((i) => i.kind === 'vm').map((i) => i.name)];
  return places.filter((p) => p !== spec.in);
}

/** Puts the selected container into a VM, or back onto the host: the keyboard's way to do what a drag does. */
export const moveInstance = defineAction<{ into: string | null }>({
  name: 'moveInstance',
  label: 'move',
  when: (s, arg) => {
    const spec = subject(s, undefined);
    return spec !== undefined && arg !== undefined && moveTargets(s.ws, spec.name).includes(arg.into);
  },
  perform: ({ store }, { into }, s) => store.getState().moveContainer(subject(s, undefined)!.name, into),
});

export const deselect = defineAction({
  name: 'deselect',
  label: 'deselect',
  shortcuts: ['Escape'],
  when: (s) => s.ws.selected !== null,
  perform: ({ store }) => store.getState().select(null),
});
