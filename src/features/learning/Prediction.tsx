import { useId, useState, type ReactNode } from 'react';
import { useProgressStore } from '../../state/progress';
import { RadioChoices, type RadioChoice } from './RadioChoices';

interface PredictionProps {
  /** Stable id: the learner's guess is kept in their progress under it. */
  id: string;
  question: string;
  options: RadioChoice[];
  /** The option that turns out true. */
  answer: string;
  /** What happens, shown once the learner has committed or skipped. */
  reveal: ReactNode;
}

/**
 * Predict, then reveal: the learner commits a guess before the answer is shown, then sees
 * the guess beside the truth. "Just show me" skips, never forced.
 */
export function Prediction({ id, question, options, answer, reveal }: PredictionProps) {
  const htmlId = useId();
  const saved = useProgressStore((s) => s.predictions[id]);
  const predict = useProgressStore((s) => s.predict);
  const [choice, setChoice] = useState('');
  const [skipped, setSkipped] = useState(false);
  const guess = options.find((o) => o.id === saved);
  const right = options.find((o) => o.id === answer)!;

  if (guess || skipped)
    return (
      <div className="prediction prediction--revealed" role="status" data-prediction={id}>
        <p className="prediction__question">{question}</p>
        <p>
          {guess ? (
            <>
              You predicted: <strong>{guess.label}</strong>.{' '}
              {guess.id === answer ? 'That is what happens.' : <>What happens: {right.label}.</>}
            </>
          ) : (
            <>
              The answer: <strong>{right.label}</strong>.
            </>
          )}
        </p>
        <div className="prediction__reveal">{reveal}</div>
      </div>
    );

  return (
    <form
      className="prediction"
      data-prediction={id}
      aria-labelledby={`${htmlId}-question`}
      onSubmit={(event) => {
        event.preventDefault();
        if (choice) predict(id, choice);
      }}
    >
      <p className="prediction__label">Predict first</p>
      <fieldset>
        <legend id={`${htmlId}-question`}>{question}</legend>
        <RadioChoices name={`${htmlId}-guess`} choices={options} value={choice} onChoose={setChoice} />
      </fieldset>
      <div className="button-row">
        <button type="submit" disabled={!choice}>
          Lock in my prediction
        </button>
        <button type="button" className="button--quiet" onClick={() => setSkipped(true)}>
          Just show me
        </button>
      </div>
    </form>
  );
}
