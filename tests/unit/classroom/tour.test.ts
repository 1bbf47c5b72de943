import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { replayPoints } from '../../../sim-core/classroom/index';
import { CATALOGUE, catalogueNames } from '../../../sim-core/catalogue/index';
import { parseScenario } from '../../../sim-core/scenario/index';
import { SimSession } from '../../../src/worker/session';
import { TWO_WEBS, scenarioFrom, withLessons } from './helpers';

const base = scenarioFrom(TWO_WEBS);
const MiB = 1024 * 1024;

describe('tours are part of the scenario', () => {
  it('accepts a list of steps with text in both languages, times and actions', () => {
    const { tour, errors } = withLessons({ tour: [
      { say: { en: 'Hello', ja: 'こんにちは' }, highlight: 'host' },
      { say: 'Start the other one', start: 'other', seek: '10s' },
      { say: 'Load', load: { target: 'web', memory: '300MiB' }, seek: '30s', question: { ask: 'What happens?', choices: ['OOM', 'nothing'], answer: 0 } },
      { say: 'Limit', limits: { target: 'other', memory: '128m', cpus: null } },
      { say: 'Delete', delete: { target: 'other', path: '/etc/nginx/nginx.conf' } },
    ] });
    expect(errors).toEqual([]);
    expect(tour!.steps).toHaveLength(5);
    expect(tour!.steps[0]!.say).toEqual({ en: 'Hello', ja: 'こんにちは' });
    expect(tour!.steps[1]!.say.ja).toBe('Start the other one'); // one text serves both
    expect(tour!.steps[2]!.action).toEqual({ type: 'load', load: { target: 'web', memoryBytes: 300 * MiB } });
    expect(tour!.steps[3]!.action).toEqual({ type: 'limits', target: 'other', memoryBytes: 128 * MiB, cpus: null });
    expect(tour!.steps[4]!.action).toEqual({ type: 'delete', target: 'other', path: '/etc/nginx/nginx.conf' });
  });

  it('reads the old tour key `limit` as the shared schema\'s `limits`', () => {
    const { tour, errors } = withLessons({ tour: [{ say: 'Limit', limit: { target: 'web', memory: '64MiB' } }] });
    expect(errors).toEqual([]);
    expect(tour!.steps[0]!.action).toEqual({ type: 'limits', target: 'web', memoryBytes: 64 * MiB });
  });

  it('refuses the whole file, naming the place and what was expected', () => {
    const { tour, errors } = withLessons({ tour: [
      { say: 'ok', seek: 'soon' },
      { sya: 'typo' },
      { say: 'two actions', start: 'web', stop: 'web' },
      { say: 'q', question: { ask: 'a?', choices: ['x', 'y'], answer: 2 } },
      { say: 'bad size', load: { target: 'web', memory: 'lots' } },
    ] });
    expect(tour).toBeNull();
    expect(errors).toContain('tour[0].seek: expected a duration such as 30s or 1m30s, got "soon"');
    expect(errors).toContain('tour[1]: unknown field sya (did you mean say?); a tour step has say, seek, start, stop, remove, load, write, exploit, limits, delete, exit, kill, pause, unpause, suspend, resume, limit, waitFor, open, highlight or question');
    expect(errors.some((e) => e.startsWith('tour[2]') && /at most one action/.test(e))).toBe(true);
    expect(errors.some((e) => e.startsWith('tour[3].question.answer'))).toBe(true);
    expect(errors).toContain('tour[4].load.memory: expected a size such as 512m or 1GiB, got "lots"');
  });

  it('refuses unknown instances where they are named, and a tour that goes back in time', () => {
    const { errors } = withLessons({ tour: [
      { say: 'a', seek: '30s', exploit: { target: 'db', kind: 'kernel' } },
      { say: 'b', seek: '10s' },
      { say: 'c', waitFor: { kind: 'instance-state', instance: 'webb' } },
    ] });
    expect(errors).toEqual([
      'tour[0].exploit.target: unknown instance "db"; valid: web, other',
      'tour[1].seek: a tour moves forward in time: expected 30 s or later (the step before), got 10 s',
      'tour[2].waitFor.instance: unknown instance "webb" (did you mean web?); valid: web, other',
    ]);
  });

  it('names places inside `{ title, steps }` as tour.steps[k], with the file name', () => {
    const text = `${TWO_WEBS}tour:\n  title: { en: A lesson, ja: 授業 }\n  steps:\n    - say: one\n    - say: two\n    - say: three\n    - { say: four, start: web2 }\n`;
    const r = parseScenario(text, 'lesson.yaml', catalogueNames(CATALOGUE));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors).toEqual(['lesson.yaml: tour.steps[3].start: unknown instance "web2" (did you mean web?); valid: web, other']);
  });

  it('refuses something that is not a list of steps, and a tour of more steps than a lesson has', () => {
    expect(withLessons({ tour: 'go' }).errors[0]).toMatch(/^tour: expected a list of steps/);
    const many = Array.from({ length: 201 }, () => ({ say: 'x', start: 'web' }));
    expect(withLessons({ tour: many }).errors).toEqual(['tour: expected at most 200 steps']);
  });
});

