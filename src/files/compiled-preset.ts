/**
 * A preset as the build compiles it (scripts/compiled-presets.ts): the scenario the parser
 * makes of its file, and the worker's first frame for it (`load` at 0 s, no actions).
 */
import type { Scenario } from '@utsuwa/sim-core';
import type { Frame } from '../worker/protocol';

export interface CompiledPreset {
  scenario: Scenario;
  frame: Frame;
}
