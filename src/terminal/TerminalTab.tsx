/** The Terminal tab's button: in the main bundle, while the terminal itself (xterm) loads on first use. */
import { useTranslation } from 'react-i18next';

export function TerminalTabButton({ selected, onSelect }: { selected: boolean; onSelect(): void }) {
  const { t } = useTranslation();
  return (
    <button type="button" role="tab" aria-selected={selected} className="tab" onClick={onSelect} data-testid="tab-terminal" data-anchor="tab-terminal">{t('terminal:tab')}</button>
  );
}
