/**
 * Every UI string in Japanese (same namespaces and keys as ./resources-en.ts). Its own chunk:
 * the page loads it only when Japanese is chosen, by the browser, a saved choice or the toggle.
 */
import { ja as workspace } from './ja';
import { ja as actions } from '../actions/strings-ja';
import { ja as charts } from '../charts/strings-ja';
import { ja as inside } from '../inside/strings-ja';
import { ja as terminal } from '../terminal/strings-ja';
import { ja as classroom } from '../classroom/strings-ja';
import type { en } from './resources-en';

export const ja: { [N in keyof typeof en]: unknown } = { workspace, actions, charts, inside, terminal, classroom };
