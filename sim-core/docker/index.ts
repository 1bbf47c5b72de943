/**
 * The real docker CLI's grammar as data and pure functions: its commands and flags, flag
 * parsing with pflag's semantics, image references, and `docker run` ⇄ ContainerSpec.
 */
export { commandDef, findCommand, checkArgs, flagError, useLine, DOCKER_TOP_LEVEL, type CommandDef, type FoundCommand, type ArgsRule } from './commands';
export { dockerSetCheck } from './flag-checks';
export { parseImageReference, familiarName, familiarString, canonicalString, type ImageReference, type ReferenceResult } from './reference';
export { resolveImage, sameRepository, type ImageResolution, type ImageNames } from './image-resolve';
export { parseRunArgs, type RunPlan, type RunParse, type RunContext } from './run-options';
export { dockerRunArgs, dockerRunLine, dockerSize } from './run-line';
export { coverageOf, notSimulatedLine, type Coverage } from './run-coverage';
export { parsePublish, publishText } from './ports';
export { parseVolumeFlag, parseMountFlag, parseTmpfsFlag, mountFlags } from './mounts';
export { containerRuleBreaches, normaliseCapability, parseRestart, restartText, CAPABILITIES } from './container-rules';
export { splitWords, shellQuote } from './shell-words';