describe('tour steps as replay points', () => {
  const tour = withLessons({ tour: [
    { say: 'start' },
    { say: 'other starts', seek: '5s', start: 'other' },
    { say: 'spike', seek: '20s', load: { target: 'web', memory: '400MiB' } },
    { say: 'after', seek: '30s' },
  ] }).tour!;

  it('each step is its time and the actions of the steps up to it', () => {
    const points = replayPoints(tour);
    expect(points.map((p) => p.atMs)).toEqual([0, 5000, 20000, 30000]);
    expect(points.map((p) => p.actions.length)).toEqual([0, 1, 2, 2]);
    expect(points[2]!.actions[1]).toEqual({ atMs: 20000, action: { type: 'instance/load', name: 'web', memoryBytes: 400 * MiB } });
  });

  it('going to a step is one load, and forward or back lands on the same simulation state', () => {
    const session = new SimSession();
    const goTo = (k: number) => {
      const point = replayPoints(tour)[k]!;
      return session.handle({ type: 'load', scenario: base, actions: point.actions, atMs: point.atMs })!.view;
    };
    const forward = [0, 1, 2, 3].map(goTo);
    const back = [3, 2, 1, 0].map(goTo).reverse();
    expect(back).toEqual(forward);
    // and the steps show what they narrate: the other container only from step 1, the OOM kill at step 3
    expect(forward[0]!.instances.find((i) => i.name === 'other')!.state).toBe('created');
    expect(forward[1]!.instances.find((i) => i.name === 'other')!.state).not.toBe('created');
    expect(forward[1]!.instances.find((i) => i.name === 'web')!.state).toBe('running');
    expect(forward[3]!.instances.find((i) => i.name === 'web')!.exitCode).toBe(137);
  });
});

describe('the tours that ship', () => {
  const dir = new URL('../../../scenarios/', import.meta.url);
  const withTours = readdirSync(dir).flatMap((f) => {
    const s = scenarioFrom(readFileSync(new URL(f, dir), 'utf8'));
    return s.tour === null ? [] : [{ f, s, tour: s.tour }];
  });

  it('are at least six, valid, in both languages, and every step replays without a refused action', () => {
    expect(withTours.length).toBeGreaterThanOrEqual(6);
    for (const { f, s, tour } of withTours) {
      const session = new SimSession();
      for (const [k, point] of replayPoints(tour).entries()) {
        expect(tour.steps[k]!.say.ja, `${f} step ${k}`).not.toBe(tour.steps[k]!.say.en);
        const frame = session.handle({ type: 'load', scenario: s, actions: point.actions, atMs: point.atMs })!;
        expect(frame.logEntries.filter((e) => e.type === 'action/rejected'), `${f} step ${k}`).toEqual([]);
        expect(frame.view.nowMs).toBe(point.atMs);
      }
    }
  });
});
