/** Classroom logic, pure: guided tours (steps as replay points) and exercise goals. */
export { readClassroom, readTour, readGoals, type Classroom } from './read';
export { tourSchema, stepSchema, replayPoints, replayOps, stepAction, type Tour, type TourStep, type ReplayPoint, type ReplayOp } from './tour';
export { goalSchema, goalsSchema, conditionSchema, checkGoal, GOAL_KINDS, type Goal, type GoalKind, type Condition } from './goals';
export { pick, type LocalText } from './fields';
