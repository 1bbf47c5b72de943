/**
 * The one-page lesson sheet the browser prints (src/styles/print.css shows it alone): the
 * scenario's name and description, what to notice, the key figures per kind from the run to
 * its end, the stack picture, and the exercise's goals or the tour's questions when there are.
 * Drawn only once the teacher asks for it (the printLessonSheet action fetches its figures).
 */
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { pick } from '@utsuwa/sim-core/classroom';
import type { KindFigures } from '@utsuwa/sim-core/stats';
import { useWorkspace } from '../store/context';
import { selectDoc } from '../store/selectors';
import { scenarioTitle } from '../files/scenario-io';
import { formatBytes, formatDuration, formatRatio } from '@utsuwa/sim-core/format';
import { useSheet } from './sheet-store';
import { StackPicture } from './StackPicture';
import '../styles/print.css';

function localNotice(notice: unknown, lang: string): string | null {
  if (typeof notice === 'string') return notice;
  if (notice && typeof notice === 'object') {
    const n = notice as Record<string, unknown>;
    const text = n[lang] ?? n.en;
    return typeof text === 'string' ? text : null;
  }
  return null;
}

export function LessonSheet() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const doc = useWorkspace(selectDoc);
  const figures = useSheet((s) => (s.doc === doc ? s.figures : null));
  if (!figures || typeof document === 'undefined') return null;
  const { kinds } = figures;
  const notice = localNotice(doc.extensions.notice, lang);
  const goals = doc.goals ?? [];
  const questions = (doc.tour?.steps ?? []).flatMap((s) => (s.question ? [s.question] : [])).slice(0, 4);
  const ratios = [
    kinds.startupRatio !== null ? t('charts:ratioStartup', { ratio: formatRatio(kinds.startupRatio) }) : null,
    kinds.memoryRatio !== null ? t('charts:ratioMemory', { ratio: formatRatio(kinds.memoryRatio) }) : null,
    kinds.diskRatio !== null ? t('charts:ratioDisk', { ratio: formatRatio(kinds.diskRatio) }) : null,
  ].filter(Boolean).join(t('charts:listSeparator'));
  const row = (f: KindFigures) => (
    <tr key={f.kind} data-kind={f.kind}>
      <th scope="row">{t(f.kind === 'vm' ? 'classroom:stack.vms' : 'classroom:stack.containers')}</th>
      <td>{f.count}</td>
      <td>{f.readyMs ? `${t('charts:median', { value: formatDuration(f.readyMs.median) })} (${t('charts:range', { min: formatDuration(f.readyMs.min), max: formatDuration(f.readyMs.max) })})` : '—'}</td>
      <td>{t('charts:inAll', { value: formatBytes(f.memoryBytes) })}{f.memoryPerInstance && ` · ${t('charts:medianEach', { value: formatBytes(f.memoryPerInstance.median) })}`}</td>
      <td>{t('charts:inAll', { value: formatBytes(f.diskBytes) })}</td>
    </tr>
  );

  return createPortal(
    <article className="lesson-sheet" data-testid="lesson-sheet" lang={lang}>
      <header className="sheet-header">
        <h1 data-testid="sheet-title">{scenarioTitle(doc, lang)}</h1>
        {(lang === 'en' || !notice) && doc.description && <p className="sheet-description">{doc.description}</p>}
      </header>
      {notice && (
        <section data-testid="sheet-notice">
          <h2>{t('classroom:sheetNotice')}</h2>
          <p>{notice}</p>
        </section>
      )}
      <section data-testid="sheet-figures">
        <h2>{t('classroom:sheetFigures')}</h2>
        {ratios && <p className="sheet-ratios">{ratios}</p>}
        <table>
          <thead>
            <tr>
              <th scope="col">{t('classroom:sheetKind')}</th>
              <th scope="col">{t('classroom:sheetCount')}</th>
              <th scope="col">{t('classroom:sheetReady')}</th>
              <th scope="col">{t('classroom:sheetMemory')}</th>
              <th scope="col">{t('classroom:sheetDisk')}</th>
            </tr>
          </thead>
          <tbody>{[kinds.vm, kinds.container].filter((f) => f.count > 0).map(row)}</tbody>
        </table>
        <p className="sheet-note">{t('classroom:sheetFiguresNote', { time: formatDuration(figures.nowMs), seed: figures.seed })}</p>
      </section>
      <section data-testid="sheet-stack">
        <h2>{t('classroom:sheetStack')}</h2>
        <StackPicture vm={kinds.vm} container={kinds.container} text={(k) => t(`classroom:stack.${k}`)} />
      </section>
      {goals.length > 0 && (
        <section data-testid="sheet-goals">
          <h2>{t('classroom:sheetGoals')}</h2>
          <ul className="sheet-goals">{goals.slice(0, 8).map((g, i) => <li key={i}>{pick(g.text, lang)}</li>)}</ul>
        </section>
      )}
      {questions.length > 0 && (
        <section data-testid="sheet-questions">
          <h2>{t('classroom:sheetQuestions')}</h2>
          <ol>{questions.map((q, i) => <li key={i}>{pick(q.ask, lang)}<span className="sheet-answer-line" /></li>)}</ol>
        </section>
      )}
      <footer className="sheet-footer">{'Utsuwa · '}{doc.name}</footer>
    </article>,
    document.body,
  );
}
