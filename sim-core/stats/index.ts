/** Statistics over the model's figures: per kind of instance (count, time to ready, memory, disk). */
export { kindFigures, figuresOf, spreadOf, KINDS, type KindFigures, type KindsFigures, type KindInstance, type InstanceKind, type Spread } from './kinds';
// The overheads an instance pays (the report's, the comparison table's and the inspector's): one function.
export { instanceOverheads, type AppliedOverheads } from '../figures/overheads';
