/**
 * The class view: a teacher drops (or picks) the result files learners saved, and sees one
 * row each — learner, exercise, goals met, answers, time, and whether the checksum holds (with
 * the reason when not) — and can export the table as CSV. All in the page, no server.
 */
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../actions/useActions';
import { CSV_BOM, download, rowsToCsv } from '../classroom/export';
import { formatDuration } from '@utsuwa/sim-core/format';
import { MAX_RESULT_BYTES, readResult, type ReadResult } from './result-file';
import { classCells, classCsvRows } from './class-rows';
import { resultsStore, useResults, type ClassRow } from './results-store';
import './results.css';

async function readFile(file: File): Promise<ClassRow> {
  const read: ReadResult = file.size > MAX_RESULT_BYTES
    ? { ok: false, invalid: { reason: 'tooBig' }, partial: null }
    : await readResult(await file.text());
  return { file: file.name, read };
}

/** Adds files' rows; a file read again (same name) replaces its row. */
async function addFiles(files: readonly File[]): Promise<void> {
  const rows = await Promise.all(files.map(readFile));
  resultsStore.setState((s) => ({ rows: [...s.rows.filter((r) => !rows.some((n) => n.file === r.file)), ...rows] }));
}

export function ClassView() {
  const { t } = useTranslation();
  const open = useResults((s) => s.classView);
  const rows = useResults((s) => s.rows);
  const close = useAction('closeClassView');
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  if (!open) return null;
  const cells = rows.map((r) => classCells(r, t, formatDuration));
  const valid = cells.filter((c) => c.valid).length;
  // The workspace below imports a dropped scenario: a result file dropped here is ours alone.
  const stop = (e: DragEvent) => {
    e.preventDefault();
    e.stopPropagation();
  };
  const exportCsv = () => download(new Blob([CSV_BOM, rowsToCsv(classCsvRows(rows, t, formatDuration))], { type: 'text/csv;charset=utf-8' }), 'utsuwa-class-results.csv');

  return (
    <div className="class-view-backdrop" onDragOver={stop} onDrop={stop}>
      <section
        className="class-view" role="dialog" aria-modal="true" aria-labelledby="class-view-title" data-testid="class-view"
        onKeyDown={(e) => { if (e.key === 'Escape') close.run(); }}
      >
        <header className="class-view-head">
          <h2 id="class-view-title">{t('classroom:classTitle')}</h2>
          <button type="button" className="btn btn-quiet" data-testid="class-close" onClick={close.run}>{close.label}</button>
        </header>
        <p>{t('classroom:classHelp')}</p>
        <div
          className={`class-drop${over ? ' is-over' : ''}`} data-testid="class-drop"
          onDragOver={(e) => { stop(e); setOver(true); }}
          onDragLeave={() => setOver(false)}
          onDrop={(e) => { stop(e); setOver(false); void addFiles(Array.from(e.dataTransfer.files)); }}
        >
          <span>{t('classroom:classDrop')}</span>
          <button type="button" className="btn" onClick={() => input.current?.click()} autoFocus>{t('classroom:classChoose')}</button>
          <input
            ref={input} type="file" multiple accept=".json,application/json" hidden data-testid="class-files"
            onChange={(e) => { void addFiles(Array.from(e.target.files ?? [])); e.target.value = ''; }}
          />
        </div>
        {rows.length === 0 ? <p className="class-empty">{t('classroom:classEmpty')}</p> : (
          <>
            <p data-testid="class-count">{t('classroom:classCount', { valid, invalid: rows.length - valid })}</p>
            <div className="class-table-wrap" tabIndex={0}>
              <table className="class-table" data-testid="class-table">
                <thead>
                  <tr>
                    {['colLearner', 'colExercise', 'colGoals', 'colAnswers', 'colTime', 'colChecksum', 'colFile'].map((k) => <th key={k} scope="col">{t(`classroom:${k}`)}</th>)}
                  </tr>
                </thead>
                <tbody>
                  {cells.map((c) => (
                    <tr key={c.file} data-testid="class-row" data-valid={c.valid} className={c.valid ? '' : 'is-invalid'}>
                      <th scope="row">{c.learner}</th>
                      <td>{c.exercise}</td>
                      <td data-column="goals">{c.goals}</td>
                      <td data-column="answers">{c.answers}</td>
                      <td>{c.time}</td>
                      <td data-column="checksum">{c.valid ? `✓ ${c.checksum}` : `✗ ${c.checksum}`}</td>
                      <td className="class-file">{c.file}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <footer className="class-view-foot">
              <button type="button" className="btn" data-testid="class-export-csv" onClick={exportCsv}>{t('classroom:classExport')}</button>
              <button type="button" className="btn btn-quiet" onClick={() => resultsStore.setState({ rows: [] })}>{t('classroom:classClear')}</button>
            </footer>
          </>
        )}
        <p className="class-note">{t('classroom:classNote')}</p>
      </section>
    </div>
  );
}
