import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTour, replayOps, replayPoints } from '../../../sim-core/classroom/index';
import { SimSession } from '../../../src/worker/session';
import { TWO_WEBS, scenarioFrom } from './helpers';

const base = scenarioFrom(TWO_WEBS);

describe('tour validation', () => {
  it('accepts a list of steps with text in both languages, times and actions', () => {
    const { tour, errors } = readTour([
      { say: { en: 'Hello', ja: 'こんにちは' }, highlight: 'host' },
      { say: 'Start the other one', start: 'other', seek: '10s' },
      { say: 'Load', load: { target: 'web', memory: '300MiB' }, seek: '30s', question: { ask: 'What happens?', choices: ['OOM', 'nothing'], answer: 0 } },
    ], base);
    expect(errors).toEqual([]);
    expect(tour!.steps).toHaveLength(3);
    expect(tour!.steps[0]!.say).toEqual({ en: 'Hello', ja: 'こんにちは' });
    expect(tour!.steps[1]!.say.ja).toBe('Start the other one'); // one text serves both
    expect(tour!.steps[2]!.load!.memory).toBe(300 * 1024 * 1024);
  });

  it('names the place and what was expected', () => {
    const { tour, errors } = readTour([
      { say: 'ok', seek: 'soon' },
      { sya: 'typo' },
      { say: 'two actions', start: 'web', stop: 'web' },
      { say: 'q', question: { ask: 'a?', choices: ['x', 'y'], answer: 2 } },
    ], base);
    expect(tour).toBeNull();
    expect(errors).toContain('tour[0].seek: expected a duration such as 30s or 1m30s, got "soon"');
    expect(errors.some((e) => e.startsWith('tour[1]') && /say/.test(e))).toBe(true);
    expect(errors.some((e) => e.startsWith('tour[2]') && /at most one action/.test(e))).toBe(true);
    expect(errors.some((e) => e.startsWith('tour[3].question.answer'))).toBe(true);
  });

  it('refuses unknown instances and a tour that goes back in time', () => {
    const { errors } = readTour([
      { say: 'a', seek: '30s', exploit: { target: 'db', kind: 'kernel' } },
      { say: 'b', seek: '10s' },
    ], base);
    expect(errors[0]).toMatch(/^tour\[0\]: unknown instance "db"; valid: web, other/);
    expect(errors[1]).toMatch(/^tour\[1\]\.seek: a tour moves forward in time/);
  });

  it('refuses something that is not a list of steps', () => {
    expect(readTour('go', base).errors[0]).toMatch(/^tour: expected a list of steps/);
  });
});

describe('tour steps as replay points', () => {
  const tour = readTour([
    { say: 'start' },
    { say: 'other starts', seek: '5s', start: 'other' },
    { say: 'spike', seek: '20s', load: { target: 'web', memory: '400MiB' } },
    { say: 'after', seek: '30s' },
  ], base).tour!;

  it('each step is its time and the actions of the steps up to it', () => {
    const points = replayPoints(tour);
    expect(points.map((p) => p.atMs)).toEqual([0, 5000, 20000, 30000]);
    expect(points.map((p) => p.actions.length)).toEqual([0, 1, 2, 2]);
    expect(points[2]!.actions[1]).toEqual({ atMs: 20000, action: { type: 'instance/load', name: 'web', memoryBytes: 400 * 1024 * 1024 } });
  });

  it('going to a step forward or back lands on the same simulation state', () => {
    const session = new SimSession();
    const goTo = (k: number) => {
      let frame = session.handle({ type: 'load', scenario: base, atMs: 0, keepActions: false })!;
      for (const op of replayOps(replayPoints(tour)[k]!)) {
        frame = op.op === 'seek' ? session.handle({ type: 'seek', toMs: op.toMs })! : session.handle({ type: 'apply', action: op.action })!;
      }
      return frame.view;
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
    return s.extensions.tour === undefined ? [] : [{ f, s }];
  });

  it('are at least six, valid, in both languages, and every step replays without a refused action', () => {
    expect(withTours.length).toBeGreaterThanOrEqual(6);
    for (const { f, s } of withTours) {
      const { tour, errors } = readTour(s.extensions.tour, s);
      expect(errors, f).toEqual([]);
      const session = new SimSession();
      for (const [k, point] of replayPoints(tour!).entries()) {
        expect(tour!.steps[k]!.say.ja, `${f} step ${k}`).not.toBe(tour!.steps[k]!.say.en);
        session.handle({ type: 'load', scenario: s, atMs: 0, keepActions: false });
        for (const op of replayOps(point)) {
          const frame = op.op === 'seek' ? session.handle({ type: 'seek', toMs: op.toMs }) : session.handle({ type: 'apply', action: op.action });
          expect(frame!.rejected, `${f} step ${k}`).toBeUndefined();
        }
      }
    }
  });
});
