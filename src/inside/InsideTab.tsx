/** The "see inside" tab's button: in the main bundle, while the views load on first use. */
import { useTranslation } from 'react-i18next';

/** The tab's button for the charts area's tab list. */
export function InsideTabButton({ selected, onSelect }: { selected: boolean; onSelect: () => void }) {
  const { t } = useTranslation();
  return <button type="button" role="tab" aria-selected={selected} className="tab" onClick={onSelect} data-testid="tab-inside" data-anchor="tab-inside">{t('inside:tab')}</button>;
}
