/**
 * Every action of the workspace, by name. The header, the menus, the inspector, the
 * playback bar, the tour panel, the keyboard (./keyboard.ts) and presenter mode read this
 * one list, so a label, a shortcut or a rule about when something applies is written once.
 */
import * as classroom from './classroom';
import * as exports from './exports';
import * as files from './files';
import * as history from './history';
import * as instances from './instances';
import * as playback from './playback';
import * as results from './results';
import type { Action } from './types';

export const ACTIONS = {
  undo: history.undo,
  redo: history.redo,
  openPreset: files.openPreset,
  importScenario: files.importScenario,
  exportScenario: files.exportScenario,
  shareLink: files.shareLink,
  toggleLanguage: files.toggleLanguage,
  startInstance: instances.startInstance,
  stopInstance: instances.stopInstance,
  exploitApp: instances.exploitApp,
  exploitKernel: instances.exploitKernel,
  removeInstance: instances.removeInstance,
  editInstance: instances.editInstance,
  moveInstance: instances.moveInstance,
  deselect: instances.deselect,
  togglePlay: playback.togglePlay,
  restart: playback.restart,
  stepEvent: playback.stepEvent,
  startTour: classroom.startTour,
  startPresetTour: classroom.startPresetTour,
  tourNext: classroom.tourNext,
  tourSkip: classroom.tourSkip,
  tourPrev: classroom.tourPrev,
  endTour: classroom.endTour,
  togglePresenter: classroom.togglePresenter,
  toggleFullscreen: classroom.toggleFullscreen,
  toggleLaser: classroom.toggleLaser,
  leavePresenter: classroom.leavePresenter,
  exportChart: exports.exportChart,
  printLessonSheet: exports.printLessonSheet,
  saveResult: results.saveResult,
  openClassView: results.openClassView,
  closeClassView: results.closeClassView,
} as const;

export type ActionName = keyof typeof ACTIONS;

/** The argument an action takes (`undefined` for most). */
export type ActionArg<N extends ActionName> = (typeof ACTIONS)[N] extends Action<infer A> ? A : never;

/** `[]` for an action without an argument (or an optional one), else `[arg]`. */
export type ArgList<N extends ActionName> = undefined extends ActionArg<N> ? [arg?: ActionArg<N>] : [arg: ActionArg<N>];

/** The registry as plain actions, for code that walks all of them (keyboard, help, tests). */
export const ALL_ACTIONS = Object.values(ACTIONS) as unknown as readonly Action<unknown>[];
