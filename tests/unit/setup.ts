// The page loads the scenario parser before its first load (src/files/boot.ts); so do the tests.
import { loadScenarioCodec } from '../../src/files/scenario-io';

await loadScenarioCodec();
