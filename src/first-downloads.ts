/**
 * The first thing the entry runs (main.tsx imports it before anything else): it asks for what
 * the first board needs and the entry file does not hold — the scenario parser with the
 * presets, the catalogue, and dnd-kit — so they download while the rest of the entry
 * evaluates and React starts, instead of after (docs/performance.md, "The page").
 */
import { loadScenarioCodec } from './files/scenario-io';
import { loadCatalogue } from './document/catalogue';
import { loadDragKit } from './components/DragLayer';

// Failures are handled where each is awaited (boot.ts, DragLayer.tsx); here they only start.
loadScenarioCodec().catch(() => {});
loadCatalogue().catch(() => {});
loadDragKit().catch(() => {});
