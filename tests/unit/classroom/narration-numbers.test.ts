/**
 * Narration never states a number the screen contradicts (issue 10): every quantity in a
 * preset's notice, tour (the narration, a question, its right answer and explanation) and goals,
 * in English and Japanese, is one the scenario itself sets (a limit, a size, an event's time) or
 * one the run produces (a time to ready, a phase, memory, disk, a ratio of two of them), within
 * the rounding its wording allows ("about 23 s": ±15%; "23 s": ±5%). A model change that moves
 * a figure away from what a tour says fails here, naming the preset, the text and the number.
 */
import { describe, expect, it } from 'vitest';
import { replayPoints } from '../../../sim-core/classroom/index';
import { pick, type LocalText } from '../../../sim-core/classroom/index';
import { presetIds, runPreset } from '../golden/presets';
import type { Report, Scenario } from '../../../sim-core/index';

type Kind = 'ms' | 'bytes' | 'ratio';
interface Quantity { kind: Kind; value: number; approx: boolean; bound: 'more' | 'less' | null; text: string }

const UNITS: Record<string, [Kind, number]> = {
  ms: ['ms', 1], s: ['ms', 1000], second: ['ms', 1000], seconds: ['ms', 1000], '秒': ['ms', 1000],
  minute: ['ms', 60_000], minutes: ['ms', 60_000], '分': ['ms', 60_000],
  KiB: ['bytes', 1024], MiB: ['bytes', 1024 ** 2], GiB: ['bytes', 1024 ** 3],
  KB: ['bytes', 1e3], MB: ['bytes', 1e6], GB: ['bytes', 1e9],
  '×': ['ratio', 1], '倍': ['ratio', 1],
};

const QUANTITY = /(about |around |roughly |more than |over |under |less than |~|約\s?)?(\d+(?:\.\d+)?)\s?(ms|seconds?|minutes?|s\b|秒|分(?!の)|KiB|MiB|GiB|KB|MB|GB|×|倍)(\s?(?:ほど|程度|くらい|以上|未満|もかからず|より))?/gi;

/** The quantities a text states (clock marks such as 1:30 are checked apart). */
export function quantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const [kind, scale] = UNITS[m[3]!] ?? UNITS[m[3]!.toLowerCase()]!;
    const before = (m[1] ?? '').trim().toLowerCase();
    const after = (m[4] ?? '').trim();
    const bound = /more than|over/.test(before) || after === '以上' ? 'more' : /under|less than/.test(before) || after === '未満' || after === 'もかからず' ? 'less' : null;
    out.push({ kind, value: Number(m[2]) * scale, approx: before !== '' || after !== '', bound, text: m[0].trim() });
  }
  return out;
}

/** Every number of a kind found under keys that name it (…Bytes, …Ms), anywhere in a value. */
function collect(value: unknown, into: Record<Kind, number[]>): void {
  if (Array.isArray(value)) { for (const v of value) collect(v, into); return; }
  if (!value || typeof value !== 'object') return;
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === 'number') {
      if (/bytes$/i.test(key) || key === 'memory') into.bytes.push(v);
      else if (/Ms$/.test(key) || key === 'seek' || key === 'within' || key === 'after') into.ms.push(v);
    } else collect(v, into);
  }
}

/** What the scenario sets and what its run produced: the numbers a narration may state. */
function facts(s: Scenario, report: Report): Record<Kind, number[]> {
  const f: Record<Kind, number[]> = { ms: [], bytes: [], ratio: [] };
  collect({ host: s.host, instances: s.instances, events: s.events, untilMs: s.untilMs, goals: s.goals, tour: s.tour }, f);
  collect(report, f);
  if (s.tour) f.ms.push(...replayPoints(s.tour).map((p) => p.atMs));
  for (const i of report.instances) {
    for (const p of i.phases) f.ms.push(p.endMs - p.startMs);
    const phaseEnds = i.phases.map((p) => p.endMs);
    // A phase's end as seen from the start of another (a VM's engine after its boot, say).
    for (const a of phaseEnds) for (const b of phaseEnds) if (a > b) f.ms.push(a - b);
  }
  // cgroup v2 cpu.max under --cpus: a quota per 100 ms period (Docker's default --cpu-period).
  for (const i of s.instances) if (i.kind === 'container' && i.cpus !== null && i.cpus !== undefined) f.ms.push(100, i.cpus * 100);
  const ready = report.instances.flatMap((i) => (i.readyMs ? [i.readyMs] : []));
  const memory = report.instances.map((i) => i.memoryBytes).filter((b) => b > 0);
  for (const xs of [ready, memory]) for (const a of xs) for (const b of xs) if (a > b) f.ratio.push(a / b);
  return f;
}

