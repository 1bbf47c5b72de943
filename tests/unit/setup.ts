// The page loads the scenario parser and the catalogue before its first load (src/files/boot.ts); so do the tests.
// The Japanese tables load when Japanese is chosen; tests use both languages side by side.
import { loadScenarioCodec } from '../../src/files/scenario-io';
import { loadCatalogue } from '../../src/document/catalogue';
import { loadLanguage, setupI18n } from '../../src/i18n/setup';

setupI18n();
await Promise.all([loadScenarioCodec(), loadCatalogue(), loadLanguage('ja')]);
