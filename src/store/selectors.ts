/** Selectors, defined once at module level (stable identities for zustand's subscriptions). */
import type { InstanceSpec, InstanceView } from '@utsuwa/sim-core';
import type { WorkspaceState } from './types';
import { findByName } from '../viz/by-name';

export const selectDoc = (s: WorkspaceState) => s.doc;
export const selectInstances = (s: WorkspaceState) => s.doc.instances;
export const selectView = (s: WorkspaceState) => s.view;
export const selectNowMs = (s: WorkspaceState) => s.view?.nowMs ?? 0;
export const selectHost = (s: WorkspaceState) => s.view?.host ?? null;
export const selectSelected = (s: WorkspaceState) => s.selected;
export const selectChartTab = (s: WorkspaceState) => s.panels.tab;
export const selectInsideView = (s: WorkspaceState) => s.panels.inside;
export const selectInsideOpened = (s: WorkspaceState) => s.panels.opened;
export const selectPlaying = (s: WorkspaceState) => s.playing;
export const selectSpeed = (s: WorkspaceState) => s.speed;
export const selectLog = (s: WorkspaceState) => s.log;
export const selectMemoryHistory = (s: WorkspaceState) => s.memoryHistory;
export const selectNotice = (s: WorkspaceState) => s.notice;
export const selectStorageNotices = (s: WorkspaceState) => s.storageNotices;
export const selectOrigin = (s: WorkspaceState) => s.origin;
export const selectCanUndo = (s: WorkspaceState) => s.past.length > 0;
export const selectCanRedo = (s: WorkspaceState) => s.future.length > 0;
export const selectNextEventMs = (s: WorkspaceState) => s.view?.nextEventMs ?? null;
export const selectUntilMs = (s: WorkspaceState) => s.doc.untilMs;
export const selectActions = (s: WorkspaceState) => s.actions;
export const selectTour = (s: WorkspaceState) => s.classroom.tour;
export const selectTourActive = (s: WorkspaceState) => s.classroom.tour !== null;
export const selectPresenter = (s: WorkspaceState) => s.classroom.presenter;
export const selectLoaded = (s: WorkspaceState) => s.loaded;

/** Names of the instances directly on the host, VMs first (the textbook draws them left). */
export const selectTopLevelNames = (s: WorkspaceState): string[] => {
  const top = s.doc.instances.filter((i) => i.kind === 'vm' || i.in === null);
  return [...top.filter((i) => i.kind === 'vm'), ...top.filter((i) => i.kind === 'container')].map((i) => i.name);
};

/** Names of the containers inside a VM. */
export const containersIn = (vm: string) => (s: WorkspaceState): string[] =>
  s.doc.instances.filter((i) => i.kind === 'container' && i.in === vm).map((i) => i.name);

export function specByName(s: WorkspaceState, name: string): InstanceSpec | undefined {
  return s.doc.instances.find((i) => i.name === name);
}

// One lookup for the whole page: a new view arrives each frame with the same instances in order.
const inView = findByName<InstanceView>();

export function viewByName(s: WorkspaceState, name: string): InstanceView | undefined {
  const instances = s.view?.instances;
  return instances ? inView(instances, name) : undefined;
}

/** Where the playback bar's track ends: the scenario's `until`, or a span that grows with time. */
export function timelineEndMs(s: WorkspaceState): number {
  if (s.doc.untilMs !== null) return s.doc.untilMs;
  const now = s.view?.nowMs ?? 0;
  return Math.max(60_000, Math.ceil((now * 1.25) / 10_000) * 10_000);
}
export const selectTimelineEndMs = timelineEndMs;
