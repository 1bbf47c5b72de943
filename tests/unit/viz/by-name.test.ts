import { describe, expect, it } from 'vitest';
import { findByName } from '../../../src/viz/by-name';

const item = (name: string, state = 'running') => ({ name, state });

describe('findByName', () => {
  it('finds each item of the list at hand, list after list', () => {
    const find = findByName<ReturnType<typeof item>>();
    expect(find([item('a'), item('b')], 'b')?.state).toBe('running');
    const next = [item('a'), item('b', 'exited')];
    expect(find(next, 'b')?.state).toBe('exited');
    expect(find(next, 'a')).toBe(next[0]);
  });

  it('follows items that moved, came or went', () => {
    const find = findByName<ReturnType<typeof item>>();
    find([item('a'), item('b'), item('c')], 'a');
    const moved = [item('c'), item('a', 'booting')];
    expect(find(moved, 'a')?.state).toBe('booting');
    expect(find(moved, 'b')).toBeUndefined();
    expect(find(moved, 'c')).toBe(moved[0]);
    expect(find([item('c'), item('a'), item('d')], 'd')?.name).toBe('d');
    expect(find([], 'a')).toBeUndefined();
  });
});
