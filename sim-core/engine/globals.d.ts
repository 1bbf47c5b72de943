// structuredClone exists in every engine sim-core runs in (Node 17+, browsers, workers);
// the ES lib that sim-core compiles against (no DOM) does not declare it.
declare function structuredClone<T>(value: T): T;
