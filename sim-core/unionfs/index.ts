export * from './types';
export { normalizePath } from './paths';
export { createOverlay, resolvePath, writeFile, copyUp, deleteFile, deleteTree, listDir, upperBytes, sharedLayerBytes } from './overlay';
