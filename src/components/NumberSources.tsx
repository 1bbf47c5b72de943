/** "Why these numbers?": the defaults behind the selected instance, each with its source. */
import { useTranslation } from 'react-i18next';
import type { InstanceSpec } from '@utsuwa/sim-core';
import { CATALOGUE } from '@utsuwa/sim-core/catalogue';
import { numberSourcesFor, type NumberSource } from '../document/number-sources';
import { formatBytes, formatDuration } from '../format';

function valueText(n: NumberSource): string {
  if (n.unit === 'ms') return formatDuration(n.value);
  if (n.unit === 'bytes') return formatBytes(n.value);
  return `×${n.value}`;
}

export function NumberSources({ spec }: { spec: InstanceSpec }) {
  const { t } = useTranslation();
  const rows = numberSourcesFor(CATALOGUE, spec);
  if (rows.length === 0) return null;
  return (
    <details className="sources" data-testid="number-sources">
      <summary>{t('sources.title')}</summary>
      <ul>
        {rows.map((n) => (
          <li key={n.what}>
            <span className="sources-what">{t(`sources.what.${n.what}`)}</span> <strong>{valueText(n)}</strong>
            <br />
            {n.url.startsWith('http')
              ? <a href={n.url} target="_blank" rel="noreferrer" title={n.measured}>{n.title}</a>
              : <span title={n.measured}>{n.title}</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}
