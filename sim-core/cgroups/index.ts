export * from './docker-flags';
export * from './throttle';
export * from './fair-share';
export * from './memory';
export * from './oom';
