/**
 * The one set of limits and rules: the smallest memory limit, CPU bounds, what may run
 * where, and what a new container or VM gets. The parser, the engine, the page's drops and
 * inspector, the terminal and tours read them here.
 */
export * from './limits';
export * from './nesting';
export * from './defaults';
