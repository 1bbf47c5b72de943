/**
 * Classroom logic, pure: guided tours (steps as replay points) and exercise goals. Their
 * shapes are part of the scenario and parsed with it (../scenario/tour-schema.ts, goal-schema.ts).
 */
export { replayPoints, type ReplayPoint } from './tour';
export { checkGoal } from './goals';
export { GOAL_KINDS, pick, type Goal, type GoalKind, type Condition, type LocalText, type Tour, type TourStep } from '../scenario/index';
