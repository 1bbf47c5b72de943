/**
 * A learner's result file: who (the name they typed), which exercise or tour, which goals
 * were met, their answers to the tour's questions, when and how long, and a SHA-256 checksum
 * over the content in canonical form (RFC 8785 JSON: keys sorted, no spaces), so that a file
 * that was mistyped, damaged or edited by hand reads as invalid in the class view. The
 * checksum catches changes; it is not a signature (there is no server to hold a key), which
 * the class view says.
 */
import { z } from 'zod';

import { RESULT_FORMAT, RESULT_VERSION, MAX_RESULT_BYTES } from './result-format';

export { RESULT_FORMAT, RESULT_VERSION, MAX_RESULT_BYTES };

const text = z.string().max(2000);
const contentSchema = z.object({
  format: z.literal(RESULT_FORMAT),
  version: z.literal(RESULT_VERSION),
  learner: z.string().min(1).max(200),
  exercise: z.object({ id: text, title: text }).strict(),
  /** `exercise`: a scenario's goals; `tour`: a guided tour's questions. */
  kind: z.enum(['exercise', 'tour']),
  goals: z.array(z.object({ text, met: z.boolean() }).strict()).max(100),
  answers: z.array(z.object({ step: z.number().int().min(1), question: text, answer: text.nullable(), correct: z.boolean() }).strict()).max(200),
  /** The simulation's clock when the result was saved. */
  simulatedMs: z.number().min(0),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime(),
  /** From opening the exercise to saving the result. */
  durationMs: z.number().min(0),
  lang: z.enum(['en', 'ja']),
}).strict();

export type ResultContent = z.output<typeof contentSchema>;
export interface ResultFile extends ResultContent {
  checksum: { algorithm: 'SHA-256'; value: string };
}

const fileSchema = contentSchema.extend({
  checksum: z.object({ algorithm: z.literal('SHA-256'), value: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
}).strict();

/** RFC 8785 canonical JSON for plain data: object keys sorted by UTF-16 code units, no white space. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export async function sha256Hex(textIn: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(textIn));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The content with its checksum, ready to save. */
export async function sealResult(content: ResultContent): Promise<ResultFile> {
  const checked = contentSchema.parse(content);
  return { ...checked, checksum: { algorithm: 'SHA-256', value: await sha256Hex(canonicalJson(checked)) } };
}

/** The file's text: indented JSON a teacher can read. */
export function resultText(file: ResultFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Why a file is not a valid result, as a key in the `classroom` namespace and its values. */
export interface Invalid {
  reason: 'tooBig' | 'notJson' | 'notResult' | 'badField' | 'noChecksum' | 'checksum';
  detail?: string;
}

export type ReadResult =
  | { ok: true; result: ResultFile }
  /** What could be read of an invalid file is kept, so the teacher sees whose it claims to be. */
  | { ok: false; invalid: Invalid; partial: Partial<ResultContent> | null };

function partialOf(data: unknown): Partial<ResultContent> | null {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  const d = data as Record<string, unknown>;
  const out: Partial<ResultContent> = {};
  if (typeof d.learner === 'string') out.learner = d.learner.slice(0, 200);
  const ex = d.exercise as Record<string, unknown> | undefined;
  if (ex && typeof ex.id === 'string' && typeof ex.title === 'string') out.exercise = { id: ex.id.slice(0, 200), title: ex.title.slice(0, 200) };
  return out;
}

/** Reads and checks a result file's text. */
export async function readResult(textIn: string): Promise<ReadResult> {
  if (textIn.length > MAX_RESULT_BYTES) return { ok: false, invalid: { reason: 'tooBig' }, partial: null };
  let data: unknown;
  try {
    data = JSON.parse(textIn.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, invalid: { reason: 'notJson' }, partial: null };
  }
  const partial = partialOf(data);
  if (!data || typeof data !== 'object' || (data as Record<string, unknown>).format !== RESULT_FORMAT) {
    return { ok: false, invalid: { reason: 'notResult' }, partial };
  }
  const { checksum, ...content } = data as Record<string, unknown>;
  if (checksum === undefined) return { ok: false, invalid: { reason: 'noChecksum' }, partial };
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, invalid: { reason: 'badField', detail: issue.path.join('.') || '(file)' }, partial };
  }
  // The checksum is over the content as it is in the file, not as re-read: any change shows.
  const expected = await sha256Hex(canonicalJson(content));
  if (expected !== parsed.data.checksum.value) return { ok: false, invalid: { reason: 'checksum' }, partial };
  return { ok: true, result: parsed.data };
}

/** A file name for the result: `utsuwa-result-<exercise>-<learner>.json` in safe characters. */
export function resultFileName(content: Pick<ResultContent, 'exercise' | 'learner'>): string {
  const slug = (s: string) => s.normalize('NFKC').replace(/[\\/:*?"<>|\s]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'x';
  return `utsuwa-result-${slug(content.exercise.id)}-${slug(content.learner)}.json`;
}
