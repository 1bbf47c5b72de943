/**
 * The shape a translation must fill: the same keys as the English table, any strings. Each
 * namespace's Japanese table is typed with it, so a missing or extra key fails to compile.
 */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
