/**
 * sim-core's public API: create a simulation from a scenario, advance it, step it, apply user
 * actions, read the report, the view and the event log; or wrap it in a Run to seek anywhere.
 */
export type { Scenario, InstanceSpec, VmSpec, ContainerSpec, ContainerOptions, PortBinding, MountSpec, RestartPolicy, RestartPolicyName, HostSpec, ScenarioAction, TimedAction, RuntimeId, ShareableNamespace, ExploitKind } from './scenario/types';
export { HOST_DEFAULTS } from './scenario/types';
export type { Catalogue, Cited, CitedKind, Source, ImageDef, ImageOrigin, LayerDef, GuestOsDef, VmProfileDef, RuntimeDef, AppDef, PhaseDef, Figure } from './catalogue/types';
export type { Report, InstanceReport, Incident, InstanceState, PhaseSpan, IncidentType } from './report/types';
export type { LogEntry, LogEntryOf, LogType, LogDataMap, OomKilledData } from './engine/log';
export { LOG_TYPES } from './engine/log';
export type { UserAction, ActionResult, RecordedAction } from './engine/actions';
export type { SimView, InstanceView, HostView, MemorySample } from './engine/view';
export type { HostDiskBreakdown, DiskLayer, LayerDiskState } from './figures/index';
export type { Simulation } from './engine/state';
export type { Run, RunOptions } from './engine/run';
export type { RunCondition, RunUntilResult } from './engine/run-until';

export { createSimulation, step, advanceTo, runToEnd, apply, nextEventTime, hasPendingEvents, toUserAction, MAX_SIMULATED_MS } from './engine/simulation';
export { createRun, runAdvance, runSeek, runApply, finishRun, runView, SNAPSHOT_MIN_EVENTS, SNAPSHOT_MEMORY_SHARE, snapshotMemory } from './engine/run';
export { runUntil } from './engine/run-until';
export { pruneActions, toScenarioAction, actionSubject } from './scenario/actions';
export { getReport } from './report/report';
export { getView, createViewCache, type ViewCache } from './engine/view-builder';
export { withPhases } from './engine/view-copy';
export { narrate } from './report/narrate';
export { unhandledLogType } from './engine/log';
export { formatReportText } from './report/text';
export { EXIT_SIGKILL } from './engine/memory';
export { inspectInstance, inspectHost, isolationMatrix, namespacesOf, containerIdOf, HOST_NAME } from './engine/inspect';
export type { IsolationCell, ProcessVisibility } from './engine/inspect';
export { identityOf, hostnameOf } from './engine/identity';
export type { PlaceIdentity, ShellKind, Userland, ShellUser } from './engine/identity';
export type { ProcessView, ProcessRow, NamespaceKind } from './namespaces/index';
export { blastRadius } from './engine/security';

import type { Simulation } from './engine/state';
import type { LogEntry } from './engine/log';
import type { MemorySample } from './engine/view';

/** The append-only event log (read-only: do not mutate). */
export function getLog(sim: Simulation): readonly LogEntry[] {
  return sim.state.log;
}

/** Memory change points of top-level instances, for charts over time. */
export function getMemoryHistory(sim: Simulation): readonly MemorySample[] {
  return sim.state.memoryHistory;
}
export { escapeControlChars, escapeJsonControls } from './text/escape';
