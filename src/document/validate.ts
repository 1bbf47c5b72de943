/**
 * One validation for every way into the document: an edit from the inspector, the terminal,
 * a drop or a tour must leave a description the parser would read back, so nothing the user
 * makes is refused on reload, in a share link or in a file. Only what changed is checked
 * (immer keeps unchanged instances the same objects): the changed instances, with the VMs
 * they run in, and the host, as a small scenario through the same parser.
 */
import type { InstanceSpec } from '@utsuwa/sim-core';
import type { Description } from '../store/types';
import { readScenario, writeScenario } from '../files/scenario-io';
import { emptyScenario } from './specs';

const FILE = 'workspace';

/** The parser's errors for the changed parts of `next`, each naming its instance; null when they read back. */
export function changeRefusal(prev: Description, next: Description): string[] | null {
  const before = new Set<InstanceSpec>(prev.doc.instances);
  const changed = next.doc.instances.filter((i) => !before.has(i));
  if (changed.length === 0 && prev.doc.host === next.doc.host) return null;
  const names = new Set(changed.map((i) => i.name));
  const parents = new Map<string, InstanceSpec>();
  for (const inst of changed) {
    if (inst.kind !== 'container' || inst.in === null || names.has(inst.in)) continue;
    const parent = next.doc.instances.find((i) => i.name === inst.in);
    if (parent) parents.set(parent.name, parent);
  }
  // What a container depends on (dependsOn), and what those need in turn, must exist for it to read back.
  const queue = [...changed, ...parents.values()];
  while (queue.length > 0) {
    const inst = queue.pop()!;
    if (inst.kind !== 'container') continue;
    for (const want of [...(inst.dependsOn ?? []).map((d) => d.name), ...(inst.in !== null ? [inst.in] : [])]) {
      if (names.has(want) || parents.has(want)) continue;
      const found = next.doc.instances.find((i) => i.name === want);
      if (found) {
        parents.set(found.name, found);
        queue.push(found);
      }
    }
  }
  const probe = emptyScenario();
  probe.host = next.doc.host;
  probe.instances = [...parents.values(), ...changed];
  const read = readScenario(writeScenario(probe), FILE);
  if (read.ok) return null;
  // "workspace: instances[1].cpus: ..." → "web: cpus: ..."
  return read.errors.map((e) => e.replace(/^workspace: instances\[(\d+)\]\.?/, (_m, i: string) => `${probe.instances[Number(i)]?.name ?? FILE}: `).replace(/^workspace: /, ''));
}
