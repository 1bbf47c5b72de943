// The page loads the scenario parser and the catalogue before its first load (src/files/boot.ts); so do the tests.
import { loadScenarioCodec } from '../../src/files/scenario-io';
import { loadCatalogue } from '../../src/document/catalogue';

await Promise.all([loadScenarioCodec(), loadCatalogue()]);
