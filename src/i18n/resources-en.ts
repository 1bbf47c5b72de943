/**
 * Every UI string in English, as i18next namespaces: bundled with the page, the language
 * every text falls back to. `workspace` is the default namespace (`t('board.title')`); the
 * others are named in the key (`t('inside:attack.title')`). One placeholder syntax
 * everywhere: `{{name}}`. Japanese, same keys: ./resources-ja.ts, loaded when chosen.
 */
import { en as workspace } from './en';
import { en as actions } from '../actions/strings';
import { en as charts } from '../charts/strings';
import { en as inside } from '../inside/strings';
import { en as terminal } from '../terminal/strings';
import { en as classroom } from '../classroom/strings';

export const DEFAULT_NS = 'workspace';

export const en = { workspace, actions, charts, inside, terminal, classroom } as const;

export type Namespace = keyof typeof en;
export const NAMESPACES = Object.keys(en) as Namespace[];
