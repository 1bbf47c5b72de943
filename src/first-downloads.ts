/**
 * The first thing the entry runs (main.tsx imports it before anything else): it starts the
 * simulation's worker and asks for what the first load needs and the entry file does not
 * hold — the preset asked for, compiled (index.html has asked for it already:
 * scripts/first-load-prefetch.ts); the catalogue and dnd-kit, which the rest of the workspace
 * waits for (src/components/board-first.tsx); the scenario parser for everything else — so
 * they download while the rest of the entry evaluates and React starts, instead of after
 * (docs/performance.md, "The page").
 */
import { loadScenarioCodec } from './files/scenario-io';
import { loadCatalogue } from './document/catalogue';
import { loadDragKit } from './components/drag-kit-loader';
import { fetchCompiledPreset } from './files/presets';
import { startSimWorker } from './worker/driver';

// The worker first: its download and compile are the longest (the driver takes it over).
startSimWorker();
// Failures are handled where each is awaited (boot.ts, DragLayer.tsx); here they only start.
// A preset asked for by name comes compiled (boot.ts opens it before the parser is in).
// The parser then waits until that board has been painted (its evaluation would delay it).
const wanted = new URLSearchParams(window.location.search).get('scenario');
const quick = wanted !== null && wanted !== 'empty' && !window.location.hash.startsWith('#s=');
if (quick) fetchCompiledPreset(wanted).catch(() => {});
loadCatalogue().catch(() => {});
loadDragKit().catch(() => {});
if (!quick) loadScenarioCodec().catch(() => {});
