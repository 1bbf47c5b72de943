/** A step's multiple-choice question: pick, check, see whether it was right (and why). */
import { useTranslation } from 'react-i18next';
import { pick, type TourStep } from '@utsuwa/sim-core/classroom';
import { useWorkspace, useWorkspaceStore } from '../store/context';
import { InlineCode } from './InlineCode';

type Question = NonNullable<TourStep['question']>;

export function TourQuestion({ index, question, lang }: { index: number; question: Question; lang: string }) {
  const { t } = useTranslation();
  const store = useWorkspaceStore();
  const answer = useWorkspace((s) => s.classroom.answers[index]);
  const set = (choice: number, checked: boolean): void => store.getState().answer(index, choice, checked);
  const right = answer?.checked && answer.choice === question.answer;

  return (
    <fieldset className="tour-question" data-testid="tour-question">
      <legend><InlineCode text={pick(question.ask, lang)} /></legend>
      {question.choices.map((c, i) => (
        <label key={i} className="tour-choice">
          <input type="radio" name={`tour-q-${index}`} checked={answer?.choice === i} onChange={() => set(i, false)} data-testid="tour-choice" />
          <InlineCode text={pick(c, lang)} />
        </label>
      ))}
      <div className="tour-question-foot">
        <button type="button" className="btn" disabled={answer === undefined} onClick={() => answer && set(answer.choice, true)} data-testid="tour-check">{t('classroom:check')}</button>
        {answer?.checked && (
          <span className={right ? 'tour-right' : 'tour-wrong'} data-testid="tour-verdict" data-correct={right}>
            {right ? t('classroom:correct') : t('classroom:wrong')}
          </span>
        )}
      </div>
      {right && question.explain && <p className="tour-explain"><InlineCode text={pick(question.explain, lang)} /></p>}
    </fieldset>
  );
}
