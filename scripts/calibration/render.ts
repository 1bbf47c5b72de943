/** docs/calibration.md, generated from the catalogue (one source of truth for every number). */
import type { Catalogue, Cited } from '@utsuwa/sim-core';
import { citedValues } from '@utsuwa/sim-core/catalogue';
import { cell, sourceLink } from './format';
import { DISAGREE, FIGURES_INTRO, IMAGE_NOTES, INTRO, TERMINAL_DEFAULTS, TEXTBOOK } from './prose';
import { apps, figures, guestOses, host, images, runtimes, sources, totals, vmProfiles } from './sections';

function counts(c: Catalogue): string {
  const all = citedValues({ ...c, figures: undefined }, 'catalogue');
  const by = (k: Cited['kind']) => all.filter(([, v]) => v.kind === k).length;
  return `The catalogue holds ${all.length} cited defaults: ${by('measured')} measured, ${by('documented')} documented, ${by('estimate')} estimates; and ${(c.figures ?? []).length} figures for the model.`;
}

function estimates(c: Catalogue): string {
  const rows = citedValues({ ...c, figures: undefined }, 'catalogue')
    .filter(([path, v]) => v.kind === 'estimate' && !path.includes('.layers.'))
    .map(([path, v]) => `| \`${path.replace(/^catalogue\./, '')}\` | ${v.value} | ${v.range ? `${v.range[0]} – ${v.range[1]}` : ''} | ${cell(v.reasoning ?? '')} | ${sourceLink(v.source)} |`);
  return ['<a id="estimates"></a>', '## Estimates', '',
    'Every default no source states, outside image layers (whose on-disk sizes are all estimates, see the notes above). Values and ranges in the field\'s unit (ms, bytes, or a fraction).', '',
    '| Field | Value | Range | Why | Bound by |', '|---|---|---|---|---|', ...rows].join('\n');
}

export function renderCalibration(c: Catalogue): string {
  return [
    INTRO, '', counts(c), '',
    '## What the defaults add up to', '', totals(c), '',
    '## Images', '', images(c), '',
    IMAGE_NOTES, '',
    '## Guest OSes', '', guestOses(c), '',
    '## VM profiles', '', vmProfiles(c), '',
    '## Container runtimes', '', runtimes(c), '',
    '## Apps', '', apps(c), '',
    '## Host', '', host(c), '',
    FIGURES_INTRO, '', figures(c), '',
    TEXTBOOK, '',
    TERMINAL_DEFAULTS, '',
    DISAGREE, '',
    estimates(c), '',
    '## Sources', '', sources(c), '',
  ].join('\n');
}
