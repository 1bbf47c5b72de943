/**
 * `docker compose ls` and `docker compose config --services|--volumes` (Compose
 * v2, cmd/compose/list.go, pkg/compose/ls.go): the projects the daemon's containers belong
 * to, each with its containers' states counted (`running(2)`, states in sorted order, as
 * combinedStatus writes them) and its config files; the names a project's file defines.
 */
import type { CommandResult } from './types';
import { fail, ok } from './types';
import { dockerFlags, isSet } from './docker-flags';
import { last } from './flags';
import { dockerState } from './docker-list';
import { table } from './format';
import type { ComposeMember } from './docker-compose-more';

export interface ComposeListing {
  project: string;
  /** The file the project was read from, as it was named when loaded. */
  configFile: string;
  members: readonly ComposeMember[];
}

/** pkg/compose/ls.go combinedStatus: each state with its count, states sorted, comma separated. */
function combinedStatus(states: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const s of states) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts.keys()].sort().map((s) => `${s}(${counts.get(s)!})`).join(', ');
}

export function composeLs(listing: ComposeListing | null, args: readonly string[], typed: string): CommandResult {
  const parsed = dockerFlags('compose ls', typed, args, ['all', 'quiet', 'format', 'filter']);
  if (!parsed.ok) return parsed.result;
  const all = isSet(parsed.values, 'all');
  const format = last(parsed.values, 'format') ?? 'table';
  // Compose lists the projects of running containers; -a also those with only stopped ones.
  const live = listing ? listing.members.filter((m) => m.record !== null && (all || dockerState(m.record) === 'running')) : [];
  const stacks = listing && live.length > 0 ? [{ Name: listing.project, Status: combinedStatus(live.map((m) => dockerState(m.record!))), ConfigFiles: listing.configFile }] : [];
  if (isSet(parsed.values, 'quiet')) return ok(stacks.map((s) => s.Name).join('\n'));
  if (format === 'json') return ok(JSON.stringify(stacks));
  if (format !== 'table') return fail(`format value ${JSON.stringify(format)} could not be parsed: use table or json`, 1);
  return ok(table([['NAME', 'STATUS', 'CONFIG FILES'], ...stacks.map((s) => [s.Name, s.Status, s.ConfigFiles])]));
}

/** `docker compose config --services` (and --volumes): the names, one a line; the whole model is not printed here. */
export function composeConfig(listing: ComposeListing, args: readonly string[], typed: string): CommandResult {
  const parsed = dockerFlags('compose config', typed, args, ['services', 'volumes', 'quiet', 'file', 'project-name']);
  if (!parsed.ok) return parsed.result;
  if (isSet(parsed.values, 'quiet')) return ok('');
  if (isSet(parsed.values, 'services')) return ok([...new Set(listing.members.map((m) => m.service))].join('\n'));
  if (isSet(parsed.values, 'volumes')) {
    const names = new Set<string>();
    for (const m of listing.members) for (const v of m.spec.mounts ?? []) if (v.type === 'volume' && v.source !== '') names.add(v.source.replace(`${listing.project}_`, ''));
    return ok([...names].join('\n'));
  }
  return fail(`utsuwa: ${typed} prints the whole normalised model in Compose; here only --services, --volumes and --quiet are simulated.`, 1);
}
