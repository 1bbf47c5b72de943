import { describe, expect, it } from 'vitest';
import { canonicalJson, readResult, resultFileName, resultText, sealResult, sha256Hex, type ResultContent } from '../../../src/results/result-file';

const content: ResultContent = {
  format: 'utsuwa-result', version: 1, learner: '佐藤 花子', exercise: { id: 'exercise-limits', title: 'Limits' }, kind: 'exercise',
  goals: [{ text: 'web has 256 MiB', met: true }, { text: 'web has half a CPU', met: false }],
  answers: [{ step: 4, question: 'Which is faster?', answer: 'The container', correct: true }],
  simulatedMs: 30_000, startedAt: '2026-12-01T09:00:00.000Z', finishedAt: '2026-12-01T09:12:30.000Z', durationMs: 750_000, lang: 'ja',
};

describe('canonical JSON (RFC 8785)', () => {
  it('sorts keys at every level and leaves no white space', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 'x', c: null }], é: true })).toBe('{"a":[{"c":null,"d":"x"}],"b":1,"é":true}');
  });
  it('does not depend on the order keys were written in', () => {
    expect(canonicalJson({ x: 1, y: { q: 2, p: 3 } })).toBe(canonicalJson({ y: { p: 3, q: 2 }, x: 1 }));
  });
});

describe('result files', () => {
  it('SHA-256 of known text', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('reads back a file it sealed, with its learner, goals and answers', async () => {
    const file = await sealResult(content);
    const read = await readResult(resultText(file));
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.result).toEqual(file);
  });

  it('finds a file edited by hand (a goal ticked afterwards) invalid, and still says whose it claims to be', async () => {
    const text = resultText(await sealResult(content)).replace('"met": false', '"met": true');
    const read = await readResult(text);
    expect(read).toMatchObject({ ok: false, invalid: { reason: 'checksum' }, partial: { learner: '佐藤 花子' } });
  });

  it('keeps reading a file whose indentation or key order was changed (the content is the same)', async () => {
    const file = await sealResult(content);
    const reordered = JSON.stringify(Object.fromEntries(Object.entries(file).reverse()));
    expect((await readResult(reordered)).ok).toBe(true);
  });

  it('names what is wrong: not JSON, not a result, a field, no checksum, too big', async () => {
    const good = await sealResult(content);
    expect(await readResult('{"format": "utsuwa-result",')).toMatchObject({ ok: false, invalid: { reason: 'notJson' } });
    expect(await readResult('{"version": 1, "instances": []}')).toMatchObject({ ok: false, invalid: { reason: 'notResult' } });
    const { checksum: _c, ...unsealed } = good;
    expect(await readResult(JSON.stringify(unsealed))).toMatchObject({ ok: false, invalid: { reason: 'noChecksum' } });
    expect(await readResult(JSON.stringify({ ...good, goals: 'all' }))).toMatchObject({ ok: false, invalid: { reason: 'badField', detail: 'goals' } });
    expect(await readResult(JSON.stringify({ ...good, extra: 1 }))).toMatchObject({ ok: false, invalid: { reason: 'badField' } });
    expect(await readResult(' '.repeat(300 * 1024))).toMatchObject({ ok: false, invalid: { reason: 'tooBig' } });
  });

  it('reads a file saved with a byte-order mark by an editor', async () => {
    expect((await readResult(`\uFEFF${resultText(await sealResult(content))}`)).ok).toBe(true);
  });

  it('names the file after the exercise and the learner, in characters every system accepts', () => {
    expect(resultFileName({ exercise: { id: 'exercise-limits', title: '' }, learner: 'Ana / B: "x"' })).toBe('utsuwa-result-exercise-limits-Ana-B-x.json');
    expect(resultFileName({ exercise: { id: 'tour', title: '' }, learner: '佐藤 花子' })).toBe('utsuwa-result-tour-佐藤-花子.json');
  });
});
