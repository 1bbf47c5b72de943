/**
 * Compose's progress block (`[+] Running 3/3`, then ` ✔ Container web-1  Started`) and how it
 * ends when `up` waits for a dependency's condition: the block shows each container's last
 * event, so it is written once the waits are over. A dependency whose condition failed ends
 * `Error` (✘, not counted done) and the containers held for it stay `Created`, as Compose's
 * pkg/compose/convergence.go reports them before its `dependency failed to start: ...`.
 */

/** One row: what (`Network`, `Container`), its name, its last event. */
export type ProgressLine = readonly [kind: string, name: string, state: string];

/** A held start Compose refused: the container, the dependency that failed, Compose's words. */
export interface ComposeRefusal {
  name: string;
  dependency?: string;
  why: string;
}

export function formatProgress(lines: readonly ProgressLine[]): string {
  if (lines.length === 0) return '';
  const width = Math.max(...lines.map(([kind, name]) => kind.length + 1 + name.length));
  // A failed step is marked ✘ and not counted done.
  const done = lines.filter(([, , state]) => state !== 'Error').length;
  return [`[+] Running ${done}/${lines.length}`, ...lines.map(([kind, name, state]) => ` ${state === 'Error' ? '✘' : '✔'} ${`${kind} ${name}`.padEnd(width)}  ${state}`)].join('\n');
}

/** The rows as the waits ended: failed dependencies `Error`, the containers held for them `Created`. */
export function settleProgress(lines: readonly ProgressLine[], refusals: readonly ComposeRefusal[]): ProgressLine[] {
  const failed = new Set(refusals.flatMap((r) => (r.dependency ? [r.dependency] : [])));
  const held = new Set(refusals.map((r) => r.name));
  return lines.map(([kind, name, state]) => (kind !== 'Container' ? [kind, name, state] : failed.has(name) ? [kind, name, 'Error'] : held.has(name) ? [kind, name, 'Created'] : [kind, name, state]));
}
