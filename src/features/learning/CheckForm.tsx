import { useId, useState, type FormEvent } from 'react';
import { readFiniteNumber } from '../../math/numeral';
import { selectSummary } from '../../model/summary';
import { selectDataWords } from '../../model/dataWords';
import { useLabStore } from '../../state/store';
import { shownChoices, type CheckContext, type Question } from './content';
import { useProgressStore, type Answer } from '../../state/progress';
import { RadioChoices } from './RadioChoices';

/** The feedback for an answer: right or not, and the explanation aimed at the thinking behind it. */
export function feedbackFor(question: Question, given: string, context: CheckContext): Answer & { text: string } {
  if (question.kind === 'choice') {
    const choice = question.choices.find((c) => c.id === given);
    if (!choice) return { given, correct: false, text: 'Pick one of the answers first.' };
    return { given, correct: Boolean(choice.correct), text: choice.explanation };
  }
  const value = readFiniteNumber(given);
  if (value === null) return { given, correct: false, text: 'Type a number, for example 12.5.' };
  if (Math.abs(value - question.answer(context)) <= question.tolerance(context))
    return { given, correct: true, text: question.correct(context) };
  const trap = question.traps.find((t) => t.matches(value, context));
  return { given, correct: false, text: (trap ? trap.explanation : question.otherwise)(context) };
}

/**
 * One check for understanding: a form (a test hook: data-testid="check") with native
 * radios or a number box, a submit button, and feedback in a polite live region. A learner
 * can answer again; the last answer is kept in their progress.
 */
export function CheckForm({ question }: { question: Question }) {
  const id = useId();
  const summary = useLabStore(selectSummary);
  const words = useLabStore(selectDataWords);
  const context: CheckContext = { summary, words };
  const saved = useProgressStore((s) => s.answers[question.id]);
  const record = useProgressStore((s) => s.answer);
  // Until the learner touches this form, it shows their saved answer (which may arrive after
  // the first render, when stored progress is read).
  const [draft, setGiven] = useState<string | null>(null);
  const [submitted, setShown] = useState<string | null>(null);
  const given = draft ?? saved?.given ?? '';
  const shown = submitted ?? saved?.given ?? null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setShown(given);
    const result = feedbackFor(question, given, context);
    // An empty or unreadable answer gets a hint but is not recorded as an attempt.
    if (question.kind === 'number' ? readFiniteNumber(given) !== null : given !== '')
      record(question.id, { given: result.given, correct: result.correct });
  };

  const feedback = shown !== null ? feedbackFor(question, shown, context) : null;
  const promptId = `${id}-prompt`;
  return (
    <form className="check" data-testid="check" aria-labelledby={promptId} onSubmit={submit} noValidate>
      {question.kind === 'choice' ? (
        <fieldset className="check__choices">
          <legend id={promptId}>{question.prompt(context)}</legend>
          <RadioChoices
            name={`${id}-choice`}
            choices={shownChoices(question).map((choice) => ({ id: choice.id, label: choice.text }))}
            value={given}
            onChoose={setGiven}
          />
        </fieldset>
      ) : (
        <div className="check__number">
          <p id={promptId} className="check__prompt">
            {question.prompt(context)}
          </p>
          <label htmlFor={`${id}-value`}>Your answer</label>
          <input
            id={`${id}-value`}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={given}
            onChange={(e) => setGiven(e.target.value)}
          />
        </div>
      )}
      <div className="button-row">
        <button type="submit">Check my answer</button>
      </div>
      <div className="check__feedback" aria-live="polite" aria-atomic="true">
        {feedback && (
          <p className={feedback.correct ? 'check__verdict check__verdict--right' : 'check__verdict'}>
            <strong>{feedback.correct ? 'Correct.' : 'Not quite.'}</strong> {feedback.text}
          </p>
        )}
      </div>
    </form>
  );
}
