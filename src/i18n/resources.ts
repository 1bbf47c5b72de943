/**
 * Every UI string, as i18next namespaces in English and Japanese. `workspace` is the default
 * namespace (`t('board.title')`); the others are named in the key (`t('inside:attack.title')`).
 * One placeholder syntax everywhere: `{{name}}`. tests/unit/ui/i18n.test.ts checks that both
 * languages have the same keys and placeholders and no empty text.
 */
import { en as workspaceEn } from './en';
import { ja as workspaceJa } from './ja';
import { en as actionsEn, ja as actionsJa } from '../actions/strings';
import { en as chartsEn, ja as chartsJa } from '../charts/strings';
import { en as insideEn, ja as insideJa } from '../inside/strings';
import { en as terminalEn, ja as terminalJa } from '../terminal/strings';
import { en as classroomEn, ja as classroomJa } from '../classroom/strings';

export const DEFAULT_NS = 'workspace';

export const resources = {
  en: { workspace: workspaceEn, actions: actionsEn, charts: chartsEn, inside: insideEn, terminal: terminalEn, classroom: classroomEn },
  ja: { workspace: workspaceJa, actions: actionsJa, charts: chartsJa, inside: insideJa, terminal: terminalJa, classroom: classroomJa },
} as const;

export type Namespace = keyof typeof resources.en;
export const NAMESPACES = Object.keys(resources.en) as Namespace[];
