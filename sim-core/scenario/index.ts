/** Scenario files: parse and validate (YAML or JSON), serialise, and the units they are written in. */

export type * from './types';
export { HOST_DEFAULTS } from './types';
export { parseScenario, type ParseResult, type CatalogueNames } from './parse';
export { parseSize, parseDuration, parseBandwidth, formatBytes, formatDuration, formatBandwidth } from './units';
export { CURRENT_VERSION, migrateToCurrent } from './migrate';
export { LIMITS } from './bounds';
export { VM_DEFAULTS, CONTAINER_DEFAULTS, DEFAULT_SEED, INSTANCE_FIELDS_KEY, defaultVmProfile } from './defaults';
export { scenarioToYaml, scenarioToObject, scenarioToJson, actionLines, sizeText, durationText, bandwidthText } from './serialize';
export { toUserAction, toScenarioAction, actionTarget, actionSubject, pruneActions } from './actions';
export { ACTIONS, type ActionKey } from './action-schema';
export type { Tour, TourStep, TourQuestion, TourOpen, TourTab, InsideViewName } from './tour-schema';
export { GOAL_KINDS, type Goal, type GoalKind, type Condition } from './goal-schema';
export { pick, type LocalText } from './lesson-fields';
export { removeFromScenario } from './remove';
