/** A tour step's `open:`: the tab or "See inside" view it brings forward, checked with the file. */
import { describe, expect, it } from 'vitest';
import { CATALOGUE, catalogueNames } from '../../../sim-core/catalogue/index';
import { parseScenario, removeFromScenario, scenarioToYaml } from '../../../sim-core/scenario/index';
import { TWO_WEBS, scenarioFrom, withLessons } from './helpers';

describe('a tour step may open a tab or a "See inside" view', () => {
  it('reads a tab by what it shows, and a view of an instance (view or instance alone mean the inside tab)', () => {
    const { tour, errors } = withLessons({ tour: [
      { say: 'memory', open: 'memory' },
      { say: 'table', open: { tab: 'comparison' } },
      { say: 'inside web', open: { tab: 'inside', view: 'explorer', instance: 'web' } },
      { say: 'layers', open: { view: 'layers' } },
      { say: 'other', open: { instance: 'other' } },
    ] });
    expect(errors).toEqual([]);
    expect(tour!.steps.map((s) => s.open)).toEqual([
      { tab: 'memory' },
      { tab: 'comparison' },
      { tab: 'inside', view: 'explorer', instance: 'web' },
      { tab: 'inside', view: 'layers' },
      { tab: 'inside', instance: 'other' },
    ]);
  });

  it('refuses an unknown tab or view, a view on another tab and an unknown instance, at their places', () => {
    const { errors } = withLessons({ tour: [
      { say: 'a', open: 'memroy' },
      { say: 'b', open: { view: 'kernel' } },
      { say: 'c', open: { tab: 'memory', instance: 'web' } },
      { say: 'd', open: { instance: 'webb' } },
      { say: 'e', open: { tabs: 'memory' } },
      { say: 'f', open: {} },
    ] });
    expect(errors).toContain('tour[0].open: expected a tab (timeline, memory, disk, comparison, inside, terminal) or { tab, view, instance }, got "memroy"');
    expect(errors).toContain('tour[1].open.view: expected one of explorer, matrix, layers, cgroup');
    expect(errors).toContain('tour[2].open.tab: view and instance belong to the "See inside" tab: expected inside, got memory');
    expect(errors.some((e) => e.startsWith('tour[4].open: unknown field tabs (did you mean tab?)'))).toBe(true);
    expect(errors).toContain('tour[5].open: expected tab, view or instance');
    // Names are checked once the shapes hold.
    const names = withLessons({ tour: [{ say: 'd', open: { instance: 'webb' } }] });
    expect(names.errors).toEqual(['tour[0].open.instance: unknown instance "webb" (did you mean web?); valid: web, other']);
  });

  it('writes back as read, and removing the instance keeps the view (on the learner\'s selection)', () => {
    const { tour } = withLessons({ tour: [{ say: 'm', open: 'memory' }, { say: 'i', open: { view: 'explorer', instance: 'other' } }] });
    const s = { ...scenarioFrom(TWO_WEBS), tour };
    const again = parseScenario(scenarioToYaml(s), 'again.yaml', catalogueNames(CATALOGUE));
    expect(again.ok && again.scenario.tour).toEqual(tour);
    removeFromScenario(s, 'other');
    expect(s.tour!.steps[1]!.open).toEqual({ tab: 'inside', view: 'explorer' });
  });
});
