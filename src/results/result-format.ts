/** What a result file says it is (result-file.ts validates it with zod; these stay free of it). */
export const RESULT_FORMAT = 'utsuwa-result';
export const RESULT_VERSION = 1;
/** A result file is small; anything bigger is not one (and is not read whole). */
export const MAX_RESULT_BYTES = 256 * 1024;
