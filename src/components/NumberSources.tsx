/**
 * "Why these numbers?": the defaults behind the selected instance, each with how it is known.
 * A measured or documented number shows its source's own words (kept in the source's
 * language) and conditions; an estimate shows its range and why.
 */
import { useTranslation } from 'react-i18next';
import type { InstanceSpec } from '@utsuwa/sim-core';
import { catalogue } from '../document/catalogue';
import { numberSourcesFor, type NumberSource } from '../document/number-sources';
import { formatBytes, formatDuration } from '@utsuwa/sim-core/format';

function valueText(unit: NumberSource['unit'], value: number): string {
  if (unit === 'ms') return formatDuration(value);
  if (unit === 'bytes') return formatBytes(value);
  return `×${value}`;
}

function SourceLink({ n }: { n: NumberSource }) {
  return n.url.startsWith('http')
    ? <a href={n.url} target="_blank" rel="noreferrer" title={n.measured}>{n.title}</a>
    : <span title={n.measured}>{n.title}</span>;
}

function Statement({ n }: { n: NumberSource }) {
  const { t } = useTranslation();
  if (n.kind === 'estimate') {
    return (
      <div className="sources-statement" data-testid="number-source-estimate">
        {n.range ? <div>{t('sources.range', { low: valueText(n.unit, n.range[0]), high: valueText(n.unit, n.range[1]) })}</div> : null}
        {n.reasoning ? <div lang="en" className="sources-reasoning">{n.reasoning}</div> : null}
      </div>
    );
  }
  return (
    <div className="sources-statement" data-testid="number-source-quote">
      {n.quote ? <blockquote lang="en" className="sources-quote">{n.quote}</blockquote> : null}
      {n.conditions ? <div><span className="sources-label">{t('sources.conditions')}</span> <span lang="en">{n.conditions}</span></div> : null}
      {n.derivation ? <div><span className="sources-label">{t('sources.derivation')}</span> <span lang="en">{n.derivation}</span></div> : null}
    </div>
  );
}

export function NumberSources({ spec }: { spec: InstanceSpec }) {
  const { t } = useTranslation();
  const rows = numberSourcesFor(catalogue(), spec);
  if (rows.length === 0) return null;
  return (
    <details className="sources" data-testid="number-sources">
      <summary>{t('sources.title')}</summary>
      <ul>
        {rows.map((n) => (
          <li key={n.what} data-what={n.what} data-kind={n.kind}>
            <span className="sources-what">{t(`sources.what.${n.what}`)}</span> <strong>{valueText(n.unit, n.value)}</strong>{' '}
            <span className={`sources-kind sources-kind-${n.kind}`}>{t(`sources.kind.${n.kind}`)}</span>
            <Statement n={n} />
            <SourceLink n={n} />
          </li>
        ))}
      </ul>
    </details>
  );
}
