import { memo, useId, useState, type FormEvent } from 'react';
import { formatNumber } from '../../model/format';
import { readFiniteNumber } from '../../math/numeral';
import { useProgressStore } from '../../state/progress';

export const MAXIMUM_GUESS = 'widget-maximum';

/** The learner's locked-in guess for (μ̂, σ̂), or null. */
export function parseGuess(saved: string | undefined): [number, number] | null {
  const [centre, spread] = (saved ?? '').split(',').map(Number);
  return Number.isFinite(centre) && Number.isFinite(spread) ? [centre, spread] : null;
}

interface MaximumGuessProps {
  unit: string;
  /** The sliders' current position, read when the learner asks for it as a starting guess. */
  current: () => readonly [number, number];
}

/**
 * Before "Jump to the maximum": the learner writes down where they think the top is. The
 * reveal then puts the guess beside the truth. Optional: jumping without a guess is fine.
 */
export const MaximumGuess = memo(function MaximumGuess({ unit, current }: MaximumGuessProps) {
  const id = useId();
  const saved = parseGuess(useProgressStore((s) => s.predictions[MAXIMUM_GUESS]));
  const predict = useProgressStore((s) => s.predict);
  const [centre, setCentre] = useState('');
  const [spread, setSpread] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const suffix = unit ? ` (${unit})` : '';

  if (saved)
    return (
      <p className="prediction prediction--revealed">
        Your prediction: the top is at centre {formatNumber(saved[0], 2)} and spread {formatNumber(saved[1], 2)}
        {unit && ` ${unit}`}. Jump to the maximum to compare.
      </p>
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const [c, s] = [readFiniteNumber(centre), readFiniteNumber(spread)];
    if (c === null || s === null || s <= 0) {
      setProblem('Type two numbers, the spread above 0, or fill them from your sliders.');
      return;
    }
    predict(MAXIMUM_GUESS, `${c},${s}`);
  };

  return (
    <form className="prediction" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <p className="prediction__label" id={`${id}-title`}>
        Predict first: where is the top of ℓ?
      </p>
      <div className="prediction__numbers">
        <label htmlFor={`${id}-centre`}>Your guess for the best centre{suffix}</label>
        <input
          id={`${id}-centre`}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={centre}
          onChange={(e) => setCentre(e.target.value)}
        />
        <label htmlFor={`${id}-spread`}>Your guess for the best spread{suffix}</label>
        <input
          id={`${id}-spread`}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={spread}
          onChange={(e) => setSpread(e.target.value)}
        />
      </div>
      {problem && (
        <p className="data-panel__problem" role="alert">
          {problem}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button--quiet"
          onClick={() => {
            const [a, b] = current();
            setCentre(String(a));
            setSpread(String(b));
          }}
        >
          Fill in from my sliders
        </button>
        <button type="submit">Lock in my guess</button>
      </div>
      <p className="widget__hint">Optional: you can jump without a guess.</p>
    </form>
  );
});
