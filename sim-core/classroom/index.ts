/**
 * Classroom logic, pure: guided tours (steps as replay points) and exercise goals. Their
 * shapes are part of the scenario and parsed with it (../scenario/tour-schema.ts, goal-schema.ts).
 */
export { replayPoints, type ReplayPoint } from './tour';
export { checkGoal } from './goals';
// pick and the types from where they live: scenario/index would bring the whole parser (yaml, zod) to the page.
export { pick, type LocalText } from '../scenario/local-text';
export { GOAL_KINDS, type Goal, type GoalKind, type Condition } from '../scenario/goal-schema';
export type { Tour, TourStep, TourOpen, TourTab, InsideViewName } from '../scenario/tour-schema';
