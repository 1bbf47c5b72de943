export * from './ids';
export * from './pids';
export * from './net';
export * from './mounts';
export * from './view';
