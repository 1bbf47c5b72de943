import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, migrateToCurrent } from '../../../sim-core/scenario/index';

describe('migrateToCurrent', () => {
  it('passes a current file through untouched', () => {
    const file = { version: CURRENT_VERSION, name: 'x' };
    expect(migrateToCurrent(file, 'a.yaml')).toEqual({ ok: true, file, migratedFrom: null });
  });

  it('runs each step from the file\'s version up to the current one, in order', () => {
    // A future in which version 3 is current: 1 -> 2 renamed `until` to `runFor`, 2 -> 3 added `units`.
    const steps = {
      1: (f: Record<string, unknown>) => { const { until, ...rest } = f; return { ...rest, version: 2, runFor: until }; },
      2: (f: Record<string, unknown>) => ({ ...f, version: 3, units: 'iec' }),
    };
    expect(migrateToCurrent({ version: 1, name: 'x', until: '2m' }, 'a.yaml', steps, 3)).toEqual({
      ok: true, file: { version: 3, name: 'x', runFor: '2m', units: 'iec' }, migratedFrom: 1,
    });
  });

  it('refuses a version with no step and a newer version, saying why', () => {
    expect(migrateToCurrent({ version: 0 }, 'a.yaml')).toEqual({ ok: false, error: 'a.yaml: version: expected 1, the version this Utsuwa reads, got 0 (no version 0 format ever existed)' });
    const newer = migrateToCurrent({ version: 2 }, 'a.yaml');
    expect(newer.ok ? '' : newer.error).toBe('a.yaml: version: this file is version 2, made by a newer Utsuwa; this one reads versions up to 1. Open it in a newer Utsuwa.');
  });
});
