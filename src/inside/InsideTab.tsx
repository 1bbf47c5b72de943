/** The "see inside" tab's button: in the main bundle, while the views load on first use. */
import { useTranslation } from 'react-i18next';
import type { TabProps } from '../components/useTabs';

/** The tab's button for the charts area's tab list (role, selection and keys from useTabs). */
export function InsideTabButton(props: TabProps) {
  const { t } = useTranslation();
  return <button type="button" {...props} className="tab" data-testid="tab-inside" data-anchor="tab-inside">{t('inside:tab')}</button>;
}
