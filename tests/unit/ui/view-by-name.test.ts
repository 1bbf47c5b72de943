import { describe, expect, it } from 'vitest';
import type { InstanceView } from '@utsuwa/sim-core';
import { viewByName } from '../../../src/store/selectors';
import type { WorkspaceState } from '../../../src/store/types';

const inst = (name: string, state: InstanceView['state'] = 'running') => ({ name, state }) as InstanceView;
const stateWith = (instances: InstanceView[]) => ({ view: { instances } }) as unknown as WorkspaceState;

describe('viewByName', () => {
  it('finds each instance of the view at hand, frame after frame', () => {
    expect(viewByName(stateWith([inst('a'), inst('b')]), 'b')?.state).toBe('running');
    const next = stateWith([inst('a'), inst('b', 'exited')]);
    expect(viewByName(next, 'b')?.state).toBe('exited');
    expect(viewByName(next, 'a')).toBe(next.view!.instances[0]);
  });

  it('follows instances that moved, came or went', () => {
    viewByName(stateWith([inst('a'), inst('b'), inst('c')]), 'a');
    const moved = stateWith([inst('c'), inst('a', 'booting')]);
    expect(viewByName(moved, 'a')?.state).toBe('booting');
    expect(viewByName(moved, 'b')).toBeUndefined();
    expect(viewByName(moved, 'c')).toBe(moved.view!.instances[0]);
    expect(viewByName(stateWith([inst('c'), inst('a'), inst('d')]), 'd')?.name).toBe('d');
  });

  it('finds nothing without a view', () => {
    expect(viewByName({ view: null } as unknown as WorkspaceState, 'a')).toBeUndefined();
  });
});