function holds(q: Quantity, known: number[]): boolean {
  if (q.bound === 'more') return known.some((k) => k > q.value);
  if (q.bound === 'less') return known.some((k) => k < q.value);
  const tolerance = q.approx ? 0.15 : 0.05;
  // A figure stated to the digit shown: "0.3 s" covers 0.25-0.35 s as well.
  const digits = (String(q.value).split('.')[1] ?? '').length;
  return known.some((k) => Math.abs(k - q.value) <= Math.max(q.value * tolerance, 0.5 * 10 ** -digits));
}

/** A preset's narration: its notice, the tour's words, right answers and explanations, the goals' texts. */
function narration(s: Scenario): Array<{ where: string; text: LocalText }> {
  const out: Array<{ where: string; text: LocalText }> = [];
  const notice = s.extensions.notice;
  if (notice && typeof notice === 'object') out.push({ where: 'notice', text: notice as LocalText });
  s.tour?.steps.forEach((step, k) => {
    out.push({ where: `tour step ${k + 1}`, text: step.say });
    const q = step.question;
    // A question's own premise ("fifty copies, scaled every minute") is a hypothesis, not a figure of the run.
    if (q) {
      out.push({ where: `tour step ${k + 1} answer`, text: q.choices[q.answer]! });
      if (q.explain) out.push({ where: `tour step ${k + 1} explanation`, text: q.explain });
    }
  });
  s.goals?.forEach((g, k) => {
    // A hint says what to do ("1 GiB each fits"): exercises.test.ts does it and checks the goal is met.
    if (g.text) out.push({ where: `goal ${k + 1}`, text: g.text });
  });
  return out;
}

/** A clock mark (1:30) names a moment the scenario or the tour sets, or one the run reports. */
function clockMarks(text: string): number[] {
  return [...text.matchAll(/(?<![\d.])(\d{1,2}):(\d{2})(?![\d:])/g)].map((m) => (Number(m[1]) * 60 + Number(m[2])) * 1000);
}

describe('numbers in narration come from the simulation', () => {
  it('reads quantities with their wording', () => {
    expect(quantities('About 23 seconds: the VM is serving; 600 MiB; more than 50×')).toEqual([
      { kind: 'ms', value: 23_000, approx: true, bound: null, text: 'About 23 seconds' },
      { kind: 'bytes', value: 600 * 1024 ** 2, approx: false, bound: null, text: '600 MiB' },
      { kind: 'ratio', value: 50, approx: true, bound: 'more', text: 'more than 50×' },
    ]);
    expect(quantities('約 23 秒、50 倍以上').map((q) => [q.value, q.approx, q.bound])).toEqual([[23_000, true, null], [50, true, 'more']]);
  });

  it.each(presetIds())('%s: every number its narration states is one the scenario sets or the run reports', (id) => {
    const { scenario, report } = runPreset(id);
    const known = facts(scenario, report);
    const moments = new Set([...known.ms, ...report.incidents.map((i) => i.atMs)].map((ms) => Math.floor(ms / 1000)));
    const wrong: string[] = [];
    for (const { where, text } of narration(scenario)) {
      for (const lang of ['en', 'ja'] as const) {
        const said = pick(text, lang);
        for (const q of quantities(said)) {
          if (!holds(q, known[q.kind])) wrong.push(`${where} (${lang}): "${q.text}" in "${said.slice(0, 90)}…"`);
        }
        for (const ms of clockMarks(said)) {
          if (!moments.has(ms / 1000) && !moments.has(ms / 1000 - 1)) wrong.push(`${where} (${lang}): clock ${ms / 1000} s is no moment of the scenario`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
