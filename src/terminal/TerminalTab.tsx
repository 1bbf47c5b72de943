/** The Terminal tab's button: in the main bundle, while the terminal itself (xterm) loads on first use. */
import { useTranslation } from 'react-i18next';
import type { TabProps } from '../components/useTabs';

export function TerminalTabButton(props: TabProps) {
  const { t } = useTranslation();
  return (
    <button type="button" {...props} className="tab" data-testid="tab-terminal" data-anchor="tab-terminal">{t('terminal:tab')}</button>
  );
}
