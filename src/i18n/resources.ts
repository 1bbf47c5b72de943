/**
 * Both languages' tables side by side, for the checks that compare them
 * (tests/unit/ui/i18n.test.ts: same keys and placeholders, no empty text). The page itself
 * bundles English (./resources-en.ts) and loads Japanese when chosen (./resources-ja.ts).
 */
import { en } from './resources-en';
import { ja } from './resources-ja';

export { DEFAULT_NS, NAMESPACES, type Namespace } from './resources-en';

export const resources = { en, ja } as const;
