/**
 * `docker container|image|network|volume|system prune`: what the daemon would remove, in the
 * words and layout of the docker CLI (the prune.go of each cli/command group): the confirmation it asks for
 * without `-f`, the "Deleted ...:" lists, and "Total reclaimed space".
 */
import type { Simulation } from '../engine/state';
import { containerIdOf } from '../engine/inspect';
import { networksOf } from '../engine/ledger';
import type { CommandResult, TerminalEffect, Where } from './types';
import { fail, ok } from './types';
import { dockerFlags, isSet, withNote } from './docker-flags';
import { daemonContainers, isRestarting, isUp } from './docker-list';
import { dockerObjects, type DockerObjects } from './docker-objects';
import { hexId, localImages } from './docker-images';
import { humanSize } from './format';
import { layerIndex } from '../engine/catalogue-index';
import { sharedLayerBytes } from '../unionfs/index';

export type PruneKind = 'container' | 'image' | 'network' | 'volume' | 'system';

interface Pruned {
  /** The "Deleted ...:" block, or '' when nothing went. */
  block: string;
  bytes: number;
  effects: TerminalEffect[];
}

const CONFIRM = 'Are you sure you want to continue? [y/N] ';
const NO_PROMPT = 'utsuwa: this terminal does not answer prompts; add -f (--force) to prune without one';

function warning(kind: PruneKind, all: boolean, volumes: boolean): string {
  switch (kind) {
    case 'container': return 'WARNING! This will remove all stopped containers.';
    case 'image': return all ? 'WARNING! This will remove all images without at least one container associated to them.' : 'WARNING! This will remove all dangling images.';
    case 'network': return 'WARNING! This will remove all custom networks not used by at least one container.';
    case 'volume': return all ? 'WARNING! This will remove all local volumes not used by at least one container.' : 'WARNING! This will remove anonymous local volumes not used by at least one container.';
    case 'system': return ['WARNING! This will remove:', '  - all stopped containers', '  - all networks not used by at least one container',
      ...(volumes ? ['  - all anonymous volumes not used by at least one container'] : []),
      all ? '  - all images without at least one container associated to them' : '  - all dangling images',
      all ? '  - all build cache' : '  - unused build cache', ''].join('\n');
  }
}

function stoppedContainers(sim: Simulation, where: Where): Pruned {
  const gone = daemonContainers(sim, where).filter((c) => !isUp(c) && !isRestarting(c));
  return {
    block: gone.length ? ['Deleted Containers:', ...gone.map((c) => containerIdOf(c.spec.name))].join('\n') + '\n' : '',
    bytes: gone.reduce((s, c) => s + c.diskBytes, 0),
    effects: gone.map((c) => ({ kind: 'remove', name: c.spec.name }) as const),
  };
}

/** Images no container uses (with -a; the catalogue keeps no dangling ones). Removing them is not simulated, as with `docker rmi`. */
function unusedImages(sim: Simulation, all: boolean, stillUsed: ReadonlySet<string>): Pruned {
  if (!all) return { block: '', bytes: 0, effects: [] };
  const gone = localImages(sim).filter((i) => !stillUsed.has(i.ref));
  if (gone.length === 0) return { block: '', bytes: 0, effects: [] };
  const lines = ['Deleted Images:', ...gone.flatMap((i) => [`untagged: ${i.ref}`, `deleted: sha256:${hexId(`image:${i.ref}`, 64)}`]),
    '(utsuwa: the images stay in the simulated image store; removing images is not simulated)'];
  // What goes is what no staying image shares: docker system df's RECLAIMABLE.
  const layers = layerIndex(sim.catalogue);
  const kept = localImages(sim).filter((i) => stillUsed.has(i.ref));
  const bytes = sharedLayerBytes(localImages(sim).map((i) => i.layers.map((l) => l.id)), layers) - sharedLayerBytes(kept.map((i) => i.layers.map((l) => l.id)), layers);
  return { block: lines.join('\n') + '\n', bytes, effects: [] };
}

function unusedNetworks(objects: DockerObjects, stillUsed: ReadonlySet<string>): { pruned: Pruned; next: DockerObjects } {
  const gone = objects.networks.filter((n) => !stillUsed.has(n));
  const next = { ...objects, networks: objects.networks.filter((n) => stillUsed.has(n)) };
  return { pruned: { block: gone.length ? ['Deleted Networks:', ...gone].join('\n') + '\n' : '', bytes: 0, effects: [] }, next };
}

/** Named volumes count only with --all (API 1.42+); anonymous ones exist only while their container does. */
function unusedVolumes(objects: DockerObjects, all: boolean, stillUsed: ReadonlySet<string>): { pruned: Pruned; next: DockerObjects } {
  const gone = all ? objects.volumes.filter((v) => !stillUsed.has(v)) : [];
  const next = { ...objects, volumes: objects.volumes.filter((v) => !gone.includes(v)) };
  return { pruned: { block: gone.length ? ['Deleted Volumes:', ...gone].join('\n') + '\n' : '', bytes: 0, effects: [] }, next };
}

export function dockerPrune(sim: Simulation, kind: PruneKind, args: readonly string[], where: Where, typed: string): CommandResult {
  const parsed = dockerFlags(`${kind} prune`, typed, args, ['force', 'all', 'volumes']);
  if (!parsed.ok) return parsed.result;
  const all = isSet(parsed.values, 'all');
  const volumes = isSet(parsed.values, 'volumes');
  if (!isSet(parsed.values, 'force')) return fail(`${warning(kind, all, volumes)}\n${CONFIRM}\n${NO_PROMPT}`, 1);

  const containers = daemonContainers(sim, where);
  const removedContainers = kind === 'container' || kind === 'system' ? stoppedContainers(sim, where) : null;
  // What the containers that stay still use.
  const staying = containers.filter((c) => !removedContainers?.effects.some((e) => e.kind === 'remove' && e.name === c.spec.name));
  const usedImages = new Set(staying.map((c) => c.spec.image));
  const usedNetworks = new Set(staying.flatMap((c) => networksOf(c.spec)));
  const usedVolumes = new Set(staying.flatMap((c) => (c.spec.mounts ?? []).filter((m) => m.type === 'volume').map((m) => m.source)));

  let objects = dockerObjects(sim);
  const parts: Pruned[] = [];
  if (removedContainers) parts.push(removedContainers);
  if (kind === 'volume' || (kind === 'system' && volumes)) {
    const v = unusedVolumes(objects, kind === 'volume' && all, usedVolumes);
    parts.push(v.pruned);
    objects = v.next;
  }
  if (kind === 'network' || kind === 'system') {
    const n = unusedNetworks(objects, usedNetworks);
    parts.push(n.pruned);
    objects = n.next;
  }
  if (kind === 'image' || kind === 'system') parts.push(unusedImages(sim, all, usedImages));

  const effects: TerminalEffect[] = parts.flatMap((p) => p.effects);
  const before = dockerObjects(sim);
  if (objects.networks.length !== before.networks.length || objects.volumes.length !== before.volumes.length) effects.push({ kind: 'docker-objects', objects });
  const blocks = parts.map((p) => p.block).filter((b) => b !== '');
  // network prune prints no total: it reclaims no space.
  const total = kind === 'network' ? [] : [`Total reclaimed space: ${humanSize(parts.reduce((s, p) => s + p.bytes, 0))}`];
  return withNote(ok([...blocks, ...total].join('\n'), effects), parsed.note);
}
