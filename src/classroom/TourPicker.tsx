/** The header's tour picker: the presets that carry a tour; choosing one opens it at step 1. */
import { useMemo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../store/context';
import { selectOrigin, selectTourActive } from '../store/selectors';
import { PRESETS, loadPreset, onPresetsParsed, presetsParsed } from '../files/presets';
import { scenarioTitle } from '../files/scenario-io';
import { pick } from '@utsuwa/sim-core/classroom';
import { useAction, useRunAction } from '../actions/useActions';

export function TourPicker() {
  const { t, i18n } = useTranslation();
  const run = useRunAction();
  const pickTour = useAction('startPresetTour', '');
  const origin = useWorkspace(selectOrigin);
  const active = useWorkspace(selectTourActive);
  const lang = i18n.language;
  // The presets are parsed in the background after the first load (files/presets.ts).
  const allParsed = useSyncExternalStore(onPresetsParsed, presetsParsed);
  const withTours = useMemo(
    () => (allParsed ? PRESETS : []).flatMap((p) => {
      const s = loadPreset(p.id);
      const tour = s?.tour ?? null;
      return s && tour ? [{ id: p.id, scenario: s, tour }] : [];
    }),
    [allParsed],
  );
  const value = active && origin.kind === 'preset' && withTours.some((w) => w.id === origin.id) ? origin.id : '';

  return (
    <select
      className="tour-picker"
      data-testid="tour-picker"
      aria-label={t('classroom:tour')}
      value={value}
      onChange={(e) => {
        if (e.target.value) run('startPresetTour', e.target.value);
      }}
    >
      <option value="">{pickTour.label}</option>
      {withTours.map((w) => (
        <option key={w.id} value={w.id}>{w.tour.title ? pick(w.tour.title, lang) : scenarioTitle(w.scenario, lang)}</option>
      ))}
    </select>
  );
}
