/**
 * A preset as the build compiles it (scripts/compiled-presets.ts): the scenario the parser
 * makes of its file, the worker's first frame for it (`load` at 0 s, no actions), and what
 * its board draws from the catalogue (./preset-catalogue.ts).
 */
import type { Scenario } from '@utsuwa/sim-core';
import type { Frame } from '../worker/protocol';
import type { BoardCatalogue } from './preset-catalogue';

export interface CompiledPreset {
  scenario: Scenario;
  frame: Frame;
  catalogue: BoardCatalogue;
}
